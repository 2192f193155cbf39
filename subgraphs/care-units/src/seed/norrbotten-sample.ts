import { CareUnitKind } from "../entities/care-unit-kind.js";
import { ContactRouteKind } from "../entities/contact-route-kind.js";
import type { GeoPoint } from "../rules/geo.js";
import type { WeeklySpan } from "../rules/opening-hours.js";
import {
  aroundTheClock,
  exceptionHours,
  MON_FRI,
  MON_THU,
  on,
  seedYears,
  weekdayAfter,
  weeks,
  type ExceptionSeed,
} from "./hours.js";
import type { RouteSeed, UnitSeed } from "./unit-seed.js";

/** Region Norrbotten's switchboard, which puts callers through to a unit and its medical secretaries (source 000). */
export const NORRBOTTEN_SWITCHBOARD = "0920-28 40 00";

/** Region Norrbotten's organisation number, which every HSA-id the region issues carries. */
const NORRBOTTEN_HSA_PREFIX = "SE2321000230";

/** The centre of each of Norrbotten's 14 municipalities' main town. */
export const MUNICIPALITY_CENTRES: Record<string, GeoPoint> = {
  Arjeplog: { lat: 66.0516, lon: 17.8866 },
  Arvidsjaur: { lat: 65.5924, lon: 19.1795 },
  Boden: { lat: 65.8252, lon: 21.6886 },
  Gällivare: { lat: 67.1339, lon: 20.6528 },
  Haparanda: { lat: 65.8355, lon: 24.1368 },
  Jokkmokk: { lat: 66.6066, lon: 19.8229 },
  Kalix: { lat: 65.8553, lon: 23.1436 },
  Kiruna: { lat: 67.8558, lon: 20.2253 },
  Luleå: { lat: 65.5848, lon: 22.1547 },
  Pajala: { lat: 67.2124, lon: 23.3667 },
  Piteå: { lat: 65.3172, lon: 21.4794 },
  Älvsbyn: { lat: 65.6769, lon: 21.0034 },
  Överkalix: { lat: 66.3275, lon: 22.8436 },
  Övertorneå: { lat: 66.3886, lon: 23.6556 },
};

const near = (municipality: string, dLat = 0, dLon = 0): GeoPoint => {
  const centre = MUNICIPALITY_CENTRES[municipality]!;
  return { lat: Math.round((centre.lat + dLat) * 1e4) / 1e4, lon: Math.round((centre.lon + dLon) * 1e4) / 1e4 };
};

/**
 * Fictional numbers, from the series PTS keeps for fiction (070-174 06 05–99), so that no real person
 * is ever called. 05–08 are the internal numbers the first sample had; routes take 20 and up.
 */
const fiction = (n: number) => `070-174 06 ${String(n).padStart(2, "0")}`;

const switchboardRoute: RouteSeed = {
  kind: ContactRouteKind.OTHER,
  label: ["Regionens växel: be att bli kopplad till mottagningens läkarsekreterare", "The region's switchboard: ask for the unit's medical secretary"],
  value: NORRBOTTEN_SWITCHBOARD,
};

const summerLabel: [string, string] = ["Sommartider", "Summer hours"];

/** Units keep other hours for some summer weeks (ISO weeks `first` to `last`), this year and next. */
function summerHours(now: Date, spans: ExceptionSeed["spans"], first = 26, last = 32, label = summerLabel): ExceptionSeed[] {
  return seedYears(now).map((year) => ({ ...weeks(year, first, last), label, spans }));
}

interface SampleUnit {
  /** The invented HSA-id suffix; "EX" marks it as an example, not a unit in the national catalogue. */
  code: string;
  name: string;
  kind: CareUnitKind;
  municipality: string;
  address: string;
  position: GeoPoint;
  about: [sv: string, en: string];
  weekly: WeeklySpan[];
  closedOnPublicHolidays?: boolean;
  exceptions?: (now: Date) => ExceptionSeed[];
  routes?: RouteSeed[];
  internalPhone?: string;
}

