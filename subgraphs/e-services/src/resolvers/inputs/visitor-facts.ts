import { validationFailed, type FieldErrors } from "@vardportal/kit";
import { canonicalMunicipality } from "../../rules/municipalities.js";

export const MAX_AGE = 130;

/**
 * The age and municipality of a filter or a visitor, checked once for both: an age out of range or a
 * municipality that cannot be a name is refused with VALIDATION_FAILED and the field named; a name
 * is returned in its canonical spelling. `prefix` names the argument the fields sit in.
 */
export function readVisitorFacts(input: { age?: number | null; municipality?: string | null } | null | undefined, prefix: string) {
  const errors: FieldErrors = {};
  const age = input?.age ?? null;
  if (age !== null && (!Number.isInteger(age) || age < 0 || age > MAX_AGE)) errors[`${prefix}.age`] = [`An age in whole years, 0 to ${MAX_AGE}.`];
  const given = input?.municipality?.trim() ? input.municipality : null;
  const municipality = given === null ? null : canonicalMunicipality(given);
  if (given !== null && municipality === null) errors[`${prefix}.municipality`] = ["A municipality's name: letters, spaces and hyphens, at most 64."];
  if (Object.keys(errors).length) throw validationFailed(errors);
  return { age, municipality };
}
