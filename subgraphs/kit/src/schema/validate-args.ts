import { validateOrReject, type ValidationError, type ValidatorOptions } from "class-validator";
import { ArgumentValidationError, type ValidatorFn } from "type-graphql";

/** type-graphql's own defaults for `validate: true`. */
const options: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/** Input objects (and lists of them) carry class-validator rules; scalars do not, a Date included. */
const hasRules = (value: unknown): value is object => value !== null && typeof value === "object" && !(value instanceof Date);

/**
 * What `validate: true` does — class-validator on every object argument, failures as type-graphql's
 * ArgumentValidationError (format-error.ts turns it into VALIDATION_FAILED) — with class-validator imported
 * once, here. type-graphql's own path runs `await import("class-validator")` for each such argument of each
 * resolver call. A service run from its TypeScript under tsx (as scripts/lib/stack.mjs has started them) has
 * each dynamic import answered by the module hooks' thread, some event-loop turns later: a field resolver per
 * list item (openingStatus(at:) on a page of 100 units) reached its DataLoader in several waves, one batch
 * each, and a page's SQL statements grew with its length (issue 11: 6 to 10 for 100 units, 4 for 3). Plain
 * Node resolves them in the same turn, which only hides it. From here the check takes no event-loop turn,
 * under either: a page's loads stay one batch. (Skipping a Date changes nothing: it has no rules.)
 */
export const validateArgs: ValidatorFn = (value) => {
  if (!hasRules(value)) return;
  const check = Array.isArray(value) ? Promise.all(value.filter(hasRules).map((item) => validateOrReject(item, options))) : validateOrReject(value, options);
  return check.then(
    () => undefined,
    (errors: ValidationError[]) => {
      throw new ArgumentValidationError(errors);
    },
  );
};
