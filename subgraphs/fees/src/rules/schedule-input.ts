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

/** The language of the messages: the old schedule mutations answer in English, the editorial API in Swedish. */
export type MessageLanguage = "en" | "sv";

/**
 * Field messages for a schedule an editor writes; empty when it can be saved. Whether its period
 * overlaps another published schedule is checked against the database, when it is published.
 */
export function checkScheduleInput(input: ScheduleInput, language: MessageLanguage = "en"): FieldErrors {
  const errors: FieldErrors = {};
  const add = (field: string, en: string, sv: string) => (errors[field] ??= []).push(language === "sv" ? sv : en);
  const { maxAge, maxAmountSek, maxPeriodMonths, maxItems } = SCHEDULE_LIMITS;

  if (!input.region.trim()) add("region", "Name the region the schedule belongs to.", "Ange vilken region taxan gäller.");
  else if (input.region.trim().length > 64) add("region", "At most 64 characters.", "Högst 64 tecken.");
  if (language === "sv") Object.assign(errors, checkLocalizedSv(input.title, "title", 200));
  else Object.assign(errors, checkLocalized(input.title, "title", 200));

  const validFrom = parseIsoDate(input.validFrom);
  if (!validFrom) add("validFrom", 'Expected a date written "YYYY-MM-DD".', "Skriv datumet som ÅÅÅÅ-MM-DD.");
  if (input.validTo) {
    const validTo = parseIsoDate(input.validTo);
    if (!validTo) add("validTo", 'Expected a date written "YYYY-MM-DD", or nothing for "until further notice".', "Skriv datumet som ÅÅÅÅ-MM-DD, eller lämna tomt för tills vidare.");
    else if (validFrom && validTo < validFrom) add("validTo", "The last day cannot come before the first.", "Sista dagen kan inte komma före första.");
  }

  for (const field of ["freeUnderAge", "freeFromAge"] as const) {
    const age = input[field];
    if (age !== null && age !== undefined && !wholeNumberIn(age, 1, maxAge)) add(field, `A whole number of years from 1 to ${maxAge}, or nothing.`, `Ett helt antal år från 1 till ${maxAge}, eller tomt.`);
  }
  if (typeof input.freeUnderAge === "number" && typeof input.freeFromAge === "number" && input.freeFromAge <= input.freeUnderAge) {
    add("freeFromAge", "Must be higher than the age under which care is free; otherwise every age would be free.", "Måste vara högre än åldern under vilken vården är avgiftsfri; annars vore alla åldrar fria.");
  }
  if (!wholeNumberIn(input.highCostLimitSek, 1, maxAmountSek)) add("highCostLimitSek", `Whole kronor from 1 to ${maxAmountSek}.`, `Hela kronor från 1 till ${maxAmountSek}.`);
  if (!wholeNumberIn(input.highCostPeriodMonths, 1, maxPeriodMonths)) add("highCostPeriodMonths", `Whole months from 1 to ${maxPeriodMonths}.`, `Hela månader från 1 till ${maxPeriodMonths}.`);

  if (input.items.length === 0) add("items", "A schedule needs at least one line.", "En taxa behöver minst en rad.");
  if (input.items.length > maxItems) add("items", `At most ${maxItems} lines.`, `Högst ${maxItems} rader.`);
  const seen = new Set<string>();
  input.items.forEach((item, i) => {
    const at = `items.${i}`;
    if (!isVisitKindCode(item.visitKind)) {
      add(`${at}.visitKind`, "Capital letters, digits and _ only, starting with a letter, at most 32 characters.", "Bara versaler A–Z, siffror och _, med en bokstav först, högst 32 tecken (t.ex. HEALTH_CENTRE_VISIT).");
    } else if (seen.has(item.visitKind)) add(`${at}.visitKind`, "Each kind of visit can have only one line.", "Varje besökstyp kan bara ha en rad.");
    seen.add(item.visitKind);
    if (language === "sv") Object.assign(errors, checkLocalizedSv(item.label, `${at}.label`, 300));
    else Object.assign(errors, checkLocalized(item.label, `${at}.label`, 300));
    if (!wholeNumberIn(item.amountSek, 0, maxAmountSek)) add(`${at}.amountSek`, `Whole kronor from 0 to ${maxAmountSek}.`, `Hela kronor från 0 till ${maxAmountSek}.`);
    if (item.visitKind === VisitKind.MISSED_VISIT) {
      if (item.countsTowardsHighCost) add(`${at}.countsTowardsHighCost`, "A missed-visit fee never counts towards high-cost protection.", "En avgift för uteblivet besök räknas aldrig in i högkostnadsskyddet.");
      if (item.chargedWhenMissed) add(`${at}.chargedWhenMissed`, "The missed-visit line is itself the fee for a missed visit.", "Raden för uteblivet besök är själv avgiften för ett uteblivet besök.");
    }
    if (new Set(item.unitKinds).size !== item.unitKinds.length) add(`${at}.unitKinds`, "Name each kind of care unit once.", "Välj varje sorts vårdenhet en gång.");
  });
  return errors;
}

/** The kit's localized check, in Swedish. */
function checkLocalizedSv(value: { sv: string; en?: string | null } | undefined, field: string, max: number): FieldErrors {
  const errors: FieldErrors = {};
  if (!value || !value.sv || !value.sv.trim()) errors[`${field}.sv`] = ["Ange en svensk text."];
  else if (value.sv.length > max) errors[`${field}.sv`] = [`Högst ${max} tecken.`];
  if (value?.en && value.en.length > max) errors[`${field}.en`] = [`Högst ${max} tecken.`];
  return errors;
}
