import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { localized, type SubgraphContext } from "@vardportal/kit";
import { isOwnPersonnummer } from "../access.js";
import { FeeQuoteView } from "../entities/fee-quote.type.js";
import { FeeItem } from "../entities/fee-item.entity.js";
import { prepareQuote, type PreparedQuote } from "../quotes.js";
import { FeeQuoteInput } from "./inputs/fee-quote.input.js";

/** The GraphQL shape of a prepared quote; recordFeePayment answers with the same. */
export function toQuoteView({ quote, schedule, input }: PreparedQuote): FeeQuoteView {
  return {
    amountSek: quote.amountSek,
    reason: quote.reason,
    explanation: localized(quote.explanation.sv, quote.explanation.en),
    visitKind: input.visitKind,
    visitDate: input.visitDate,
    missed: input.missed,
    ageOnVisitDate: quote.ageOnVisitDate,
    standardAmountSek: quote.standardAmountSek,
    countsTowardsHighCost: quote.countsTowardsHighCost,
    highCostAccountApplied: quote.highCostAccountApplied,
    item: quote.item as FeeItem,
    schedule,
  };
}

@Resolver(() => FeeQuoteView)
export class FeeQuoteResolver {
  @Query(() => FeeQuoteView, {
    nullable: true,
    description:
      "What a visit costs on its day, and why. Anyone may ask; a logged-in resident who gives their own personnummer gets their high-cost account taken into account. Null only beside a coded error, so a refused input leaves the rest of the answer intact.",
  })
  async feeQuote(@Arg("input", () => FeeQuoteInput) input: FeeQuoteInput, @Ctx() ctx: SubgraphContext): Promise<FeeQuoteView> {
    return toQuoteView(await prepareQuote(ctx, input, { useAccount: ({ personnummer }) => !!personnummer && isOwnPersonnummer(ctx.viewer, personnummer) }));
  }
}
