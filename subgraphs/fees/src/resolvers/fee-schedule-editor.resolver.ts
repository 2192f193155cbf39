import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { ContentStatus, normalizeLocalized, notFound, validationFailed, type SubgraphContext } from "@vardportal/kit";
import { scheduleEditorRoles } from "../access.js";
import { FeeSchedule } from "../entities/fee-schedule.entity.js";
import { feeScheduleStore, publishedSchedulesOf, replaceLines, scheduleForEditing } from "../fee-schedule-store.js";
import { checkScheduleInput } from "../rules/schedule-input.js";
import { firstOverlap, type ValidityPeriod } from "../rules/validity.js";
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

/**
 * Published schedules of a region must not overlap: a date would otherwise have two sets of fees.
 * Drafts may, so next year's schedule can be written while this year's still runs "until further notice".
 */
async function assertNoOverlap(ctx: SubgraphContext, schedule: ValidityPeriod & { id: string; region: string }): Promise<void> {
  const other = firstOverlap(schedule, await publishedSchedulesOf(ctx.dataSource.manager, schedule.region, schedule.id));
  if (!other) return;
  const theirs = `${other.validFrom} – ${other.validTo ?? "until further notice"}`;
  const message = `The period overlaps the published schedule "${other.title.sv}" (${theirs}). Give that schedule a last day before this one starts, or change these dates.`;
  throw validationFailed({ validFrom: [message], validTo: [message] }, message);
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
    if (current.status === ContentStatus.PUBLISHED) await assertNoOverlap(ctx, { id, ...data.schedule });
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
    if (status === ContentStatus.PUBLISHED) await assertNoOverlap(ctx, await reload(ctx, id));
    await feeScheduleStore(ctx).transition(id, version, status, ctx);
    return reload(ctx, id);
  }
}
