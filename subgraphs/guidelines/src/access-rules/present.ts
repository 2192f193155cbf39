import type { GraphQLError } from "graphql";
import { badUserInput, localized } from "@vardportal/kit";
import type { InputProblem } from "../rules/input-problem.js";
import type { AccessAnswer, AccessFlag as RuleFlag, PartyAnswer } from "../rules/journal-access.js";
import type { NoteAnswer } from "../rules/note-visibility.js";
import { rules, type RuleCode } from "../rules/rule-catalogue.js";
import { sources } from "../rules/sources.js";
import type { AccessFlag, AccessReason, JournalAccessAnswer, NoteVisibilityAnswer, PartyAccess } from "./types.js";

/** A rule code as the API gives it: the code, its text in both languages and its source document. */
export function reason(code: RuleCode): AccessReason {
  const rule = rules[code];
  return { rule: code, text: localized(rule.sv, rule.en), source: sources[rule.source] };
}

export const presentParty = (party: PartyAnswer): PartyAccess => ({ ...party, reasons: party.reasons.map(reason) });
const presentFlag = (flag: RuleFlag): AccessFlag => ({ code: flag.code, field: flag.field, date: flag.date, reason: reason(flag.rule) });

export const presentAccess = (answer: AccessAnswer): JournalAccessAnswer => ({ ...answer, parties: answer.parties.map(presentParty), flags: answer.flags.map(presentFlag) });
export const presentNote = (answer: NoteAnswer): NoteVisibilityAnswer => ({ ...answer, reasons: answer.reasons.map(reason) });

/**
 * The coded refusal of an input, as the fees subgraph refuses a quote: BAD_USER_INPUT naming the
 * first field at fault (`field`), its `problem` and its text in both languages (`messages`);
 * `fieldErrors` holds every field's Swedish text, so a form shows them all at once.
 */
export function inputRefused(problems: readonly [InputProblem, ...InputProblem[]], prefix = ""): GraphQLError {
  const [first] = problems;
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[`${prefix}${p.field}`] ??= []).push(p.sv);
  return badUserInput(`${first.sv} / ${first.en}`, `${prefix}${first.field}`, { problem: first.problem, messages: { sv: first.sv, en: first.en }, fieldErrors });
}
