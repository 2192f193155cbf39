import type { EntityManager } from "typeorm";
import { localized, notFound, validationFailed, type EditorialAdapter } from "@vardportal/kit";
import { CareUnit } from "../entities/care-unit.entity.js";
import { ContactRoute } from "../entities/contact-route.entity.js";
import { ExceptionSpanRow } from "../entities/exception-span.entity.js";
import { HoursExceptionRow } from "../entities/hours-exception.entity.js";
import { WeeklySpanRow } from "../entities/weekly-span.entity.js";
import { exceptionRowsOf, exceptionsOf, openingHoursRowsOf, weeklySpansOf } from "../rules/hours-input.js";
import type { CareUnitValues } from "./care-unit-values.js";

/** The unit's own columns from values; the kit writes the ContentEntity columns itself (and the preview shows them). */
export const columnsOf = (values: CareUnitValues) => ({
  hsaId: values.hsaId,
  name: values.name,
  kind: values.kind,
  municipality: values.municipality,
  address: values.address,
  latitude: values.latitude,
  longitude: values.longitude,
  phone: values.phone,
  webUrl: values.webUrl,
  description: localized(values.description.sv, values.description.en),
  closedOnPublicHolidays: values.closedOnPublicHolidays,
  internalPhone: values.internalPhone,
});

/** An HSA-id names one unit: a second unit with it is refused at the field, before the unique index would fail. */
async function assertHsaIdFree(manager: EntityManager, id: string, hsaId: string): Promise<void> {
  const other = await manager
    .getRepository(CareUnit)
    .createQueryBuilder("unit")
    .where("unit.hsaId = :hsaId", { hsaId })
    .andWhere("unit.id != :id", { id })
    .getOne();
  if (other) throw validationFailed({ hsaId: [`HSA-id:t används redan av ${other.name}.`] });
}

/** Removes the rows that belong to a unit: exception spans, exceptions, weekly spans and contact routes. */
async function removeChildren(manager: EntityManager, unitId: string): Promise<void> {
  const exceptionIds = (await manager.getRepository(HoursExceptionRow).find({ where: { unitId }, select: { id: true } })).map((row) => row.id);
  if (exceptionIds.length > 0) {
    await manager.createQueryBuilder().delete().from(ExceptionSpanRow).where("exceptionId IN (:...ids)", { ids: exceptionIds }).execute();
  }
  await manager.delete(HoursExceptionRow, { unitId });
  await manager.delete(WeeklySpanRow, { unitId });
  await manager.delete(ContactRoute, { unitId });
}

/** The rows that belong to a unit, replaced as a whole with the values' lists (a new unit has none to remove). */
async function writeChildren(manager: EntityManager, unitId: string, values: CareUnitValues, isNew: boolean): Promise<void> {
  if (!isNew) await removeChildren(manager, unitId);
  const weekly = weeklySpansOf(values.openingHours);
  if (weekly.length > 0) await manager.insert(WeeklySpanRow, weekly.map((span) => ({ ...span, unitId })));
  for (const exception of exceptionsOf(values.hoursExceptions)) {
    const inserted = await manager.insert(HoursExceptionRow, {
      unitId,
      fromDate: exception.fromDate,
      toDate: exception.toDate,
      label: localized(exception.label.sv, exception.label.en),
    });
    const exceptionId = inserted.identifiers[0]!.id as number;
    if (exception.spans.length > 0) await manager.insert(ExceptionSpanRow, exception.spans.map((span) => ({ ...span, exceptionId })));
  }
  if (values.contactRoutes.length > 0) {
    await manager.insert(
      ContactRoute,
      values.contactRoutes.map((route, position) => ({
        unitId,
        position,
        kind: route.kind,
        label: localized(route.label.sv, route.label.en),
        value: route.value,
        hoursSv: route.hours?.sv ?? null,
        hoursEn: route.hours?.en ?? null,
      })),
    );
  }
}

/**
 * How a care unit's values are read from its row and child rows, and written back: the unit's columns,
 * and its weekly spans, exceptions (with their spans) and contact routes replaced in the kit's
 * transaction, so readers see the old hours or the new, never a mix.
 */
export const careUnitAdapter: EditorialAdapter<CareUnitValues> = {
  async read(manager, id) {
    const unit = await manager.getRepository(CareUnit).findOneBy({ id });
    if (!unit) throw notFound("CareUnit", id);
    const weekly = await manager.getRepository(WeeklySpanRow).find({ where: { unitId: id }, order: { weekday: "ASC", opens: "ASC" } });
    const exceptions = await manager
      .getRepository(HoursExceptionRow)
      .createQueryBuilder("exception")
      .leftJoinAndSelect("exception.spans", "span")
      .where("exception.unitId = :id", { id })
      .orderBy("exception.fromDate")
      .addOrderBy("exception.id")
      .addOrderBy("span.id")
      .getMany();
    const routes = await manager.getRepository(ContactRoute).find({ where: { unitId: id }, order: { position: "ASC" } });
    return {
      hsaId: unit.hsaId,
      name: unit.name,
      kind: unit.kind,
      municipality: unit.municipality,
      address: unit.address,
      latitude: unit.latitude,
      longitude: unit.longitude,
      phone: unit.phone,
      webUrl: unit.webUrl,
      description: { sv: unit.description.sv, en: unit.description.en },
      closedOnPublicHolidays: unit.closedOnPublicHolidays,
      internalPhone: unit.internalPhone,
      openingHours: openingHoursRowsOf(weekly.map(({ weekday, opens, closes }) => ({ weekday, opens, closes }))),
      hoursExceptions: exceptionRowsOf(
        exceptions.map((e) => ({
          fromDate: e.fromDate,
          toDate: e.toDate,
          label: { sv: e.label.sv, en: e.label.en },
          spans: e.spans.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
        })),
      ),
      contactRoutes: routes.map((route) => ({
        kind: route.kind,
        label: { sv: route.label.sv, en: route.label.en },
        value: route.value,
        hours: route.hoursSv ? { sv: route.hoursSv, en: route.hoursEn } : null,
      })),
    };
  },

  async apply(manager, id, values, ctx) {
    await assertHsaIdFree(manager, id, values.hsaId);
    const repo = manager.getRepository(CareUnit);
    if (ctx.mode === "create") {
      await repo.insert({ ...columnsOf(values), ...ctx.base, status: ctx.base.status as CareUnit["status"] });
    } else {
      await repo.update({ id }, columnsOf(values));
    }
    await writeChildren(manager, id, values, ctx.mode === "create");
  },
};