const healthCentreAbout = (municipality: string): [string, string] => [
  `Hälsocentral för invånarna i ${municipality} med omnejd.`,
  `Health centre for the people of ${municipality} and the area around it.`,
];

const outOfHours = (n: number): RouteSeed => ({
  kind: ContactRouteKind.OUT_OF_HOURS,
  label: ["Jourhavande läkare för hälsocentralens patienter (exempel)", "The doctor on call for the health centre's patients (example)"],
  value: fiction(n),
  hours: ["Vardagar 17.00–08.00, helger dygnet runt", "Weekdays 17:00–08:00, weekends around the clock"],
});

const weekdayHours = on(MON_FRI, "08:00", "17:00");
const shortWeek = [...on(MON_THU, "08:00", "16:30"), ...on([5], "08:00", "15:00")];
const standardSummer = (now: Date) => summerHours(now, exceptionHours(MON_FRI, "08:00", "16:00"));
const shortSummer = (now: Date) => summerHours(now, exceptionHours(MON_FRI, "08:00", "15:00"));

function healthCentre(code: string, municipality: string, name: string, n: number, options: Partial<SampleUnit> = {}): SampleUnit {
  return {
    code,
    name,
    kind: CareUnitKind.HEALTH_CENTRE,
    municipality,
    address: `Storgatan ${10 + n % 20}, ${municipality}`,
    position: near(municipality, 0.002, -0.003),
    about: healthCentreAbout(municipality),
    weekly: weekdayHours,
    exceptions: standardSummer,
    routes: [switchboardRoute, outOfHours(n)],
    ...options,
  };
}

const emergencyAbout: [string, string] = [
  "Akutmottagning för svåra och livshotande tillstånd, öppen dygnet runt alla dagar. Vid livshotande tillstånd: ring 112.",
  "Emergency department for serious and life-threatening conditions, open around the clock every day. If life is in danger, call 112.",
];

/**
 * A sample of the region's units, one or more in each of Norrbotten's 14 municipalities. The
 * hospitals' names are real; the rest (HSA-ids, addresses, hours, internal numbers, which clinics
 * exist) is invented, and every description says so. The public number is the switchboard, as the
 * source gives it.
 */
