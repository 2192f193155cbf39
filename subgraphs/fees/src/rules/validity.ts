/** A schedule's validity: from its first day to its last, both included; no last day means until further notice. */
export interface ValidityPeriod {
  validFrom: string;
  validTo: string | null;
}

/** Whether two periods share at least one day. Dates are "YYYY-MM-DD", so text order is date order. */
export function periodsOverlap(a: ValidityPeriod, b: ValidityPeriod): boolean {
  return (a.validTo === null || b.validFrom <= a.validTo) && (b.validTo === null || a.validFrom <= b.validTo);
}

/** The first of `others` whose period shares a day with `period`, or null. */
export function firstOverlap<T extends ValidityPeriod>(period: ValidityPeriod, others: readonly T[]): T | null {
  return others.find((other) => periodsOverlap(period, other)) ?? null;
}

/** Whether `date` falls within the period. */
export const isInForce = (period: ValidityPeriod, date: string) => period.validFrom <= date && (period.validTo === null || date <= period.validTo);
