import type { EditorialFieldDescriptor, EditorialOption } from "@vardportal/kit";
import { CareUnitKind } from "../entities/care-unit-kind.js";
import { ContactRouteKind } from "../entities/contact-route-kind.js";
import { WEEKDAY_CODES, WEEKDAY_NAMES } from "../rules/hours-input.js";
import { CARE_UNIT_LIMITS } from "./care-unit-values.js";

const kindLabels: Record<CareUnitKind, { sv: string; en: string }> = {
  HEALTH_CENTRE: { sv: "Hälsocentral", en: "Health centre" },
  HOSPITAL_CLINIC: { sv: "Sjukhusklinik", en: "Hospital clinic" },
  DENTAL_CARE: { sv: "Tandvård", en: "Dental care" },
  YOUTH_CLINIC: { sv: "Ungdomsmottagning", en: "Youth clinic" },
  PSYCHIATRY: { sv: "Psykiatri", en: "Psychiatry" },
  EMERGENCY_DEPARTMENT: { sv: "Akutmottagning", en: "Emergency department" },
  OTHER: { sv: "Annan", en: "Other" },
};

const routeKindLabels: Record<ContactRouteKind, { sv: string; en: string }> = {
  SERVICE_NUMBER: { sv: "Servicenummer", en: "Service number" },
  FAX: { sv: "Fax", en: "Fax" },
  OUT_OF_HOURS: { sv: "Jour (kvällar, nätter, helger)", en: "Out of hours" },
  OTHER: { sv: "Annat", en: "Other" },
};

export const careUnitKindOptions: EditorialOption[] = Object.values(CareUnitKind).map((value) => ({ value, label: kindLabels[value] }));

const weekdayOptions: EditorialOption[] = WEEKDAY_CODES.map((value) => ({ value, label: WEEKDAY_NAMES[value] }));

