/**
 * The shapes the fee rules read. The entities have them (and more); the rules take these so they can
 * be tested with plain objects and never touch the database.
 */
export interface Bilingual {
  sv: string;
  en: string | null;
}

export interface FeeLine {
  visitKind: string;
  label: Bilingual;
  amountSek: number;
  countsTowardsHighCost: boolean;
  /** Whether missing this kind of visit without cancelling costs the schedule's MISSED_VISIT fee. */
  chargedWhenMissed: boolean;
  /** The care-unit kinds where the line applies (CareUnit.kind codes). */
  unitKinds: string[];
}

export interface ScheduleTerms {
  region: string;
  validFrom: string;
  validTo: string | null;
  freeUnderAge: number | null;
  freeFromAge: number | null;
  ageExemptionCoversMissedVisits: boolean;
  highCostLimitSek: number;
  highCostPeriodMonths: number;
  items: FeeLine[];
}
