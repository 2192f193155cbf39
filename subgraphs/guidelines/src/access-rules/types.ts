import { Field, Int, ObjectType } from "type-graphql";
import { Localized } from "@vardportal/kit";
import { AccessFlagCode, AccessParty, AccessRule, JournalReach, RuleSourceId } from "./enums.js";

@ObjectType({ description: "A source document a rule comes from." })
export class RuleSource {
  @Field(() => RuleSourceId)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  publisher!: string;

  @Field(() => String)
  region!: string;

  @Field(() => String, { description: "The file in shared/seeds the facts were taken from." })
  seedFile!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType({ description: "One reason in an answer: the rule, its text and its source." })
export class AccessReason {
  @Field(() => AccessRule)
  rule!: string;

  @Field(() => Localized)
  text!: Localized;

  @Field(() => RuleSource)
  source!: RuleSource;
}

@ObjectType({ description: "What one party in the family may reach online, and why." })
export class PartyAccess {
  @Field(() => AccessParty)
  party!: string;

  @Field(() => String, { nullable: true, description: "The guardian's or representative's name as given; null for the person." })
  name!: string | null;

  @Field(() => Boolean, { description: "May use the 1177 e-services (for the person, or for the child as proxy)." })
  eServices!: boolean;

  @Field(() => JournalReach)
  journal!: string;

  @Field(() => [String], { description: "With PARTIAL: the only units shown." })
  visibleUnits!: string[];

  @Field(() => [String], { description: "Units sealed for this party." })
  hiddenUnits!: string[];

  @Field(() => [AccessReason])
  reasons!: AccessReason[];
}

@ObjectType({ description: "Something to act on beside the answer, such as a seal's reminder." })
export class AccessFlag {
  @Field(() => AccessFlagCode)
  code!: string;

  @Field(() => String, { description: 'The measure it concerns, as a path into the input, e.g. "seals.0".' })
  field!: string;

  @Field(() => String, { nullable: true })
  date!: string | null;

  @Field(() => AccessReason)
  reason!: AccessReason;
}

@ObjectType({ description: "Who in the family may use the e-services and read the journal on the day, and why." })
export class JournalAccessAnswer {
  @Field(() => String)
  region!: string;

  @Field(() => String)
  on!: string;

  @Field(() => Int, { description: "The person's age on the day." })
  age!: number;

  @Field(() => [PartyAccess], { description: "The person first, then each guardian in the order given, then the representative." })
  parties!: PartyAccess[];

  @Field(() => [AccessFlag])
  flags!: AccessFlag[];
}

@ObjectType({ description: "Whether a note shows in the journal online, and why." })
export class NoteVisibilityAnswer {
  @Field(() => Boolean)
  visible!: boolean;

  @Field(() => String, { nullable: true, description: "When a delayed note shows by itself; null when it never will." })
  visibleFrom!: string | null;

  @Field(() => [AccessReason])
  reasons!: AccessReason[];
}

@ObjectType({ description: "A resident's answer: what you and your child can reach online, in plain words." })
export class ResidentAccessAnswer {
  @Field(() => PartyAccess, { description: "You, as the child's guardian." })
  you!: PartyAccess;

  @Field(() => PartyAccess)
  child!: PartyAccess;
}
