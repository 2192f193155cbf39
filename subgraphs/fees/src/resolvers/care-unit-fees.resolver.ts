import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@vardportal/kit";
import { CareUnitFees } from "../entities/care-unit.type.js";
import { FeeItem } from "../entities/fee-item.entity.js";
import { FeeSchedule } from "../entities/fee-schedule.entity.js";
import { scheduleValidOn } from "../fee-schedule-store.js";
import { stockholmDate } from "../rules/calendar-date.js";
import { feesAtUnit } from "../rules/unit-fees.js";

const todaysSchedule = (unit: Partial<CareUnitFees>, ctx: SubgraphContext) =>
  typeof unit.region === "string" ? scheduleValidOn(ctx, unit.region, stockholmDate(ctx.now)) : Promise.resolve(null);

@Resolver(() => CareUnitFees)
export class CareUnitFeesResolver {
  @FieldResolver(() => FeeSchedule, { nullable: true })
  feeSchedule(@Root() unit: Partial<CareUnitFees>, @Ctx() ctx: SubgraphContext) {
    return todaysSchedule(unit, ctx);
  }

  @FieldResolver(() => [FeeItem], { nullable: true })
  async fees(@Root() unit: Partial<CareUnitFees>, @Ctx() ctx: SubgraphContext) {
    const schedule = await todaysSchedule(unit, ctx);
    return schedule ? feesAtUnit(schedule.items, unit.kind) : [];
  }
}
