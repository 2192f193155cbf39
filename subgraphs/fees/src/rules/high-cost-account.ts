import { periodEnd } from "./calendar-date.js";
import { isInForce, type ValidityPeriod } from "./validity.js";

/**
 * High-cost protection (högkostnadsskydd), as a pure function of a resident's payments:
 * - paid fees add up from the first payment; that payment opens a period of `periodMonths` (12);
 * - the payment that reaches the limit counts only up to the limit, and from its day the resident
 *   holds an exemption card (frikort) until the period's last day;
 * - fees that do not count (a missed visit's) are never added and never open a period;
 * - after the period's last day, the next counting payment opens a new period.
 * The limit and the period's length are those of the schedule in force on the period's first day,
 * so a raised limit applies to periods that start after the change.
 */

export interface Payment {
  id: string;
  paidOn: string;
  amountSek: number;
  countsTowardsHighCost: boolean;
}

export interface HighCostTerms {
  limitSek: number;
  periodMonths: number;
}

export interface HighCostPeriod<P extends Payment = Payment> {
  startsOn: string;
  endsOn: string;
  limitSek: number;
  periodMonths: number;
  /** What counted towards the limit: never more than the limit. */
  paidSek: number;
  remainingSek: number;
  /** The day the limit was reached: the frikort is valid from then to `endsOn`. */
  frikortFrom: string | null;
  /** Every payment made within the period, counting or not, in the order made. */
  payments: P[];
}

/**
 * The limit and period length in force on a date, from a region's schedules (oldest first, at least
 * one): the schedule in force that day; in a gap between schedules, the latest before it; before the
 * first schedule, the first.
 */
export function termsFrom(schedules: readonly (ValidityPeriod & { highCostLimitSek: number; highCostPeriodMonths: number })[]): (date: string) => HighCostTerms {
  if (schedules.length === 0) throw new Error("termsFrom needs at least one schedule");
  return (date) => {
    const schedule = schedules.find((s) => isInForce(s, date)) ?? schedules.filter((s) => s.validFrom <= date).at(-1) ?? schedules[0]!;
    return { limitSek: schedule.highCostLimitSek, periodMonths: schedule.highCostPeriodMonths };
  };
}

/**
 * The periods the payments make, oldest first, counting payments made on or before `asOf` only.
 * `termsOn(date)` gives the limit and period length in force on a date.
 */
export function highCostPeriods<P extends Payment>(
  payments: readonly P[],
  termsOn: (date: string) => HighCostTerms,
  asOf: string,
): HighCostPeriod<P>[] {
  // A stable sort: payments on the same day keep the order they were recorded in.
  const made = payments.filter((p) => p.paidOn <= asOf).sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
  const periods: HighCostPeriod<P>[] = [];
  let open: HighCostPeriod<P> | null = null;
  for (const payment of made) {
    if (open && payment.paidOn > open.endsOn) open = null;
    if (!payment.countsTowardsHighCost || payment.amountSek <= 0) {
      open?.payments.push(payment);
      continue;
    }
    if (!open) {
      const terms = termsOn(payment.paidOn);
      open = {
        startsOn: payment.paidOn,
        endsOn: periodEnd(payment.paidOn, terms.periodMonths),
        limitSek: terms.limitSek,
        periodMonths: terms.periodMonths,
        paidSek: 0,
        remainingSek: terms.limitSek,
        frikortFrom: null,
        payments: [],
      };
      periods.push(open);
    }
    open.payments.push(payment);
    open.paidSek += Math.min(payment.amountSek, open.remainingSek);
    open.remainingSek = open.limitSek - open.paidSek;
    if (open.remainingSek === 0 && open.frikortFrom === null) open.frikortFrom = payment.paidOn;
  }
  return periods;
}

/** The period that `date` falls in, or null when no period is open on that day. */
export function periodOn<P extends Payment>(periods: readonly HighCostPeriod<P>[], date: string): HighCostPeriod<P> | null {
  return periods.find((period) => period.startsOn <= date && date <= period.endsOn) ?? null;
}

/** Whether a frikort is valid on `date`: the limit was reached in the period, on or before that day. */
export const hasFrikortOn = (period: HighCostPeriod | null, date: string) =>
  !!period && period.frikortFrom !== null && period.frikortFrom <= date && date <= period.endsOn;
