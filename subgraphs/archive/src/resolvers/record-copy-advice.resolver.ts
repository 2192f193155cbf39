import { Arg, Field, InputType, ObjectType, Query, Resolver, registerEnumType } from "type-graphql";
import { Localized, localized } from "@vardportal/kit";
import { recordCopyAdvice, type AdviceAnswer, type PersonState, type ProviderKind, type RecordPeriod, type Whose } from "../rules/record-copy-advice.js";

/** The rule's string unions as GraphQL enums: the same names, so the rule stays free of GraphQL. */
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const WhoseEnum = enumOf<Whose>(["OWN", "CHILD", "DECEASED_RELATIVE", "PRINCIPAL"]);
export const RecordPeriodEnum = enumOf<RecordPeriod>(["CURRENT", "OLDER_PAPER", "UNKNOWN"]);
export const ProviderKindEnum = enumOf<ProviderKind>(["REGION", "PRIVATE_PROVIDER", "CLOSED_PRIVATE_PROVIDER", "MUNICIPAL_SCHOOL", "OTHER_REGION"]);
export const PersonStateEnum = enumOf<PersonState>(["LIVING", "RECENTLY_DECEASED", "DIED_LONG_AGO"]);
export const AdviceAnswerEnum = enumOf<AdviceAnswer>(["CARE_UNIT", "ARCHIVE", "OTHER_BODY"]);
registerEnumType(WhoseEnum, { name: "RecordWhose", description: "Whose record: one's own, one's child's, a deceased relative's, or a principal's as legal representative." });
registerEnumType(RecordPeriodEnum, { name: "RecordPeriod", description: "CURRENT: written now or in recent years; OLDER_PAPER: older records on paper." });
registerEnumType(ProviderKindEnum, { name: "RecordProviderKind" });
registerEnumType(PersonStateEnum, { name: "RecordPersonState" });
registerEnumType(AdviceAnswerEnum, { name: "RecordCopyAnswer", description: "Where to ask: the care unit, the archive, or another body." });

@InputType()
export class RecordCopyAdviceInput {
  @Field(() => WhoseEnum)
  whose!: Whose;

  @Field(() => RecordPeriodEnum)
  period!: RecordPeriod;

  @Field(() => ProviderKindEnum)
  provider!: ProviderKind;

  @Field(() => PersonStateEnum)
  person!: PersonState;
}

@ObjectType({ description: "Where to ask for a copy of a record, how, and why." })
export class RecordCopyAdvice {
  @Field(() => AdviceAnswerEnum)
  answer!: AdviceAnswer;

  @Field(() => Localized, { description: "Who to contact and how." })
  contact!: Localized;

  @Field(() => [Localized])
  reasons!: Localized[];

  @Field(() => [Localized], { description: "What the request must carry, given whose record it is." })
  requirements!: Localized[];

  @Field(() => Boolean, { description: "True when the archive is the answer: the portal's request form applies." })
  requestHere!: boolean;
}

@Resolver(() => RecordCopyAdvice)
export class RecordCopyAdviceResolver {
  @Query(() => RecordCopyAdvice, { description: "Where to ask for a copy of a record (shared/DOMAIN.md); open to everyone." })
  recordCopyAdvice(@Arg("input", () => RecordCopyAdviceInput) input: RecordCopyAdviceInput): RecordCopyAdvice {
    const advice = recordCopyAdvice(input);
    const text = (t: { sv: string; en: string }) => localized(t.sv, t.en);
    return { ...advice, contact: text(advice.contact), reasons: advice.reasons.map(text), requirements: advice.requirements.map(text) };
  }
}
