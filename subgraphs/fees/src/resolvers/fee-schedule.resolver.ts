import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { validationFailed, type SubgraphContext } from "@vardportal/kit";
import { previewFeeSchedule } from "../editorial/fee-schedule-preview.js";
import { FeeSchedule } from "../entities/fee-schedule.entity.js";
import { liveSchedules, regionsWithSchedules, scheduleValidOn } from "../fee-schedule-store.js";
import { parseIsoDate, stockholmDate } from "../rules/calendar-date.js";

@Resolver(() => FeeSchedule)
export class FeeScheduleResolver {
  @Query(() => FeeSchedule, { nullable: true, description: "The region's fee schedule in force today (Swedish date)." })
  currentFeeSchedule(@Arg("region", () => String) region: string, @Ctx() ctx: SubgraphContext) {
    return scheduleValidOn(ctx, region, stockholmDate(ctx.now));
  }

  @Query(() => FeeSchedule, {
    nullable: true,
    description:
      'The region\'s fee schedule in force on a date, "YYYY-MM-DD". The fees page\'s lookup: with a valid preview token (x-preview-token) for a schedule of the region whose period holds the date, its editor gets the working copy.',
  })
  async feeSchedule(@Arg("region", () => String) region: string, @Arg("on", () => String) on: string, @Ctx() ctx: SubgraphContext) {
    const date = parseIsoDate(on);
    if (!date) throw validationFailed({ on: ['Expected a date written "YYYY-MM-DD".'] });
    return (await previewFeeSchedule(ctx, region, date)) ?? scheduleValidOn(ctx, region, date);
  }

  @Query(() => [FeeSchedule], { description: "Every schedule the viewer may read, by region and newest first." })
  feeSchedules(@Arg("region", () => String, { nullable: true }) region: string | null, @Ctx() ctx: SubgraphContext) {
    const qb = liveSchedules(ctx);
    if (region) qb.andWhere("schedule.region = :region", { region });
    return qb
      .orderBy("schedule.region", "ASC")
      .addOrderBy("schedule.validFrom", "DESC")
      .addOrderBy("schedule.id", "ASC")
      .addOrderBy("item.position", "ASC")
      .getMany();
  }

  @Query(() => [String], { description: "The regions with a fee schedule the viewer may read, in alphabetical order." })
  feeScheduleRegions(@Ctx() ctx: SubgraphContext) {
    return regionsWithSchedules(ctx);
  }
}
