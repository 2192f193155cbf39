import { registerEnumType } from "type-graphql";
import { rules, type RuleCode } from "../rules/rule-catalogue.js";

/**
 * The rules' string unions as GraphQL enums. Each object lists the union's members, so TypeScript
 * refuses a member the rules add and the schema forgets.
 */
const enumOf = <T extends string>(members: Record<T, T>) => members;

export const MeasureInitiator = enumOf<"RESIDENT" | "CARE">({ RESIDENT: "RESIDENT", CARE: "CARE" });
export const GrantTo = enumOf<"CHILD" | "GUARDIAN">({ CHILD: "CHILD", GUARDIAN: "GUARDIAN" });
export const AccessParty = enumOf<"PERSON" | "GUARDIAN" | "LEGAL_REPRESENTATIVE">({ PERSON: "PERSON", GUARDIAN: "GUARDIAN", LEGAL_REPRESENTATIVE: "LEGAL_REPRESENTATIVE" });
export const JournalReach = enumOf<"FULL" | "PARTIAL" | "NONE">({ FULL: "FULL", PARTIAL: "PARTIAL", NONE: "NONE" });
export const AccessFlagCode = enumOf<"SEAL_ENDS_WITHIN_A_WEEK" | "LOCK_ENDS_AUTOMATICALLY" | "MEASURE_NOT_IN_FORCE">({
  SEAL_ENDS_WITHIN_A_WEEK: "SEAL_ENDS_WITHIN_A_WEEK",
  LOCK_ENDS_AUTOMATICALLY: "LOCK_ENDS_AUTOMATICALLY",
  MEASURE_NOT_IN_FORCE: "MEASURE_NOT_IN_FORCE",
});
export const NoteTemplate = enumOf<"STANDARD" | "EARLY_HYPOTHESES" | "VIOLENCE_IN_CLOSE_RELATIONSHIPS" | "CHILD_AT_RISK" | "SOCIAL_SERVICES_HEALTH_EXAMINATION">({
  STANDARD: "STANDARD",
  EARLY_HYPOTHESES: "EARLY_HYPOTHESES",
  VIOLENCE_IN_CLOSE_RELATIONSHIPS: "VIOLENCE_IN_CLOSE_RELATIONSHIPS",
  CHILD_AT_RISK: "CHILD_AT_RISK",
  SOCIAL_SERVICES_HEALTH_EXAMINATION: "SOCIAL_SERVICES_HEALTH_EXAMINATION",
});
export const NoteKind = enumOf<"NOTE" | "REFERRAL" | "REFERRAL_ANSWER">({ NOTE: "NOTE", REFERRAL: "REFERRAL", REFERRAL_ANSWER: "REFERRAL_ANSWER" });
export const NoteUnitKind = enumOf<"SOMATIC" | "ADULT_PSYCHIATRY" | "CHILD_PSYCHIATRY" | "FORENSIC_PSYCHIATRY">({
  SOMATIC: "SOMATIC",
  ADULT_PSYCHIATRY: "ADULT_PSYCHIATRY",
  CHILD_PSYCHIATRY: "CHILD_PSYCHIATRY",
  FORENSIC_PSYCHIATRY: "FORENSIC_PSYCHIATRY",
});
export const AccessRule = Object.fromEntries(Object.keys(rules).map((code) => [code, code])) as Record<RuleCode, RuleCode>;
export const RuleSourceId = enumOf<"KRONOBERG_1177_JOURNAL" | "SKANE_JOURNALEN_VIA_NATET">({ KRONOBERG_1177_JOURNAL: "KRONOBERG_1177_JOURNAL", SKANE_JOURNALEN_VIA_NATET: "SKANE_JOURNALEN_VIA_NATET" });

registerEnumType(MeasureInitiator, { name: "MeasureInitiator", description: "Who asked for a measure: the resident (or a guardian for a child) or care." });
registerEnumType(GrantTo, { name: "AccessGrantTo", description: "Who a decision on access for ages 13–15 is for." });
registerEnumType(AccessParty, { name: "AccessParty", description: "A party in the family: the person, a guardian, a court-appointed legal representative." });
registerEnumType(JournalReach, { name: "JournalReach", description: "FULL: the journal, less hidden units; PARTIAL: only the visible units; NONE: nothing." });
registerEnumType(AccessFlagCode, { name: "AccessFlagCode", description: "Something staff should act on beside the answer." });
registerEnumType(NoteTemplate, { name: "NoteTemplate", description: "The journal template a note is written in." });
registerEnumType(NoteKind, { name: "NoteKind" });
registerEnumType(NoteUnitKind, { name: "NoteUnitKind", description: "The kind of unit that wrote the note." });
registerEnumType(AccessRule, { name: "AccessRule", description: "A journal-access rule; its text and source come with every reason." });
registerEnumType(RuleSourceId, { name: "RuleSourceId", description: "The source document of a rule." });
