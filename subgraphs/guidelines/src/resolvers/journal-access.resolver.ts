import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "@vardportal/kit";
import { accessToolRoles } from "../access.js";
import { AccessScenarioInput, NoteInput, ResidentAccessQuestionInput } from "../access-rules/inputs.js";
import { inputRefused, presentAccess, presentNote, presentParty, reason } from "../access-rules/present.js";
import { AccessReason, JournalAccessAnswer, NoteVisibilityAnswer, ResidentAccessAnswer } from "../access-rules/types.js";
import { checkAccessScenario } from "../rules/access-scenario.js";
import { stockholmDate } from "../rules/calendar.js";
import { problem } from "../rules/input-problem.js";
import { journalAccess } from "../rules/journal-access.js";
import { checkNote, noteVisibility } from "../rules/note-visibility.js";
import { rules, type RuleCode } from "../rules/rule-catalogue.js";

/** The journal-access rules as an API; every answer comes from the pure functions in rules/. */
@Resolver()
export class JournalAccessResolver {
  @Query(() => JournalAccessAnswer, { description: "Staff: who in this family may use the e-services and read the journal, and why. Refused with BAD_USER_INPUT and field errors." })
  @Authorized(...accessToolRoles)
  journalAccess(@Arg("scenario", () => AccessScenarioInput) scenario: AccessScenarioInput, @Ctx() ctx: SubgraphContext): JournalAccessAnswer {
    const checked = checkAccessScenario({ ...scenario, on: scenario.on?.trim() || stockholmDate(ctx.now) });
    if (!checked.ok) throw inputRefused(checked.problems);
    return presentAccess(journalAccess(checked.value));
  }

  @Query(() => NoteVisibilityAnswer, { description: "Staff: whether a note shows in the journal online, and why." })
  @Authorized(...accessToolRoles)
  noteVisibility(@Arg("note", () => NoteInput) note: NoteInput, @Ctx() ctx: SubgraphContext): NoteVisibilityAnswer {
    const checked = checkNote({ ...note, on: note.on?.trim() || stockholmDate(ctx.now) });
    if (!checked.ok) throw inputRefused(checked.problems);
    return presentNote(noteVisibility(checked.value));
  }

  @Query(() => ResidentAccessAnswer, { description: "Anyone: what a guardian and a child can reach online today, from the same rules staff use." })
  explainJournalAccess(@Arg("question", () => ResidentAccessQuestionInput) question: ResidentAccessQuestionInput, @Ctx() ctx: SubgraphContext): ResidentAccessAnswer {
    if (!Number.isInteger(question.childAge) || question.childAge < 0 || question.childAge > 17) {
      throw inputRefused([problem("childAge", "AGE_OUT_OF_RANGE", "Barnets ålder ska vara mellan 0 och 17 år.", "The child's age must be from 0 to 17.")]);
    }
    const you = "Du";
    const checked = checkAccessScenario({
      region: question.region,
      on: stockholmDate(ctx.now),
      person: { age: question.childAge, protectedIdentity: question.childProtectedIdentity },
      guardians: [{ name: you, protectedIdentity: question.guardianProtectedIdentity, ownJournalSealed: question.guardianOwnJournalSealed }],
      grants: question.guardianGranted ? [{ to: "GUARDIAN", guardian: you }] : [],
    });
    if (!checked.ok) throw inputRefused(checked.problems);
    const [child, guardian] = journalAccess(checked.value).parties.map(presentParty) as [ReturnType<typeof presentParty>, ReturnType<typeof presentParty>];
    return { you: { ...guardian, name: null }, child };
  }

  @Query(() => [AccessReason], { description: "Every journal-access rule with its text and source, for reference pages." })
  accessRules(): AccessReason[] {
    return (Object.keys(rules) as RuleCode[]).map(reason);
  }
}
