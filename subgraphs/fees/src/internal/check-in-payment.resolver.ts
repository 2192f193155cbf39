import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { conflict, requirePersonnummer, type SubgraphContext } from "@vardportal/kit";
import { FeeQuoteView } from "../entities/fee-quote.type.js";
import { HighCostPayment } from "../entities/high-cost-payment.entity.js";
import { insertPayment, withoutPersonalData } from "../high-cost-store.js";
import { prepareQuote } from "../quotes.js";
import { toQuoteView } from "../resolvers/fee-quote.resolver.js";
import { requireCheckInService } from "./service-principal.js";

@InputType({ description: "An appointment as e-services holds it: whose, where, which kind, which day." })
export class AppointmentFeeInput {
  @Field(() => String)
  region!: string;

  @Field(() => String, { description: "Twelve digits: the patient's." })
  personnummer!: string;

  @Field(() => String, { description: "A visit-kind code of the fee schedule, e.g. HEALTH_CENTRE_VISIT." })
  visitKind!: string;

  @Field(() => String, { description: "The visit's day in Sweden, YYYY-MM-DD." })
  visitDate!: string;

  @Field(() => String, { nullable: true })
  careUnitId?: string | null;
}

@ObjectType({ description: "What recording a check-in's payment did." })
export class CheckInPaymentRecord {
  @Field(() => FeeQuoteView, { description: "The fee the rules gave when it was first recorded (or now, for a repeat)." })
  quote!: FeeQuoteView;

  @Field(() => HighCostPayment, { nullable: true, description: "Null when nothing was due (a free visit, a frikort)." })
  payment!: HighCostPayment | null;

  @Field(() => Boolean, { description: "The reference had been recorded before: nothing new was recorded." })
  alreadyRecorded!: boolean;
}

/**
 * Served only on the internal listener (`internal/definition.ts`), never composed into the supergraph:
 * the check-in's amount and its payment into the high-cost ledger, under the same rules as
 * `feeQuote` and `recordFeePayment`.
 */
@Resolver()
export class CheckInPaymentResolver {
  @Query(() => FeeQuoteView, { description: "The fee for an appointment, the patient's high-cost account applied." })
  async quoteForAppointment(@Arg("input", () => AppointmentFeeInput) input: AppointmentFeeInput, @Ctx() ctx: SubgraphContext): Promise<FeeQuoteView> {
    requireCheckInService(ctx);
    const personnummer = requirePersonnummer(input.personnummer);
    return withoutPersonalData(async () => toQuoteView(await prepareQuote(ctx, { ...input, personnummer, birthDate: null, missed: false }, { useAccount: () => true })));
  }

  /**
   * Idempotent by `reference` (the check-in's id): a repeat records nothing and answers with what was
   * recorded. The amount is the rules', never the caller's.
   */
  @Mutation(() => CheckInPaymentRecord)
  async recordCheckInPayment(
    @Arg("reference", () => String) reference: string,
    @Arg("input", () => AppointmentFeeInput) input: AppointmentFeeInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CheckInPaymentRecord> {
    requireCheckInService(ctx);
    const personnummer = requirePersonnummer(input.personnummer);
    const ref = `check-in:${reference.trim()}`;
    return withoutPersonalData(() =>
      ctx.dataSource.transaction(async (manager) => {
        const earlier = await manager.getRepository(HighCostPayment).findOneBy({ reference: ref });
        const prepared = await prepareQuote(ctx, { ...input, personnummer, birthDate: null, missed: false }, { useAccount: () => !earlier, manager });
        if (earlier) {
          if (earlier.personnummer !== personnummer || earlier.region !== input.region) throw conflict("This reference is already used for another payment.");
          return { quote: { ...toQuoteView(prepared), amountSek: earlier.amountSek }, payment: earlier, alreadyRecorded: true };
        }
        const payment =
          prepared.quote.amountSek > 0
            ? await insertPayment(manager, ctx, {
                region: input.region,
                personnummer,
                paidOn: prepared.input.visitDate,
                amountSek: prepared.quote.amountSek,
                visitKind: prepared.input.visitKind,
                missed: false,
                countsTowardsHighCost: prepared.quote.countsTowardsHighCost,
                careUnitId: input.careUnitId?.trim() || null,
                reference: ref,
              })
            : null;
        return { quote: toQuoteView(prepared), payment, alreadyRecorded: false };
      }),
    );
  }
}
