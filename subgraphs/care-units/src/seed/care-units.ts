import { Audience, ContentStatus, localized, seedId } from "@vardportal/kit";
import { CareUnitKind } from "../entities/care-unit-kind.js";
import type { CareUnit } from "../entities/care-unit.entity.js";

/** Region Norrbotten's switchboard, which puts callers through to a unit and its medical secretaries (source 000). */
export const NORRBOTTEN_SWITCHBOARD = "0920-28 40 00";

/** Region Norrbotten's organisation number, which every HSA-id the region issues carries. */
const NORRBOTTEN_HSA_PREFIX = "SE2321000230";

interface SampleUnit {
  /** The invented HSA-id suffix; "EX" marks it as an example, not a unit in the national catalogue. */
  code: string;
  name: string;
  kind: CareUnitKind;
  municipality: string;
  about: [sv: string, en: string];
  /** From PTS's series 070-174 06 05–99, reserved for fiction, so no real person is ever called. */
  internalPhone?: string;
}

const healthCentre = (code: string, municipality: string, name: string, internalPhone?: string): SampleUnit => ({
  code,
  name,
  kind: CareUnitKind.HEALTH_CENTRE,
  municipality,
  about: [`Hälsocentral för invånarna i ${municipality} med omnejd.`, `Health centre for the people of ${municipality} and the area around it.`],
  internalPhone,
});

/**
 * A sample of the region's units, one or more in each of Norrbotten's 14 municipalities. The
 * hospitals' names are real; the rest (HSA-ids, internal numbers, which clinics exist) is invented,
 * and every description says so. The public number is the switchboard, as the source gives it.
 */
