import type { FeeLine, ScheduleTerms } from "./fee-line.js";

/**
 * Region Norrbotten's fees as source 002 gives them, as plain data for the rule tests: free under 20;
 * 300 kr at a health centre, in specialist care or at a distance; 400 kr for a missed visit; a chat
 * in Digitalen free; the national high-cost limit of 1 450 kr over 12 months.
 */
export const line = (visitKind: string, amountSek: number, more: Partial<FeeLine> = {}): FeeLine => ({
  visitKind,
  label: { sv: visitKind, en: visitKind },
  amountSek,
  countsTowardsHighCost: true,
  chargedWhenMissed: true,
  unitKinds: [],
  ...more,
});

export const norrbotten = (more: Partial<ScheduleTerms> = {}): ScheduleTerms => ({
  region: "Norrbotten",
  validFrom: "2025-01-01",
  validTo: null,
  freeUnderAge: 20,
  freeFromAge: null,
  ageExemptionCoversMissedVisits: true,
  highCostLimitSek: 1450,
  highCostPeriodMonths: 12,
  items: [
    line("HEALTH_CENTRE_VISIT", 300, { label: { sv: "Besök på hälsocentral", en: "Visit to a health centre" }, unitKinds: ["HEALTH_CENTRE"] }),
    line("SPECIALIST_VISIT", 300, { unitKinds: ["HOSPITAL_CLINIC", "PSYCHIATRY"] }),
    line("REMOTE_VISIT", 300, { unitKinds: ["HEALTH_CENTRE", "HOSPITAL_CLINIC", "PSYCHIATRY"] }),
    line("DIGITAL_CHAT", 0, { countsTowardsHighCost: false, chargedWhenMissed: false }),
    line("MISSED_VISIT", 400, { countsTowardsHighCost: false, chargedWhenMissed: false, unitKinds: ["HEALTH_CENTRE", "HOSPITAL_CLINIC", "PSYCHIATRY"] }),
  ],
  ...more,
});
