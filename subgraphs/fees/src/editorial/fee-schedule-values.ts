import { z } from "zod";
import { booleanValue, dateValue, enumValue, listValue, localizedValue, multiEnumValue } from "@vardportal/kit";
import { CareUnitKind } from "../entities/care-unit-kind.js";
import { checkScheduleInput, SCHEDULE_LIMITS } from "../rules/schedule-input.js";
import { normalizeVisitKind } from "../rules/visit-kind.js";

/**
 * A fee schedule's values as the editorial engine carries them (decision 019): the schedule's columns
 * and its lines as a LIST field. The shape is checked here; the rules an editor must follow (whole
 * kronor, one line per visit kind, the missed-visit line, ages) are the schedule rule's
 * (rules/schedule-input.ts), the same the older schedule mutations use, with Swedish messages.
 */
export interface FeeItemValues {
  visitKind: string;
  label: { sv: string; en: string | null };
  amountSek: number;
  countsTowardsHighCost: boolean;
  chargedWhenMissed: boolean;
  unitKinds: CareUnitKind[];
}

export interface FeeScheduleValues extends Record<string, unknown> {
  title: { sv: string; en: string | null };
  validFrom: string;
  validTo: string | null;
  freeUnderAge: number | null;
  freeFromAge: number | null;
  ageExemptionCoversMissedVisits: boolean;
  highCostLimitSek: number;
  highCostPeriodMonths: number;
  items: FeeItemValues[];
}

/** A number; whether it is whole and within range is the schedule rule's to say. */
const number = (message: string) => z.number({ error: message });
const optionalNumber = (message: string) =>
  z
    .union([number(message), z.null()])
    .optional()
    .transform((v) => v ?? null);

export const feeItemSchema = z
  .object({
    visitKind: z.string({ error: "Ange en kod för besökstypen, t.ex. HEALTH_CENTRE_VISIT." }).transform(normalizeVisitKind),
    label: localizedValue(300, "Ange vad raden gäller på svenska."),
    amountSek: number("Ange beloppet i hela kronor."),
    countsTowardsHighCost: booleanValue(),
    chargedWhenMissed: booleanValue().optional().default(false),
    unitKinds: multiEnumValue(Object.values(CareUnitKind)).optional().default([]),
  })
  .strict();

/** The schedule rule's messages, at their paths ("items.2.amountSek"), as issues of the schema. */
function ruleIssues(values: FeeScheduleValues, ctx: z.RefinementCtx): void {
  const errors = checkScheduleInput({ ...values, region: "-" }, "sv");
  for (const [path, messages] of Object.entries(errors)) {
    const segments = path.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    for (const message of messages) ctx.addIssue({ code: "custom", path: segments, message });
  }
}

export const feeScheduleSchema = z
  .object({
    title: localizedValue(200, "Ange taxans namn på svenska."),
    validFrom: dateValue(),
    validTo: z
      .union([dateValue(), z.literal(""), z.null()])
      .optional()
      .transform((v) => (v ? v : null)),
    freeUnderAge: optionalNumber("Ange en ålder i hela år, eller lämna tomt."),
    freeFromAge: optionalNumber("Ange en ålder i hela år, eller lämna tomt."),
    ageExemptionCoversMissedVisits: booleanValue().optional().default(true),
    highCostLimitSek: number("Ange högkostnadsskyddets gräns i hela kronor."),
    highCostPeriodMonths: number("Ange periodens längd i hela månader.").optional().default(12),
    items: listValue(feeItemSchema, SCHEDULE_LIMITS.maxItems),
  })
  .strict()
  .superRefine((values, ctx) => ruleIssues(values as FeeScheduleValues, ctx)) as unknown as z.ZodType<FeeScheduleValues>;

/** The fees page of the schedule's region, on the schedule's first day, so the page shows this schedule. */
export const feeSchedulePortalPath = (values: { region: string; validFrom: string }) =>
  `/avgifter?region=${encodeURIComponent(values.region)}&datum=${encodeURIComponent(values.validFrom)}`;
