import { Brackets, type SelectQueryBuilder } from "typeorm";
import { ContentStore, type SubgraphContext } from "@vardportal/kit";
import { FeeSchedule } from "./entities/fee-schedule.entity.js";

export const feeScheduleStore = (ctx: Pick<SubgraphContext, "dataSource">) => new ContentStore(ctx.dataSource, FeeSchedule, "FeeSchedule");

/** Schedules the viewer may read now, each with its lines, in one query; callers end the ordering with item.position. */
export function liveSchedules(ctx: SubgraphContext): SelectQueryBuilder<FeeSchedule> {
  return feeScheduleStore(ctx).live(ctx.viewer, ctx.now, "schedule").leftJoinAndSelect("schedule.items", "item");
}

/**
 * The schedule in force on `date` in each region, for all regions asked in a request at once.
 * Where schedules overlap, the one that starts latest applies: a new schedule can be added without
 * closing the old one first.
 */
async function loadValidOn(ctx: SubgraphContext, regions: readonly string[], date: string): Promise<(FeeSchedule | null)[]> {
  const rows = await liveSchedules(ctx)
    .andWhere("schedule.region IN (:...regions)", { regions: [...regions] })
    .andWhere("schedule.validFrom <= :date", { date })
    .andWhere(new Brackets((b) => b.where("schedule.validTo IS NULL").orWhere("schedule.validTo >= :date", { date })))
    .orderBy("schedule.validFrom", "DESC")
    .addOrderBy("schedule.id", "ASC")
    .addOrderBy("item.position", "ASC")
    .getMany();
  const inForce = new Map<string, FeeSchedule>();
  for (const row of rows) if (!inForce.has(row.region)) inForce.set(row.region, row);
  return regions.map((region) => inForce.get(region) ?? null);
}

/** Batched per request and date: every region asked for in one request costs one query. */
export function scheduleValidOn(ctx: SubgraphContext, region: string, date: string): Promise<FeeSchedule | null> {
  return ctx.loaders.get<string, FeeSchedule>(`feeScheduleOn:${date}`, (regions) => loadValidOn(ctx, regions, date)).load(region);
}
