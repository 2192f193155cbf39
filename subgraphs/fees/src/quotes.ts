import type { EntityManager } from "typeorm";
import type { SubgraphContext } from "@vardportal/kit";
import type { FeeSchedule } from "./entities/fee-schedule.entity.js";
import { readAccount, todayIn, type AccountState } from "./high-cost-store.js";
import { inputRefused } from "./input-errors.js";
import { regionsWithSchedules, scheduleValidOn, schedulesOfRegion } from "./fee-schedule-store.js";
import { findFeeLine, quoteFee, type FeeQuote } from "./rules/fee-quote.js";
import { checkQuoteInput, noScheduleOn, unknownRegion, unknownVisitKind, type CheckedQuoteInput, type QuoteInput } from "./rules/quote-input.js";

export interface PreparedQuote {
  quote: FeeQuote;
  schedule: FeeSchedule;
  input: CheckedQuoteInput;
  /** The patient's account on the visit day, when it was used. */
  account: AccountState | null;
}

/** The schedules of a region, or the coded refusal of a region nobody may read fees for. */
export async function requireRegion(ctx: SubgraphContext, region: string): Promise<FeeSchedule[]> {
  const schedules = await schedulesOfRegion(ctx, region);
  if (schedules.length === 0) throw inputRefused([unknownRegion(region, await regionsWithSchedules(ctx))]);
  return schedules;
}

/**
 * A quote from a person's input: checked, then made under the schedule in force on the visit day.
 * `useAccount` says whether this viewer may have the patient's high-cost account applied; when it
 * may, the account is read (and the read audited) in `manager`, the caller's transaction.
 */
export async function prepareQuote(
  ctx: SubgraphContext,
  raw: QuoteInput,
  options: { useAccount: (input: CheckedQuoteInput) => boolean; manager?: EntityManager },
): Promise<PreparedQuote> {
  const checked = checkQuoteInput(raw, todayIn(ctx));
  if (!checked.ok) throw inputRefused(checked.problems);
  const input = checked.value;
  const schedule = await scheduleValidOn(ctx, input.region, input.visitDate);
  if (!schedule) {
    const schedules = await requireRegion(ctx, input.region);
    throw inputRefused([noScheduleOn(input.region, input.visitDate, schedules)]);
  }
  if (!findFeeLine(schedule, input.visitKind)) throw inputRefused([unknownVisitKind(schedule.items)]);

  const { personnummer } = input;
  const account =
    personnummer && options.useAccount(input)
      ? await readAccount(options.manager ?? ctx.dataSource.manager, ctx, { region: input.region, personnummer }, await schedulesOfRegion(ctx, input.region), input.visitDate)
      : null;
  const quote = quoteFee(schedule, {
    visitKind: input.visitKind,
    visitDate: input.visitDate,
    birthDate: input.birthDate,
    missed: input.missed,
    ...(account ? { highCost: { period: account.current } } : {}),
  });
  return { quote, schedule, input, account };
}
