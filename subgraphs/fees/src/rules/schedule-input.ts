import { checkLocalized, type FieldErrors } from "@vardportal/kit";
import { parseIsoDate } from "./calendar-date.js";
import { isVisitKindCode, VisitKind } from "./visit-kind.js";

/** What an editor sends for a schedule: the whole schedule, lines included, on create and on update alike. */
export interface ScheduleInput {
  region: string;
  title: { sv: string; en?: string | null };
  validFrom: string;
  validTo?: string | null;
  freeUnderAge?: number | null;
  freeFromAge?: number | null;
  highCostLimitSek: number;
  highCostPeriodMonths: number;
  items: {
    visitKind: string;
    label: { sv: string; en?: string | null };
    amountSek: number;
    countsTowardsHighCost: boolean;
    chargedWhenMissed: boolean;
    unitKinds: readonly string[];
  }[];
}

export const SCHEDULE_LIMITS = { maxAge: 130, maxAmountSek: 100_000, maxPeriodMonths: 36, maxItems: 50 } as const;

const wholeNumberIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/**
 * Field messages for a schedule an editor writes; empty when it can be saved. Whether its period
 * overlaps another published schedule is checked against the database, when it is published.
 */
export function checkScheduleInput(input: ScheduleInput): FieldErrors {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const { maxAge, maxAmountSek, maxPeriodMonths, maxItems } = SCHEDULE_LIMITS;

  if (!input.region.trim()) add("region", "Name the region the schedule belongs to.");
  else if (input.region.trim().length > 64) add("region", "At most 64 characters.");
  Object.assign(errors, checkLocalized(input.title, "title", 200));

  const validFrom = parseIsoDate(input.validFrom);
  if (!validFrom) add("validFrom", 'Expected a date written "YYYY-MM-DD".');
  if (input.validTo) {
    const validTo = parseIsoDate(input.validTo);
    if (!validTo) add("validTo", 'Expected a date written "YYYY-MM-DD", or nothing for "until further notice".');
    else if (validFrom && validTo < validFrom) add("validTo", "The last day cannot come before the first.");
  }

  for (const field of ["freeUnderAge", "freeFromAge"] as const) {
    const age = input[field];
    if (age !== null && age !== undefined && !wholeNumberIn(age, 1, maxAge)) add(field, `A whole number of years from 1 to ${maxAge}, or nothing.`);
  }
  if (typeof input.freeUnderAge === "number" && typeof input.freeFromAge === "number" && input.freeFromAge <= input.freeUnderAge) {
    add("freeFromAge", "Must be higher than the age under which care is free; otherwise every age would be free.");
  }
  if (!wholeNumberIn(input.highCostLimitSek, 1, maxAmountSek)) add("highCostLimitSek", `Whole kronor from 1 to ${maxAmountSek}.`);
  if (!wholeNumberIn(input.highCostPeriodMonths, 1, maxPeriodMonths)) add("highCostPeriodMonths", `Whole months from 1 to ${maxPeriodMonths}.`);

  if (input.items.length === 0) add("items", "A schedule needs at least one line.");
  if (input.items.length > maxItems) add("items", `At most ${maxItems} lines.`);
  const seen = new Set<string>();
  input.items.forEach((item, i) => {
    const at = `items.${i}`;
    if (!isVisitKindCode(item.visitKind)) add(`${at}.visitKind`, "Capital letters, digits and _ only, starting with a letter, at most 32 characters.");
    else if (seen.has(item.visitKind)) add(`${at}.visitKind`, "Each kind of visit can have only one line.");
    seen.add(item.visitKind);
    Object.assign(errors, checkLocalized(item.label, `${at}.label`, 300));
    if (!wholeNumberIn(item.amountSek, 0, maxAmountSek)) add(`${at}.amountSek`, `Whole kronor from 0 to ${maxAmountSek}.`);
    if (item.visitKind === VisitKind.MISSED_VISIT) {
      if (item.countsTowardsHighCost) add(`${at}.countsTowardsHighCost`, "A missed-visit fee never counts towards high-cost protection.");
      if (item.chargedWhenMissed) add(`${at}.chargedWhenMissed`, "The missed-visit line is itself the fee for a missed visit.");
    }
    if (new Set(item.unitKinds).size !== item.unitKinds.length) add(`${at}.unitKinds`, "Name each kind of care unit once.");
  });
  return errors;
}
