import type { GraphQLError } from "graphql";
import { badUserInput, conflict } from "@vardportal/kit";

export interface InputProblem {
  field: string;
  problem: string;
  sv: string;
  en: string;
}

/**
 * The coded refusal of an input, as the fees subgraph makes it: BAD_USER_INPUT naming the first field
 * at fault (`field`), its reason (`problem`), both languages (`messages`), and every field's Swedish
 * text in `fieldErrors`, so a form shows them all at once.
 */
export function inputRefused(problems: readonly [InputProblem, ...InputProblem[]]): GraphQLError {
  const [first] = problems;
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(p.sv);
  return badUserInput(`${first.sv} / ${first.en}`, first.field, { problem: first.problem, messages: { sv: first.sv, en: first.en }, fieldErrors });
}

/** A step the request is not ready for: CONFLICT, with the status it is actually in. */
export function stepOutOfOrder(problem: InputProblem, currentStatus: string): GraphQLError {
  const error = conflict(`${problem.sv} / ${problem.en}`, { status: currentStatus });
  Object.assign(error.extensions, { problem: problem.problem, field: problem.field, messages: { sv: problem.sv, en: problem.en } });
  return error;
}