/** The care-unit form, in order: who the unit is, where, how to reach it, when it is open, and staff-only routes. */
export const careUnitFields: EditorialFieldDescriptor[] = [
  {
    name: "hsaId",
    kind: "TEXT",
    label: { sv: "HSA-id", en: "HSA id" },
    help: { sv: "Enhetens id i HSA-katalogen. Det blir adressen till enhetens sida i portalen.", en: "The unit's id in the HSA catalogue; it is the address of its portal page." },
    required: true,
    maxLength: 31,
    placeholder: "SE2321000230-1A2B",
  },
  { name: "name", kind: "TEXT", label: { sv: "Namn", en: "Name" }, required: true, maxLength: 200 },
  { name: "kind", kind: "ENUM", label: { sv: "Sorts enhet", en: "Kind of unit" }, required: true, options: careUnitKindOptions },
  { name: "municipality", kind: "TEXT", label: { sv: "Kommun", en: "Municipality" }, required: true, maxLength: 64 },
  { name: "address", kind: "TEXT", label: { sv: "Besöksadress", en: "Visiting address" }, maxLength: 256, placeholder: "Storgatan 1, 971 80 Luleå" },
  {
    name: "latitude",
    kind: "DECIMAL",
    label: { sv: "Latitud", en: "Latitude" },
    help: { sv: "WGS 84, i grader. Ange både latitud och longitud, eller ingen.", en: "WGS 84 degrees; both or neither." },
    min: -90,
    max: 90,
    placeholder: "65.5848",
  },
  { name: "longitude", kind: "DECIMAL", label: { sv: "Longitud", en: "Longitude" }, min: -180, max: 180, placeholder: "22.1547" },
  {
    name: "phone",
    kind: "PHONE",
    label: { sv: "Telefon", en: "Phone" },
    help: { sv: "Det publika numret: enhetens eget eller regionens växel.", en: "The public number: the unit's own or the region's switchboard." },
    maxLength: 32,
  },
  { name: "webUrl", kind: "URL", label: { sv: "Webbplats", en: "Website" }, maxLength: 512, placeholder: "https://" },
  { name: "description", kind: "LOCALIZED_LONG_TEXT", label: { sv: "Beskrivning", en: "Description" }, required: true, maxLength: CARE_UNIT_LIMITS.description },
  {
    name: "closedOnPublicHolidays",
    kind: "BOOLEAN",
    label: { sv: "Stängt på helgdagar", en: "Closed on public holidays" },
    help: {
      sv: "Stängt på röda dagar och på midsommar-, jul- och nyårsafton. Inte för en akutmottagning.",
      en: "Closed on public holidays and on Midsummer, Christmas and New Year's Eve. Not for an emergency department.",
    },
  },
  {
    name: "internalPhone",
    kind: "PHONE",
    label: { sv: "Internt nummer (bara personal)", en: "Internal number (staff only)" },
    help: { sv: "Visas bara för vårdpersonal, aldrig för invånare.", en: "Shown to care staff only, never to residents." },
    maxLength: 32,
  },
  {
    name: "openingHours",
    kind: "LIST",
    label: { sv: "Öppettider", en: "Opening hours" },
    help: {
      sv: "En rad per tider, t.ex. måndag–fredag 08:00–17:00. En stängningstid före öppningstiden gäller nästa morgon (16:00–01:00). 24:00 är midnatt. Dagar utan rad är stängda.",
      en: "One row per set of hours, e.g. Monday–Friday 08:00–17:00. A closing time before the opening is the next morning's (16:00–01:00). 24:00 is midnight. Days without a row are closed.",
    },
    max: CARE_UNIT_LIMITS.openingHours,
    itemFields: [
      { name: "weekdays", kind: "MULTI_ENUM", label: { sv: "Veckodagar", en: "Weekdays" }, required: true, options: weekdayOptions },
      { name: "opens", kind: "TIME", label: { sv: "Öppnar", en: "Opens" }, required: true, placeholder: "08:00" },
      { name: "closes", kind: "TIME", label: { sv: "Stänger", en: "Closes" }, required: true, placeholder: "17:00" },
    ],
  },
  {
    name: "hoursExceptions",
    kind: "LIST",
    label: { sv: "Avvikande öppettider", en: "Exceptions to the opening hours" },
    help: {
      sv: "Sommartider, stängda dagar, särskilda tider på julafton. Rader med samma period hör ihop. Utan veckodagar gäller tiderna alla dagar i perioden; en dag utan tider är stängd.",
      en: "Summer hours, closed days, special hours on Christmas Eve. Rows with the same period belong together. Without weekdays the hours apply every day of the period; a day without hours is closed.",
    },
    max: CARE_UNIT_LIMITS.hoursExceptions,
    itemFields: [
      { name: "fromDate", kind: "DATE", label: { sv: "Första dag", en: "First day" }, required: true },
      { name: "toDate", kind: "DATE", label: { sv: "Sista dag", en: "Last day" }, help: { sv: "Tomt: bara den första dagen.", en: "Empty: the first day only." } },
      { name: "label", kind: "LOCALIZED_TEXT", label: { sv: "Benämning", en: "Label" }, required: true, maxLength: 200, placeholder: "Sommartider" },
      { name: "closed", kind: "BOOLEAN", label: { sv: "Stängt hela perioden", en: "Closed for the whole period" } },
      { name: "weekdays", kind: "MULTI_ENUM", label: { sv: "Veckodagar", en: "Weekdays" }, options: weekdayOptions },
      { name: "opens", kind: "TIME", label: { sv: "Öppnar", en: "Opens" }, placeholder: "08:00" },
      { name: "closes", kind: "TIME", label: { sv: "Stänger", en: "Closes" }, placeholder: "16:00" },
    ],
  },
  {
    name: "contactRoutes",
    kind: "LIST",
    label: { sv: "Kontaktvägar för personal", en: "Contact routes for staff" },
    help: {
      sv: "Servicenummer, fax och jourvägar. Visas bara för vårdpersonal, oavsett enhetens målgrupp.",
      en: "Service numbers, fax and out-of-hours routes. Shown to care staff only, whatever the unit's audience.",
    },
    max: CARE_UNIT_LIMITS.contactRoutes,
    itemFields: [
      { name: "kind", kind: "ENUM", label: { sv: "Sort", en: "Kind" }, required: true, options: Object.values(ContactRouteKind).map((value) => ({ value, label: routeKindLabels[value] })) },
      { name: "label", kind: "LOCALIZED_TEXT", label: { sv: "Till för", en: "What it is for" }, required: true, maxLength: 200 },
      { name: "value", kind: "TEXT", label: { sv: "Nummer eller adress", en: "Number or address" }, required: true, maxLength: 256 },
      { name: "hours", kind: "LOCALIZED_TEXT", label: { sv: "När den svarar", en: "When it answers" }, maxLength: 500, placeholder: "Vardagar 08.00–16.00" },
    ],
  },
];
