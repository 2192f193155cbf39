import { ContentStatus, localized, readEditorialPreview, type EditorialTypeRegistration, type SubgraphContext } from "@vardportal/kit";
import { FeeItem } from "../entities/fee-item.entity.js";
import { FeeSchedule } from "../entities/fee-schedule.entity.js";
import { isInForce } from "../rules/validity.js";
import { columnsOf } from "./fee-schedule-adapter.js";
import type { FeeScheduleValues } from "./fee-schedule-values.js";
import { feeScheduleEditorialType } from "./registration.js";

/**
 * The fees page's schedule lookup with a preview token (decision 019): the working copy of the
 * schedule the token names, as the region's schedule on a date within its period — only for the
 * editor the token was made for. Null otherwise: the page reads the published schedules as everyone does.
 */
export async function previewFeeSchedule(ctx: SubgraphContext, region: string, date: string): Promise<FeeSchedule | null> {
  const preview = await readEditorialPreview(ctx, feeScheduleEditorialType as unknown as EditorialTypeRegistration);
  if (!preview) return null;
  const values = preview.values as FeeScheduleValues & { audience: FeeSchedule["audience"]; region: string };
  if (values.region !== region || !isInForce(values, date)) return null;
  const schedule = Object.assign(new FeeSchedule(), {
    id: preview.id,
    audience: values.audience,
    // A working copy has no row state of its own to show: it reads as the draft it is.
    status: ContentStatus.DRAFT,
    version: 0,
    publishAt: null,
    unpublishAt: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    region: values.region,
    ...columnsOf(values),
  });
  schedule.items = values.items.map((item, position) =>
    Object.assign(new FeeItem(), {
      id: position + 1,
      scheduleId: preview.id,
      position,
      visitKind: item.visitKind,
      label: localized(item.label.sv, item.label.en),
      amountSek: item.amountSek,
      countsTowardsHighCost: item.countsTowardsHighCost,
      chargedWhenMissed: item.chargedWhenMissed,
      unitKinds: [...item.unitKinds],
    }),
  );
  return schedule;
}
