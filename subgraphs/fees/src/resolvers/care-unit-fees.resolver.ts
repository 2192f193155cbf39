import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@vardportal/kit";
import { CareUnitFees } from "../entities/care-unit.type.js";
import { FeeSchedule } from "../entities/fee-schedule.entity.js";
import { scheduleValidOn } from "../fee-schedule-store.js";
import { stockholmDate } from "../rules/calendar-date.js";

@Resolver(() => CareUnitFees)
export class CareUnitFeesResolver {
  @FieldResolver(() => FeeSchedule, { nullable: true })
  feeSchedule(@Root() unit: Partial<CareUnitFees>, @Ctx() ctx: SubgraphContext) {
    if (typeof unit.region !== "string") return null;
    return scheduleValidOn(ctx, unit.region, stockholmDate(ctx.now));
  }
}
