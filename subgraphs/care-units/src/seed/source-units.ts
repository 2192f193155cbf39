import { CareUnitKind } from "../entities/care-unit-kind.js";
import { ContactRouteKind } from "../entities/contact-route-kind.js";
import { MON_FRI, on } from "./hours.js";
import type { UnitSeed } from "./unit-seed.js";

/**
 * Units and contact routes that the source documents name, with the numbers and hours they give
 * (Region Kronoberg's journal unit, source 003; Region Skåne's Journalservice, source 004). Their
 * HSA-ids are examples ("EX"): the sources do not give them. Where a source gives no hours or
 * position, the unit has none rather than invented ones.
 */
const provenance: [sv: string, en: string] = [
  "Kontaktvägarna kommer från regionens egna sidor; HSA-id är ett exempel.",
  "The contact routes come from the region's own pages; the HSA-id is an example.",
];

export const sourceUnits: UnitSeed[] = [
  {
    hsaId: "SE2321000065-EX01",
    name: "Arkiv- och journalenheten, Region Kronoberg",
    kind: CareUnitKind.OTHER,
    region: "Kronoberg",
    municipality: "Växjö",
    address: null,
    position: null,
    phone: "0470-58 85 22",
    webUrl: "https://www.regionkronoberg.se/om-region-kronoberg/verksamhetsorganisation/regionstab/kansliavdelningen/arkiv--och-journalenheten/",
    description: [
      `Lämnar ut journalkopior för regionalt anslutna vårdcentraler, hälso- och sjukvården, psykiatrin och rehabiliteringen i Region Kronoberg. Privata vårdcentraler, rättspsykiatrin och tandvården lämnar ut sina journaler själva. ${provenance[0]}`,
      `Releases copies of records for Region Kronoberg's own health centres, hospital care, psychiatry and rehabilitation. Private health centres, forensic psychiatry and dental care release their own records. ${provenance[1]}`,
    ],
    internalPhone: null,
    closedOnPublicHolidays: true,
    weekly: [],
    exceptions: [],
    routes: [
      { kind: ContactRouteKind.SERVICE_NUMBER, label: ["Tjänstenummer till journalutlämningen", "Service number of the record release unit"], value: "8570" },
      { kind: ContactRouteKind.FAX, label: ["Fax till journalutlämningen", "Fax of the record release unit"], value: "3004" },
      {
        kind: ContactRouteKind.OTHER,
        label: [
          "VIS-Supporten, knappval 2: verkställer i akuta fall låsning av 1177-konto, försegling av journal och blockering av vårdnadshavare",
          "VIS support, option 2: in urgent cases carries out locking a 1177 account, sealing a record and blocking a guardian",
        ],
        value: "0470-58 20 20",
      },
    ],
  },
  {
    hsaId: "SE2321000255-EX01",
    name: "Journalservice, Region Skåne",
    kind: CareUnitKind.OTHER,
    region: "Skåne",
    municipality: "Lund",
    address: "Regionarkivet, Gastelyckan, Lund",
    position: null,
    phone: "0771-86 66 00",
    webUrl: null,
    description: [
      `Region Skånes journalservice tar emot försegling av Journalen via blankett, telefon, e-post eller brev, och blockering av vårdnadshavares åtkomst. ${provenance[0]}`,
      `Region Skåne's record service handles sealing the online record by form, phone, e-mail or letter, and blocking a guardian's access. ${provenance[1]}`,
    ],
    internalPhone: null,
    closedOnPublicHolidays: true,
    weekly: on(MON_FRI, "08:00", "16:00"),
    exceptions: [],
    routes: [
      {
        kind: ContactRouteKind.SERVICE_NUMBER,
        label: ["Journalservice: blockering av vårdnadshavare dagtid, när verksamhetschefen har godkänt", "Journalservice: blocking a guardian in office hours, once the head of unit has approved"],
        value: "0771-86 66 00",
        hours: ["Vardagar 08.00–16.00", "Weekdays 08:00–16:00"],
      },
      {
        kind: ContactRouteKind.OUT_OF_HOURS,
        label: ["Sus akutmottagning i Lund: blockering under jourtid, när bakjouren har godkänt", "Sus emergency department in Lund: blocking out of hours, once the senior doctor on call has approved"],
        value: "046-17 65 34",
        hours: ["Jourtid: kvällar, nätter och helger", "Out of hours: evenings, nights and weekends"],
      },
      { kind: ContactRouteKind.OTHER, label: ["E-post till Journalservice", "E-mail to Journalservice"], value: "Journalarkiv@skane.se" },
    ],
  },
];
