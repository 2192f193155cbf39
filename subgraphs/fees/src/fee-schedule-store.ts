import { Brackets, type EntityManager, type SelectQueryBuilder } from "typeorm";
import { ContentStatus, ContentStore, type SubgraphContext } from "@vardportal/kit";
import { FeeItem } from "./entities/fee-item.entity.js";
import { FeeSchedule } from "./entities/fee-schedule.entity.js";

export const feeScheduleStore = (ctx: Pick<SubgraphContext, "dataSource">) => new ContentStore(ctx.dataSource, FeeSchedule, "FeeSchedule");

/** Schedules the viewer may read now, each with its lines, in one query; callers end the ordering with item.position. */
export function liveSchedules(ctx: SubgraphContext): SelectQueryBuilder<FeeSchedule> {
  return feeScheduleStore(ctx).live(ctx.viewer, ctx.now, "schedule").leftJoinAndSelect("schedule.items", "item");
}

/**
 * The schedule in force on `date` in each region, for all regions asked in a request at once.
 * Published schedules of a region never overlap (decision 009); should two ever do (rows written
 * around the API), the one that starts latest applies, the same way every time.
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

/** Every schedule of a region the viewer may read, oldest first, with lines; once per request and region. */
export function schedulesOfRegion(ctx: SubgraphContext, region: string): Promise<FeeSchedule[]> {
  return ctx.loaders
    .get<string, FeeSchedule[]>("feeSchedulesOfRegion", async (regions) => {
      const rows = await liveSchedules(ctx)
        .andWhere("schedule.region IN (:...regions)", { regions: [...regions] })
        .orderBy("schedule.validFrom", "ASC")
        .addOrderBy("schedule.id", "ASC")
        .addOrderBy("item.position", "ASC")
        .getMany();
      return regions.map((region) => rows.filter((row) => row.region === region));
    })
    .load(region) as Promise<FeeSchedule[]>;
}

/** The regions that have a schedule the viewer may read, in alphabetical order. */
export async function regionsWithSchedules(ctx: SubgraphContext): Promise<string[]> {
  const rows = await feeScheduleStore(ctx)
    .live(ctx.viewer, ctx.now, "schedule")
    .select("schedule.region", "region")
    .distinct(true)
    .orderBy("schedule.region", "ASC")
    .getRawMany<{ region: string }>();
  return rows.map((row) => row.region);
}

/** Any schedule by id, whatever its state, with its lines in order: for editors, who work on drafts. */
export function scheduleForEditing(manager: EntityManager, id: string): Promise<FeeSchedule | null> {
  return manager
    .getRepository(FeeSchedule)
    .createQueryBuilder("schedule")
    .leftJoinAndSelect("schedule.items", "item")
    .where("schedule.id = :id", { id })
    .orderBy("item.position", "ASC")
    .getOne();
}

/** The other PUBLISHED schedules of a region, whatever their audience or publishing window. */
export function publishedSchedulesOf(manager: EntityManager, region: string, exceptId: string): Promise<FeeSchedule[]> {
  return manager
    .getRepository(FeeSchedule)
    .createQueryBuilder("schedule")
    .where("schedule.region = :region", { region })
    .andWhere("schedule.status = :published", { published: ContentStatus.PUBLISHED })
    .andWhere("schedule.id != :exceptId", { exceptId })
    .orderBy("schedule.validFrom", "ASC")
    .getMany();
}

/** Replaces a schedule's lines with `lines`, in the order given, in one transaction. */
export async function replaceLines(manager: EntityManager, scheduleId: string, lines: Omit<FeeItem, "id" | "scheduleId" | "schedule" | "position">[]): Promise<void> {
  await manager.transaction(async (tx) => {
    const items = tx.getRepository(FeeItem);
    await items.delete({ scheduleId });
    if (lines.length) await items.insert(lines.map((line, position) => ({ ...line, position, scheduleId })));
  });
}
