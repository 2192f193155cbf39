import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { badUserInput } from "../errors.js";
import { parsePersonnummer, personnummerMessages, type PersonnummerProblem } from "../personnummer.js";

/** The field a refusal names when the schema does not say otherwise: the usual argument and form field name. */
const DEFAULT_FIELD = "personnummer";

/**
 * The coded refusal of a personnummer: BAD_USER_INPUT, the Swedish and the English text as the
 * message (also apart, in `messages`), the reason as `problem` and the field to show it beside.
 */
export function personnummerRefused(problem: PersonnummerProblem, field = DEFAULT_FIELD): GraphQLError {
  const messages = personnummerMessages[problem];
  return badUserInput(`${messages.sv} / ${messages.en}`, field, { problem, messages });
}

/**
 * A personnummer or samordningsnummer in any form people write it, as its twelve digits; anything
 * else is refused with the coded error naming `field` (e.g. "dependant.personnummer").
 */
export function requirePersonnummer(input: unknown, field = DEFAULT_FIELD): string {
  if (typeof input !== "string") throw personnummerRefused("FORMAT", field);
  const result = parsePersonnummer(input);
  if (!result.ok) throw personnummerRefused(result.problem, field);
  return result.personnummer.value;
}

/**
 * `Personnummer`: accepts every form `parsePersonnummer` accepts and always gives back twelve digits,
 * so resolvers and clients see one form only. A value that cannot be a personnummer is refused
 * before any resolver runs, with the coded error above (field "personnummer").
 */
export const PersonnummerScalar = new GraphQLScalarType<string, string>({
  name: "Personnummer",
  description:
    "A Swedish personnummer or samordningsnummer. Accepted as YYYYMMDD-XXXX, YYMMDD-XXXX (+ from a hundred years old) or without the dash; always returned as twelve digits.",
  serialize(value) {
    // What we send comes from our own data: a bad one is our bug, not the client's input.
    const result = typeof value === "string" ? parsePersonnummer(value) : null;
    if (!result?.ok) throw new GraphQLError("A stored personnummer is not valid.");
    return result.personnummer.value;
  },
  parseValue: (value) => requirePersonnummer(value),
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw personnummerRefused("FORMAT");
    return requirePersonnummer(ast.value);
  },
});
