import type { GraphQLError } from "graphql";
import { badUserInput } from "@vardportal/kit";
import type { InputProblem } from "./rules/quote-input.js";

/**
 * The coded refusal of an input: BAD_USER_INPUT naming the first field at fault (`field`), its
 * reason (`problem`) and its text in both languages (`messages`, and together as the message), the
 * way the kit refuses a personnummer; `fieldErrors` holds every field's Swedish text, so a form can
 * show them all at once (and because the gateway passes `fieldErrors` on to clients).
 */
export function inputRefused(problems: readonly [InputProblem, ...InputProblem[]]): GraphQLError {
  const [first] = problems;
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(p.sv);
  return badUserInput(`${first.sv} / ${first.en}`, first.field, { problem: first.problem, messages: { sv: first.sv, en: first.en }, fieldErrors });
}
