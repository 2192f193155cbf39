import { z } from "zod";
import {
  booleanValue,
  dateValue,
  decimalValue,
  enumValue,
  listValue,
  localizedValue,
  multiEnumValue,
  optionalLocalizedValue,
  optionalPhone,
  optionalText,
  optionalUrl,
  requiredText,
} from "@vardportal/kit";
import { CareUnitKind } from "../entities/care-unit-kind.js";
import { ContactRouteKind } from "../entities/contact-route-kind.js";
import { parseHsaId } from "../rules/hsa-id.js";
import {
  exceptionProblems,
  openingHoursProblems,
  WEEKDAY_CODES,
  type HoursExceptionRow,
  type OpeningHoursRow,
} from "../rules/hours-input.js";

/**
 * A care unit's values as the editorial engine carries them (decision 019) and as the admin form and
 * the CSV import write them: the unit's columns, its regular week, its exceptions and its staff-only
 * contact routes as LIST fields. Every message is Swedish and sits at the path of the field at fault.
 */
export interface ContactRouteRow {
  kind: ContactRouteKind;
  label: { sv: string; en: string | null };
  value: string;
  hours: { sv: string; en: string | null } | null;
}

export interface CareUnitValues extends Record<string, unknown> {
  hsaId: string;
  name: string;
  kind: CareUnitKind;
  municipality: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  webUrl: string | null;
  description: { sv: string; en: string | null };
  closedOnPublicHolidays: boolean;
  internalPhone: string | null;
  openingHours: OpeningHoursRow[];
  hoursExceptions: HoursExceptionRow[];
  contactRoutes: ContactRouteRow[];
}

export const CARE_UNIT_LIMITS = { openingHours: 50, hoursExceptions: 200, contactRoutes: 30, description: 5_000 } as const;

const HSA_MESSAGE = "Ett HSA-id är SE, tio siffror, bindestreck och upp till 18 bokstäver eller siffror, t.ex. SE2321000230-1A2B.";

const hsaIdValue = () =>
  requiredText(31, "Ange enhetens HSA-id.")
    .refine((text) => parseHsaId(text) !== null, { error: HSA_MESSAGE })
    .transform((text) => parseHsaId(text)!);

const optionalDecimal = (min: number, max: number) =>
  z
    .union([decimalValue(min, max), z.null()])
    .optional()
    .transform((v) => v ?? null);

/** A clock time or nothing; its format is checked with the row (rules/hours-input.ts), where "24:00" and closed days are understood. */
const clockText = () =>
  z
    .union([z.string({ error: "Ange en tid." }).trim().max(5, { error: "Skriv tiden som TT:MM, t.ex. 08:00." }), z.null()])
    .optional()
    .transform((v) => (v ? v : null));

const weekdays = () => multiEnumValue(WEEKDAY_CODES);

const openingHoursRow = z
  .object({
    weekdays: weekdays(),
    opens: z.string({ error: "Ange en tid." }).trim(),
    closes: z.string({ error: "Ange en tid." }).trim(),
  })
  .strict();

const exceptionRow = z
  .object({
    fromDate: dateValue(),
    toDate: z
      .union([dateValue(), z.literal(""), z.null()])
      .optional()
      .transform((v) => (v ? v : null)),
    label: localizedValue(200, "Ange en benämning, t.ex. Sommartider eller Stängt för utbildning."),
    closed: booleanValue().optional().default(false),
    weekdays: weekdays().optional().default([]),
    opens: clockText(),
    closes: clockText(),
  })
  .strict();

const contactRouteRow = z
  .object({
    kind: enumValue(Object.values(ContactRouteKind)),
    label: localizedValue(200, "Ange vad vägen är till för."),
    value: requiredText(256, "Ange numret eller adressen."),
    hours: optionalLocalizedValue(500),
  })
  .strict();

export const careUnitSchema = z
  .object({
    hsaId: hsaIdValue(),
    name: requiredText(200, "Ange enhetens namn."),
    kind: enumValue(Object.values(CareUnitKind), "Välj vilken sorts enhet det är."),
    municipality: requiredText(64, "Ange kommunen."),
    address: optionalText(256),
    latitude: optionalDecimal(-90, 90),
    longitude: optionalDecimal(-180, 180),
    phone: optionalPhone(),
    webUrl: optionalUrl(),
    description: localizedValue(CARE_UNIT_LIMITS.description, "Beskriv enheten på svenska."),
    closedOnPublicHolidays: booleanValue(),
    internalPhone: optionalPhone(),
    openingHours: listValue(openingHoursRow, CARE_UNIT_LIMITS.openingHours),
    hoursExceptions: listValue(exceptionRow, CARE_UNIT_LIMITS.hoursExceptions),
    contactRoutes: listValue(contactRouteRow, CARE_UNIT_LIMITS.contactRoutes),
  })
  .strict()
  .superRefine((unit, ctx) => {
    if ((unit.latitude === null) !== (unit.longitude === null)) {
      const missing = unit.latitude === null ? "latitude" : "longitude";
      ctx.addIssue({ code: "custom", path: [missing], message: "Ange både latitud och longitud, eller ingen av dem." });
    }
    for (const problem of [...openingHoursProblems(unit.openingHours), ...exceptionProblems(unit.hoursExceptions as HoursExceptionRow[])]) {
      ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
    }
  }) as unknown as z.ZodType<CareUnitValues>;

/** The unit's page in the portal. */
export const careUnitPortalPath = (values: Pick<CareUnitValues, "hsaId">) => `/hitta-vard/${encodeURIComponent(parseHsaId(values.hsaId) ?? values.hsaId)}`;
