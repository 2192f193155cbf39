import { seedId } from "@vardportal/kit";
import type { HighCostPayment } from "../entities/high-cost-payment.entity.js";
import { addDays, stockholmDate } from "../rules/calendar-date.js";

/**
 * SAMPLE DATA, invented for the local portal: payments for the local identity provider's persona
 * Anna Andersson (tests/oidc/personas.ts: born 1985-05-17, serial 282), so that her page shows a
 * running total. Dated back from the day the seed runs, so her period is always open. Gustav's
 * 14-year-old pays nothing (free under 20), so has nothing here.
 */
export const SAMPLE_PERSONNUMMER_ANNA = "198505172828";

const payments: { daysAgo: number; visitKind: string; amountSek: number; missed: boolean }[] = [
  { daysAgo: 75, visitKind: "HEALTH_CENTRE_VISIT", amountSek: 300, missed: false },
  { daysAgo: 40, visitKind: "SPECIALIST_VISIT", amountSek: 300, missed: false },
  // A missed visit's fee: paid, but it does not count towards the limit.
  { daysAgo: 12, visitKind: "HEALTH_CENTRE_VISIT", amountSek: 400, missed: true },
  { daysAgo: 5, visitKind: "REMOTE_VISIT", amountSek: 300, missed: false },
];

export function samplePayments(now: Date): Omit<HighCostPayment, "recordedAt">[] {
  const today = stockholmDate(now);
  return payments.map((p, i) => ({
    id: seedId("high-cost-payment", `sample:anna:${i + 1}`),
    region: "Norrbotten",
    personnummer: SAMPLE_PERSONNUMMER_ANNA,
    paidOn: addDays(today, -p.daysAgo),
    amountSek: p.amountSek,
    visitKind: p.visitKind,
    missed: p.missed,
    countsTowardsHighCost: !p.missed,
    careUnitId: null,
    reference: `sample-anna-${i + 1}`,
    recordedBy: "seed",
    sample: true,
  }));
}
