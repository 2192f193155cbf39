import { Audience, ContentStatus, localized, type ContentStore } from "@vardportal/kit";
import { personas, startTestSubgraph, testClock, type TestSubgraph } from "@vardportal/kit/testing";
import { FeeItem } from "../src/entities/fee-item.entity.js";
import type { FeeSchedule } from "../src/entities/fee-schedule.entity.js";
import { feeScheduleStore } from "../src/fee-schedule-store.js";
import { definition } from "../src/index.js";

/** A weekday morning in March 2026, Swedish time: the seeded 2025 schedule is in force. */
export const startFees = (options: { seed?: boolean; now?: string } = {}) =>
  startTestSubgraph(definition, { seed: options.seed ?? true, clock: testClock(options.now ?? "2026-03-02T09:00:00+01:00") });

type ScheduleData = Parameters<ContentStore<FeeSchedule>["create"]>[0];

/** Writes a schedule the way an editor does (DRAFT, with a revision), one line per amount, optionally publishing it. */
export async function createSchedule(
  t: TestSubgraph,
  data: ScheduleData,
  options: { publish?: boolean; visitAmount?: number } = {},
): Promise<FeeSchedule> {
  const store = feeScheduleStore(t.subgraph);
  const ctx = { viewer: personas.editor };
  const schedule = await store.create(
    {
      region: "Norrbotten",
      audience: Audience.PUBLIC,
      title: localized("Testtaxa"),
      validFrom: "2026-01-01",
      validTo: null,
      freeUnderAge: 20,
      highCostLimitSek: 1450,
      highCostPeriodMonths: 12,
      ...data,
    },
    ctx,
  );
  await t.subgraph.dataSource.getRepository(FeeItem).insert({
    scheduleId: schedule.id,
    position: 0,
    visitKind: "HEALTH_CENTRE_VISIT",
    label: localized("Besök på hälsocentral"),
    amountSek: options.visitAmount ?? 350,
    countsTowardsHighCost: true,
  });
  return options.publish ? store.transition(schedule.id, schedule.version, ContentStatus.PUBLISHED, ctx) : schedule;
}

export const SCHEDULE_FIELDS = `id region title { sv en } validFrom validTo freeUnderAge highCostLimitSek highCostPeriodMonths
  items { visitKind label { sv en } amountSek countsTowardsHighCost }`;

export interface ScheduleView {
  id: string;
  region: string;
  title: { sv: string; en: string | null };
  validFrom: string;
  validTo: string | null;
  freeUnderAge: number | null;
  highCostLimitSek: number;
  highCostPeriodMonths: number;
  items: { visitKind: string; label: { sv: string; en: string | null }; amountSek: number; countsTowardsHighCost: boolean }[];
}