const sampleUnits: SampleUnit[] = [
  {
    code: "EX01",
    name: "Sunderby sjukhus, akutmottagning",
    kind: CareUnitKind.EMERGENCY_DEPARTMENT,
    municipality: "Luleå",
    address: "Sunderby sjukhus, Södra Sunderbyn",
    position: { lat: 65.6727, lon: 21.9543 },
    about: emergencyAbout,
    weekly: aroundTheClock(),
    closedOnPublicHolidays: false,
    internalPhone: fiction(5),
    routes: [
      { kind: ContactRouteKind.SERVICE_NUMBER, label: ["Samordnande sjuksköterska (exempel)", "Coordinating nurse (example)"], value: fiction(5) },
      switchboardRoute,
    ],
  },
  {
    code: "EX02",
    name: "Sunderby sjukhus, medicinmottagning",
    kind: CareUnitKind.HOSPITAL_CLINIC,
    municipality: "Luleå",
    address: "Sunderby sjukhus, Södra Sunderbyn",
    position: { lat: 65.6731, lon: 21.9551 },
    about: ["Specialistmottagning för invärtesmedicin, dit du kommer med remiss.", "Specialist clinic for internal medicine, seen on referral."],
    weekly: on(MON_FRI, "07:30", "16:00"),
    internalPhone: fiction(6),
    routes: [
      { kind: ContactRouteKind.SERVICE_NUMBER, label: ["Direktnummer för vårdpersonal (exempel)", "Direct line for care staff (example)"], value: fiction(6) },
      { kind: ContactRouteKind.FAX, label: ["Fax för remisser (exempel)", "Fax for referrals (example)"], value: fiction(35) },
      switchboardRoute,
    ],
  },
  {
    code: "EX03",
    name: "Sunderby sjukhus, vuxenpsykiatrisk mottagning",
    kind: CareUnitKind.PSYCHIATRY,
    municipality: "Luleå",
    address: "Sunderby sjukhus, Södra Sunderbyn",
    position: { lat: 65.6722, lon: 21.9536 },
    about: ["Psykiatrisk öppenvård för vuxna.", "Outpatient psychiatric care for adults."],
    weekly: on(MON_FRI, "08:00", "16:30"),
    routes: [
      { kind: ContactRouteKind.OUT_OF_HOURS, label: ["Psykiatrisk jour via akutmottagningen (exempel)", "Psychiatric on-call via the emergency department (example)"], value: fiction(41), hours: ["Kvällar, nätter och helger", "Evenings, nights and weekends"] },
      switchboardRoute,
    ],
  },
  healthCentre("EX04", "Luleå", "Hertsöns hälsocentral", 20, {
    address: "Hertsövägen 12, Luleå",
    position: { lat: 65.5929, lon: 22.2301 },
    // Open until 19:00 on Thursdays; on a Thursday two weeks after the seed it opens at noon.
    weekly: [...on([1, 2, 3, 5], "08:00", "17:00"), ...on([4], "08:00", "19:00")],
    internalPhone: fiction(7),
    exceptions: (now) => [
      ...standardSummer(now),
      { fromDate: weekdayAfter(now, 14, 4), toDate: weekdayAfter(now, 14, 4), label: ["Personalmöte: öppet från 12.00", "Staff meeting: open from 12:00"], spans: exceptionHours(null, "12:00", "19:00") },
    ],
  }),
  healthCentre("EX05", "Luleå", "Örnäsets hälsocentral", 21, { address: "Örnässkolevägen 3, Luleå", position: { lat: 65.6052, lon: 22.1228 } }),
  {
    code: "EX06",
    name: "Folktandvården Luleå",
    kind: CareUnitKind.DENTAL_CARE,
    municipality: "Luleå",
    address: "Storgatan 40, Luleå",
    position: near("Luleå", -0.001, -0.0027),
    about: [
      "Allmäntandvård för barn och vuxna. Här prövas Folktandvårdens chatt, som bara finns i Luleå än så länge.",
      "General dental care for children and adults. Folktandvården's chat is being tried here, so far only in Luleå.",
    ],
    weekly: [...on(MON_THU, "07:30", "16:30"), ...on([5], "07:30", "14:00")],
    exceptions: (now) => summerHours(now, [], 28, 31, ["Sommarstängt", "Closed for the summer"]),
    routes: [{ kind: ContactRouteKind.SERVICE_NUMBER, label: ["Klinikchef (exempel)", "Head of clinic (example)"], value: fiction(42) }, switchboardRoute],
  },
  {
    code: "EX07",
    name: "Ungdomsmottagningen Luleå",
    kind: CareUnitKind.YOUTH_CLINIC,
    municipality: "Luleå",
    address: "Smedjegatan 6, Luleå",
    position: near("Luleå", 0.0012, 0.0033),
    about: ["Kurator och barnmorska för unga som vill prata om hälsa, sex och relationer.", "Counsellor and midwife for young people who want to talk about health, sex and relationships."],
    // Closed for lunch; drop-in on Wednesday afternoons and evenings.
    weekly: [...on([1, 2, 4, 5], "09:00", "12:00"), ...on([1, 2, 4, 5], "13:00", "16:00"), ...on([3], "13:00", "18:00")],
    exceptions: (now) => summerHours(now, exceptionHours([2, 4], "10:00", "15:00"), 27, 32, ["Sommaröppet tisdagar och torsdagar", "Open Tuesdays and Thursdays in summer"]),
    routes: [switchboardRoute],
  },
  healthCentre("EX08", "Boden", "Bodens hälsocentral", 22, {
    exceptions: (now) => [
      ...standardSummer(now),
      { fromDate: weekdayAfter(now, 21, 3), toDate: weekdayAfter(now, 21, 3), label: ["Stängt för utbildningsdag", "Closed for a training day"], spans: [] },
    ],
  }),
  {
    code: "EX09",
    name: "Piteå älvdals sjukhus, specialistmottagning",
    kind: CareUnitKind.HOSPITAL_CLINIC,
    municipality: "Piteå",
    address: "Piteå älvdals sjukhus, Piteå",
    position: { lat: 65.3301, lon: 21.4906 },
    about: ["Specialistmottagningar vid sjukhuset i Piteå, dit du kommer med remiss.", "Specialist clinics at the hospital in Piteå, seen on referral."],
    weekly: on(MON_FRI, "07:30", "16:00"),
    internalPhone: fiction(8),
    routes: [
      { kind: ContactRouteKind.SERVICE_NUMBER, label: ["Direktnummer för vårdpersonal (exempel)", "Direct line for care staff (example)"], value: fiction(8) },
      { kind: ContactRouteKind.FAX, label: ["Fax för remisser (exempel)", "Fax for referrals (example)"], value: fiction(36) },
      switchboardRoute,
    ],
  },
  healthCentre("EX10", "Piteå", "Öjebyns hälsocentral", 23, { address: "Öjagatan 2, Öjebyn", position: { lat: 65.3462, lon: 21.4128 } }),
  {
    code: "EX11",
    name: "Ungdomsmottagningen Piteå",
    kind: CareUnitKind.YOUTH_CLINIC,
    municipality: "Piteå",
    address: "Storgatan 51, Piteå",
    position: near("Piteå", 0.0008, 0.0021),
    about: ["Kurator och barnmorska för unga som vill prata om hälsa, sex och relationer.", "Counsellor and midwife for young people who want to talk about health, sex and relationships."],
    weekly: [...on([1, 2, 4, 5], "09:00", "12:00"), ...on([1, 2, 4, 5], "13:00", "16:00"), ...on([3], "13:00", "18:00")],
    routes: [switchboardRoute],
  },
  {
    code: "EX12",
    name: "Kiruna sjukhus, akutmottagning",
    kind: CareUnitKind.EMERGENCY_DEPARTMENT,
    municipality: "Kiruna",
    address: "Kiruna sjukhus, Kiruna",
    position: near("Kiruna", -0.006, 0.045),
    about: emergencyAbout,
    weekly: aroundTheClock(),
    closedOnPublicHolidays: false,
    routes: [{ kind: ContactRouteKind.SERVICE_NUMBER, label: ["Samordnande sjuksköterska (exempel)", "Coordinating nurse (example)"], value: fiction(38) }, switchboardRoute],
  },
  healthCentre("EX13", "Kiruna", "Kiruna hälsocentral", 24),
  {
    code: "EX14",
    name: "Gällivare sjukhus, akutmottagning",
    kind: CareUnitKind.EMERGENCY_DEPARTMENT,
    municipality: "Gällivare",
    address: "Gällivare sjukhus, Gällivare",
    position: near("Gällivare", 0.003, 0.017),
    about: emergencyAbout,
    weekly: aroundTheClock(),
    closedOnPublicHolidays: false,
    routes: [{ kind: ContactRouteKind.SERVICE_NUMBER, label: ["Samordnande sjuksköterska (exempel)", "Coordinating nurse (example)"], value: fiction(39) }, switchboardRoute],
  },
  healthCentre("EX15", "Gällivare", "Gällivare hälsocentral", 25),
  {
    code: "EX16",
    name: "Kalix sjukhus, specialistmottagning",
    kind: CareUnitKind.HOSPITAL_CLINIC,
    municipality: "Kalix",
    address: "Kalix sjukhus, Kalix",
    position: near("Kalix", -0.002, 0.016),
    about: ["Specialistmottagningar vid sjukhuset i Kalix, dit du kommer med remiss.", "Specialist clinics at the hospital in Kalix, seen on referral."],
    weekly: on(MON_FRI, "07:30", "16:00"),
    routes: [{ kind: ContactRouteKind.FAX, label: ["Fax för remisser (exempel)", "Fax for referrals (example)"], value: fiction(37) }, switchboardRoute],
  },
  healthCentre("EX17", "Kalix", "Kalix hälsocentral", 26),
  healthCentre("EX18", "Haparanda", "Haparanda hälsocentral", 27),
  healthCentre("EX19", "Jokkmokk", "Jokkmokks hälsocentral", 28, { weekly: shortWeek, exceptions: shortSummer }),
  healthCentre("EX20", "Arjeplog", "Arjeplogs hälsocentral", 29, { weekly: shortWeek, exceptions: shortSummer }),
  healthCentre("EX21", "Arvidsjaur", "Arvidsjaurs hälsocentral", 30),
  healthCentre("EX22", "Pajala", "Pajala hälsocentral", 31, { weekly: shortWeek, exceptions: shortSummer }),
  healthCentre("EX23", "Överkalix", "Överkalix hälsocentral", 32, { weekly: shortWeek, exceptions: shortSummer }),
  healthCentre("EX24", "Övertorneå", "Övertorneå hälsocentral", 33, { weekly: shortWeek, exceptions: shortSummer }),
  healthCentre("EX25", "Älvsbyn", "Älvsbyns hälsocentral", 34),
  {
    code: "EX26",
    name: "Närakuten Piteå",
    kind: CareUnitKind.OTHER,
    municipality: "Piteå",
    address: "Piteå älvdals sjukhus, Piteå",
    position: { lat: 65.3303, lon: 21.4911 },
    about: [
      "Närakut för akuta besvär som inte kan vänta till vardag men inte är livshotande. Öppen kvällar och helger, även helgdagar; fredag och lördag till 01.00.",
      "Urgent care for problems that cannot wait for a weekday but are not life-threatening. Open evenings and weekends, holidays included; until 01:00 on Fridays and Saturdays.",
    ],
    weekly: [...on(MON_THU, "16:00", "22:00"), ...on([5], "16:00", "01:00"), ...on([6], "10:00", "01:00"), ...on([7], "10:00", "22:00")],
    closedOnPublicHolidays: false,
    exceptions: (now) =>
      seedYears(now).map((year) => ({ fromDate: `${year}-12-24`, toDate: `${year}-12-24`, label: ["Julafton", "Christmas Eve"], spans: exceptionHours(null, "10:00", "16:00") })),
    routes: [{ kind: ContactRouteKind.SERVICE_NUMBER, label: ["Ansvarig sjuksköterska (exempel)", "Nurse in charge (example)"], value: fiction(43) }, switchboardRoute],
  },
];

