import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from "type-graphql";
import { conflict, requirePersonnummer, type SubgraphContext } from "@vardportal/kit";
import { paymentRecorderRoles } from "../access.js";
import { loadAccount } from "../accounts.js";
import { FeeQuoteView } from "../entities/fee-quote.type.js";
import { HighCostAccount } from "../entities/high-cost-account.type.js";
import { HighCostPayment } from "../entities/high-cost-payment.entity.js";
import { insertPayment, todayIn, withoutPersonalData } from "../high-cost-store.js";
import { inputRefused } from "../input-errors.js";
import { prepareQuote } from "../quotes.js";
import { parseIsoDate } from "../rules/calendar-date.js";
import { VisitKind } from "../rules/visit-kind.js";
import { toQuoteView } from "./fee-quote.resolver.js";
import { RecordFeePaymentInput } from "./inputs/fee-quote.input.js";

@ObjectType({ description: "What recording a payment did." })
export class RecordedFeePayment {
  @Field(() => FeeQuoteView, { nullable: true, description: "The fee the rules gave; null when the reference had been recorded before." })
  quote!: FeeQuoteView | null;

  @Field(() => HighCostPayment, { nullable: true, description: "Null when there was nothing to pay (a free visit, a frikort)." })
  payment!: HighCostPayment | null;

  @Field(() => Boolean, { description: "The reference had been recorded before: nothing new was recorded." })
  alreadyRecorded!: boolean;

  @Field(() => HighCostAccount, { description: "The account afterwards." })
  account!: HighCostAccount;
}

const MAX_TEXT = { reference: 100, careUnitId: 64 } as const;

@Resolver(() => RecordedFeePayment)
export class HighCostPaymentResolver {
  /**
   * The one way a payment reaches an account (check-in will call the same rules): the amount is the
   * quote for this patient on this day, their account applied, so a payment that reaches the limit is
   * only what is left up to it, and a patient with a frikort pays nothing.
   */
  @Mutation(() => RecordedFeePayment, { description: "Care staff record a paid fee; the amount comes from the fee rules." })
  @Authorized(...paymentRecorderRoles)
  async recordFeePayment(@Arg("input", () => RecordFeePaymentInput) input: RecordFeePaymentInput, @Ctx() ctx: SubgraphContext): Promise<RecordedFeePayment> {
    const reference = input.reference?.trim() || null;
    const careUnitId = input.careUnitId?.trim() || null;
    const visitDate = parseIsoDate(input.visitDate.trim());
    if (visitDate && visitDate > todayIn(ctx)) {
      throw inputRefused([
        { field: "visitDate", problem: "VISIT_DATE_IN_FUTURE", sv: "En avgift kan bara registreras för ett besök i dag eller tidigare.", en: "A fee can only be recorded for a visit today or earlier." },
      ]);
    }
    for (const [field, value] of [["reference", reference], ["careUnitId", careUnitId]] as const) {
      if (value && value.length > MAX_TEXT[field]) {
        throw inputRefused([{ field, problem: "TOO_LONG", sv: `Högst ${MAX_TEXT[field]} tecken.`, en: `At most ${MAX_TEXT[field]} characters.` }]);
      }
    }
    const region = input.region.trim();
    const personnummer = requirePersonnummer(input.personnummer);
    return withoutPersonalData(() => ctx.dataSource.transaction(async (manager) => {
      if (reference) {
        const earlier = await manager.getRepository(HighCostPayment).findOneBy({ reference });
        if (earlier) {
          if (earlier.personnummer !== personnummer || earlier.region !== region) throw conflict("This reference is already used for another payment.");
          return { quote: null, payment: earlier, alreadyRecorded: true, account: await loadAccount(ctx, region, personnummer, manager) };
        }
      }
      const prepared = await prepareQuote(ctx, { ...input, region, personnummer, birthDate: null }, { useAccount: () => true, manager });
      const payment =
        prepared.quote.amountSek > 0
          ? await insertPayment(manager, ctx, {
              region,
              personnummer,
              paidOn: prepared.input.visitDate,
              amountSek: prepared.quote.amountSek,
              visitKind: prepared.input.visitKind,
              missed: prepared.input.missed || prepared.input.visitKind === VisitKind.MISSED_VISIT,
              countsTowardsHighCost: prepared.quote.countsTowardsHighCost,
              careUnitId,
              reference,
            })
          : null;
      return { quote: toQuoteView(prepared), payment, alreadyRecorded: false, account: await loadAccount(ctx, region, personnummer, manager) };
    }));
  }
}
