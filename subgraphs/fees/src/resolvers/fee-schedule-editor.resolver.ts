import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { ContentStatus, normalizeLocalized, notFound, validationFailed, type SubgraphContext } from "@vardportal/kit";
import { scheduleEditorRoles } from "../access.js";
import { FeeSchedule } from "../entities/fee-schedule.entity.js";
import { feeScheduleStore, replaceLines, scheduleForEditing } from "../fee-schedule-store.js";
import { assertNoOverlap } from "../schedule-overlap.js";
import { checkScheduleInput } from "../rules/schedule-input.js";
import { FeeScheduleInput } from "./inputs/fee-schedule.input.js";

/** The input as the columns store it, or VALIDATION_FAILED with every field's message. */
function toScheduleData(input: FeeScheduleInput) {
  const errors = checkScheduleInput(input);
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
  return {
    schedule: {
      region: input.region.trim(),
      audience: input.audience,
      title: normalizeLocalized(input.title),
      validFrom: input.validFrom,
      validTo: input.validTo || null,
      freeUnderAge: input.freeUnderAge ?? null,
      freeFromAge: input.freeFromAge ?? null,
      ageExemptionCoversMissedVisits: input.ageExemptionCoversMissedVisits,
      highCostLimitSek: input.highCostLimitSek,
      highCostPeriodMonths: input.highCostPeriodMonths,
    },
    lines: input.items.map((item) => ({
      visitKind: item.visitKind,
      label: normalizeLocalized(item.label),
      amountSek: item.amountSek,
      countsTowardsHighCost: item.countsTowardsHighCost,
      chargedWhenMissed: item.chargedWhenMissed,
      unitKinds: [...item.unitKinds],
    })),
  };
}

async function reload(ctx: SubgraphContext, id: string): Promise<FeeSchedule> {
  const schedule = await scheduleForEditing(ctx.dataSource.manager, id);
  if (!schedule) throw notFound("FeeSchedule", id);
  return schedule;
}

/**
 * Editors write schedules as content (draft, review, published, archived), each save a revision. The
 * lines are saved right after the schedule, in a second transaction: the kit's ContentStore has no hook
 * for child rows yet, so a failure between the two leaves the schedule with its previous lines.
 */
@Resolver(() => FeeSchedule)
export class FeeScheduleEditorResolver {
  @Mutation(() => FeeSchedule, { description: "A new schedule, as a draft. Editors and admins." })
  @Authorized(...scheduleEditorRoles)
  async createFeeSchedule(@Arg("input", () => FeeScheduleInput) input: FeeScheduleInput, @Ctx() ctx: SubgraphContext) {
    const data = toScheduleData(input);
    const created = await feeScheduleStore(ctx).create(data.schedule, ctx);
    await replaceLines(ctx.dataSource.manager, created.id, data.lines);
    return reload(ctx, created.id);
  }

  @Mutation(() => FeeSchedule, { description: "Replaces a schedule and its lines; `version` must be the one you read. Editors and admins." })
  @Authorized(...scheduleEditorRoles)
  async updateFeeSchedule(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input", () => FeeScheduleInput) input: FeeScheduleInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    const data = toScheduleData(input);
    const current = await reload(ctx, id);
    if (current.status === ContentStatus.PUBLISHED) await assertNoOverlap(ctx.dataSource.manager, { id, ...data.schedule });
    await feeScheduleStore(ctx).update(id, version, data.schedule, ctx);
    await replaceLines(ctx.dataSource.manager, id, data.lines);
    return reload(ctx, id);
  }

  @Mutation(() => FeeSchedule, { description: "Moves a schedule in the workflow; publishing is refused when its period overlaps another published schedule of the region." })
  @Authorized(...scheduleEditorRoles)
  async setFeeScheduleStatus(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("status", () => ContentStatus) status: ContentStatus,
    @Ctx() ctx: SubgraphContext,
  ) {
    if (status === ContentStatus.PUBLISHED) await assertNoOverlap(ctx.dataSource.manager, await reload(ctx, id));
    await feeScheduleStore(ctx).transition(id, version, status, ctx);
    return reload(ctx, id);
  }
}
