import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Localized } from "@vardportal/kit";
import { FeeQuoteReason } from "../rules/fee-quote.js";
import { FeeItem } from "./fee-item.entity.js";
import { FeeSchedule } from "./fee-schedule.entity.js";

registerEnumType(FeeQuoteReason, {
  name: "FeeQuoteReason",
  description: "Why a quote is what it is.",
  valuesConfig: {
    STANDARD: { description: "The schedule line's amount." },
    FREE_BY_AGE: { description: "The patient's age on the visit day is exempt (e.g. under 20)." },
    FREE_SERVICE: { description: "The service costs nothing (a chat in Digitalen)." },
    HIGH_COST_LIMIT_REACHED: { description: "The patient holds an exemption card (frikort) on the visit day." },
    REACHES_HIGH_COST_LIMIT: { description: "This visit reaches the high-cost limit: only what is left up to it is paid." },
    MISSED_VISIT: { description: "A booked visit missed without cancelling: the missed-visit fee." },
    MISSED_VISIT_NOT_CHARGED: { description: "A missed visit of a kind that carries no missed-visit fee." },
  },
});

@ObjectType("FeeQuote", { description: "What a visit costs on its day, and why." })
export class FeeQuoteView {
  @Field(() => Int)
  amountSek!: number;

  @Field(() => FeeQuoteReason)
  reason!: FeeQuoteReason;

  @Field(() => Localized, { description: "Why, in words: Swedish and English." })
  explanation!: Localized;

  @Field(() => String)
  visitKind!: string;

  @Field(() => String)
  visitDate!: string;

  @Field(() => Boolean)
  missed!: boolean;

  @Field(() => Int, { description: "Whole years on the visit day; a birthday on that day counts." })
  ageOnVisitDate!: number;

  @Field(() => Int, { description: "What the line costs before any exemption or limit." })
  standardAmountSek!: number;

  @Field(() => Boolean, { description: "Whether the amount, once paid, counts towards the high-cost limit." })
  countsTowardsHighCost!: boolean;

  @Field(() => Boolean, { description: "Whether the patient's own high-cost account was taken into account." })
  highCostAccountApplied!: boolean;

  @Field(() => FeeItem, { description: "The schedule line the amount comes from." })
  item!: FeeItem;

  @Field(() => FeeSchedule, { description: "The schedule in force on the visit day." })
  schedule!: FeeSchedule;
}