const sampleUnits: SampleUnit[] = [
  {
    code: "EX01",
    name: "Sunderby sjukhus, akutmottagning",
    kind: CareUnitKind.EMERGENCY_DEPARTMENT,
    municipality: "Luleå",
    about: [
      "Akutmottagning för svåra och livshotande tillstånd. Vid livshotande tillstånd: ring 112.",
      "Emergency department for serious and life-threatening conditions. If life is in danger, call 112.",
    ],
    internalPhone: "070-174 06 05",
  },
  {
    code: "EX02",
    name: "Sunderby sjukhus, medicinmottagning",
    kind: CareUnitKind.HOSPITAL_CLINIC,
    municipality: "Luleå",
    about: ["Specialistmottagning för invärtesmedicin, dit du kommer med remiss.", "Specialist clinic for internal medicine, seen on referral."],
    internalPhone: "070-174 06 06",
  },
  {
    code: "EX03",
    name: "Sunderby sjukhus, vuxenpsykiatrisk mottagning",
    kind: CareUnitKind.PSYCHIATRY,
    municipality: "Luleå",
    about: ["Psykiatrisk öppenvård för vuxna.", "Outpatient psychiatric care for adults."],
  },
  healthCentre("EX04", "Luleå", "Hertsöns hälsocentral", "070-174 06 07"),
  healthCentre("EX05", "Luleå", "Örnäsets hälsocentral"),
  {
    code: "EX06",
    name: "Folktandvården Luleå",
    kind: CareUnitKind.DENTAL_CARE,
    municipality: "Luleå",
    about: [
      "Allmäntandvård för barn och vuxna. Här prövas Folktandvårdens chatt, som bara finns i Luleå än så länge.",
      "General dental care for children and adults. Folktandvården's chat is being tried here, so far only in Luleå.",
    ],
  },
  {
    code: "EX07",
    name: "Ungdomsmottagningen Luleå",
    kind: CareUnitKind.YOUTH_CLINIC,
    municipality: "Luleå",
    about: ["Kurator och barnmorska för unga som vill prata om hälsa, sex och relationer.", "Counsellor and midwife for young people who want to talk about health, sex and relationships."],
  },
  healthCentre("EX08", "Boden", "Bodens hälsocentral"),
  {
    code: "EX09",
    name: "Piteå älvdals sjukhus, specialistmottagning",
    kind: CareUnitKind.HOSPITAL_CLINIC,
    municipality: "Piteå",
    about: ["Specialistmottagningar vid sjukhuset i Piteå, dit du kommer med remiss.", "Specialist clinics at the hospital in Piteå, seen on referral."],
    internalPhone: "070-174 06 08",
  },
  healthCentre("EX10", "Piteå", "Öjebyns hälsocentral"),
  {
    code: "EX11",
    name: "Ungdomsmottagningen Piteå",
    kind: CareUnitKind.YOUTH_CLINIC,
    municipality: "Piteå",
    about: ["Kurator och barnmorska för unga som vill prata om hälsa, sex och relationer.", "Counsellor and midwife for young people who want to talk about health, sex and relationships."],
  },
  {
    code: "EX12",
    name: "Kiruna sjukhus, akutmottagning",
    kind: CareUnitKind.EMERGENCY_DEPARTMENT,
    municipality: "Kiruna",
    about: [
      "Akutmottagning för svåra och livshotande tillstånd. Vid livshotande tillstånd: ring 112.",
      "Emergency department for serious and life-threatening conditions. If life is in danger, call 112.",
    ],
  },
  healthCentre("EX13", "Kiruna", "Kiruna hälsocentral"),
  {
    code: "EX14",
    name: "Gällivare sjukhus, akutmottagning",
    kind: CareUnitKind.EMERGENCY_DEPARTMENT,
    municipality: "Gällivare",
    about: [
      "Akutmottagning för svåra och livshotande tillstånd. Vid livshotande tillstånd: ring 112.",
      "Emergency department for serious and life-threatening conditions. If life is in danger, call 112.",
    ],
  },
  healthCentre("EX15", "Gällivare", "Gällivare hälsocentral"),
  {
    code: "EX16",
    name: "Kalix sjukhus, specialistmottagning",
    kind: CareUnitKind.HOSPITAL_CLINIC,
    municipality: "Kalix",
    about: ["Specialistmottagningar vid sjukhuset i Kalix, dit du kommer med remiss.", "Specialist clinics at the hospital in Kalix, seen on referral."],
  },
  healthCentre("EX17", "Kalix", "Kalix hälsocentral"),
  healthCentre("EX18", "Haparanda", "Haparanda hälsocentral"),
  healthCentre("EX19", "Jokkmokk", "Jokkmokks hälsocentral"),
  healthCentre("EX20", "Arjeplog", "Arjeplogs hälsocentral"),
  healthCentre("EX21", "Arvidsjaur", "Arvidsjaurs hälsocentral"),
  healthCentre("EX22", "Pajala", "Pajala hälsocentral"),
  healthCentre("EX23", "Överkalix", "Överkalix hälsocentral"),
  healthCentre("EX24", "Övertorneå", "Övertorneå hälsocentral"),
  healthCentre("EX25", "Älvsbyn", "Älvsbyns hälsocentral"),
];

const howToCall: [sv: string, en: string] = [
  `Ring regionens växel, ${NORRBOTTEN_SWITCHBOARD}, och be att bli kopplad till mottagningen, till exempel till en läkarsekreterare om du vill begära ut din journal.`,
  `Call the region's switchboard on ${NORRBOTTEN_SWITCHBOARD} and ask to be put through to the unit, for instance to a medical secretary if you want a copy of your record.`,
];

export const careUnitSeed: Partial<CareUnit>[] = sampleUnits.map((unit) => {
  const hsaId = `${NORRBOTTEN_HSA_PREFIX}-${unit.code}`;
  return {
    id: seedId("care-unit", hsaId),
    hsaId,
    name: unit.name,
    kind: unit.kind,
    region: "Norrbotten",
    municipality: unit.municipality,
    address: null,
    phone: NORRBOTTEN_SWITCHBOARD,
    webUrl: null,
    description: localized(`Exempeluppgifter. ${unit.about[0]} ${howToCall[0]}`, `Sample data. ${unit.about[1]} ${howToCall[1]}`),
    internalPhone: unit.internalPhone ?? null,
    audience: Audience.PUBLIC,
    status: ContentStatus.PUBLISHED,
  };
});
