import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Localized } from "@vardportal/kit";
import { reasonCodes, type Criterion, type Outcome, type ReasonCode } from "../rules/eligibility.js";

export enum EligibilityCriterion {
  AGE = "AGE",
  MUNICIPALITY = "MUNICIPALITY",
  EID = "EID",
}
registerEnumType(EligibilityCriterion, { name: "EligibilityCriterion", description: "What a service asks of the visitor." });

export enum EligibilityOutcome {
  MET = "MET",
  NOT_MET = "NOT_MET",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(EligibilityOutcome, {
  name: "EligibilityOutcome",
  description: "Whether the visitor meets a criterion; UNKNOWN when they did not say what it depends on.",
});

export const EligibilityReasonCode = Object.fromEntries(reasonCodes.map((code) => [code, code])) as { [C in ReasonCode]: C };
registerEnumType(EligibilityReasonCode, { name: "EligibilityReasonCode", description: "Which reason, for a program to act on." });

@ObjectType({ description: "One criterion, its outcome for this visitor, and why, in Swedish and English." })
export class EligibilityReason {
  @Field(() => EligibilityCriterion)
  criterion!: Criterion;

  @Field(() => EligibilityOutcome)
  outcome!: Outcome;

  @Field(() => EligibilityReasonCode)
  code!: ReasonCode;

  @Field(() => Localized)
  message!: Localized;
}

@ObjectType({ description: "Whether a visitor may use an e-service, with every reason." })
export class EServiceEligibility {
  @Field(() => Boolean, { description: "Every criterion is met." })
  eligible!: boolean;

  @Field(() => Boolean, { description: "No criterion is UNKNOWN: more about the visitor would not change the answer." })
  decided!: boolean;

  @Field(() => [EligibilityReason], { description: "Every criterion, in the order age, municipality, e-ID." })
  reasons!: EligibilityReason[];
}

@ObjectType({ description: "Whether staff answer right now, and when that changes." })
export class StaffingStatus {
  @Field(() => Boolean)
  staffedNow!: boolean;

  @Field(() => Date, { nullable: true, description: "The end of the current stretch, or the start of the next; null if none in the coming week." })
  changesAt!: Date | null;
}
