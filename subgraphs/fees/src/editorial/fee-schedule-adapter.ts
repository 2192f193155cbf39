import type { EntityManager } from "typeorm";
import { ContentStatus, localized, notFound, type EditorialAdapter } from "@vardportal/kit";
import { FeeItem } from "../entities/fee-item.entity.js";
import { FeeSchedule } from "../entities/fee-schedule.entity.js";
import { CareUnitKind } from "../entities/care-unit-kind.js";
import { assertNoOverlap } from "../schedule-overlap.js";
import type { FeeScheduleValues } from "./fee-schedule-values.js";

/** The schedule's own columns from values (the preview shows them too). */
export const columnsOf = (values: FeeScheduleValues) => ({
  title: localized(values.title.sv, values.title.en),
  validFrom: values.validFrom,
  validTo: values.validTo,
  freeUnderAge: values.freeUnderAge,
  freeFromAge: values.freeFromAge,
  ageExemptionCoversMissedVisits: values.ageExemptionCoversMissedVisits,
  highCostLimitSek: values.highCostLimitSek,
  highCostPeriodMonths: values.highCostPeriodMonths,
});

/** The schedule's lines, replaced as a whole with the values' (a new schedule has none to remove). */
async function writeItems(manager: EntityManager, scheduleId: string, items: FeeScheduleValues["items"], isNew: boolean): Promise<void> {
  if (!isNew) await manager.delete(FeeItem, { scheduleId });
  if (items.length === 0) return;
  await manager.insert(
    FeeItem,
    items.map((item, position) => ({
      scheduleId,
      position,
      visitKind: item.visitKind,
      label: localized(item.label.sv, item.label.en),
      amountSek: item.amountSek,
      countsTowardsHighCost: item.countsTowardsHighCost,
      chargedWhenMissed: item.chargedWhenMissed,
      unitKinds: [...item.unitKinds],
    })),
  );
}

/**
 * A schedule's values from its row and lines, and back. The schedule and its lines are written in the
 * kit's one transaction (unlike the older mutations, which need two). Publishing a period that shares
 * a day with another published schedule of the region is refused here, inside that transaction, with
 * the same VALIDATION_FAILED on validFrom and validTo as the older mutations give.
 */
export const feeScheduleAdapter: EditorialAdapter<FeeScheduleValues> = {
  async read(manager, id) {
    const schedule = await manager.getRepository(FeeSchedule).findOneBy({ id });
    if (!schedule) throw notFound("FeeSchedule", id);
    const items = await manager.getRepository(FeeItem).find({ where: { scheduleId: id }, order: { position: "ASC" } });
    return {
      title: { sv: schedule.title.sv, en: schedule.title.en },
      validFrom: schedule.validFrom,
      validTo: schedule.validTo,
      freeUnderAge: schedule.freeUnderAge,
      freeFromAge: schedule.freeFromAge,
      ageExemptionCoversMissedVisits: schedule.ageExemptionCoversMissedVisits,
      highCostLimitSek: schedule.highCostLimitSek,
      highCostPeriodMonths: schedule.highCostPeriodMonths,
      items: items.map((item) => ({
        visitKind: item.visitKind,
        label: { sv: item.label.sv, en: item.label.en },
        amountSek: item.amountSek,
        countsTowardsHighCost: item.countsTowardsHighCost,
        chargedWhenMissed: item.chargedWhenMissed,
        unitKinds: item.unitKinds.filter((kind) => kind !== "") as CareUnitKind[],
      })),
    };
  },

  async apply(manager, id, values, ctx) {
    const repo = manager.getRepository(FeeSchedule);
    if (ctx.mode === "create") {
      await repo.insert({ ...columnsOf(values), ...ctx.base, status: ctx.base.status as ContentStatus });
    } else {
      if (ctx.base.status === ContentStatus.PUBLISHED) {
        await assertNoOverlap(manager, { id, region: ctx.base.region, validFrom: values.validFrom, validTo: values.validTo }, "sv");
      }
      await repo.update({ id }, columnsOf(values));
    }
    await writeItems(manager, id, values.items, ctx.mode === "create");
  },
};