const howToCall: [sv: string, en: string] = [
  `Ring regionens växel, ${NORRBOTTEN_SWITCHBOARD}, och be att bli kopplad till mottagningen, till exempel till en läkarsekreterare om du vill begära ut din journal.`,
  `Call the region's switchboard on ${NORRBOTTEN_SWITCHBOARD} and ask to be put through to the unit, for instance to a medical secretary if you want a copy of your record.`,
];

export function norrbottenSample(now: Date): UnitSeed[] {
  return sampleUnits.map((unit) => ({
    hsaId: `${NORRBOTTEN_HSA_PREFIX}-${unit.code}`,
    name: unit.name,
    kind: unit.kind,
    region: "Norrbotten",
    municipality: unit.municipality,
    address: unit.address,
    position: unit.position,
    phone: NORRBOTTEN_SWITCHBOARD,
    webUrl: null,
    description: [`Exempeluppgifter. ${unit.about[0]} ${howToCall[0]}`, `Sample data. ${unit.about[1]} ${howToCall[1]}`],
    internalPhone: unit.internalPhone ?? null,
    closedOnPublicHolidays: unit.closedOnPublicHolidays ?? true,
    weekly: unit.weekly,
    exceptions: unit.exceptions?.(now) ?? [],
    routes: unit.routes ?? [switchboardRoute],
  }));
}
