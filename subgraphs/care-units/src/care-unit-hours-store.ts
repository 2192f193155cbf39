import type { SubgraphContext } from "@vardportal/kit";
import { ContactRoute } from "./entities/contact-route.entity.js";
import type { CareUnit } from "./entities/care-unit.entity.js";
import { HoursExceptionRow } from "./entities/hours-exception.entity.js";
import { WeeklySpanRow } from "./entities/weekly-span.entity.js";
import type { HoursException, Schedule, WeeklySpan } from "./rules/opening-hours.js";

/**
 * A unit's hours and contact routes belong to the unit: they are read only for units the viewer has
 * already been given by the live, audience-filtered query, and for all such units in a request at
 * once (one query per table, not one per unit).
 */
type Hours = Pick<Schedule, "weekly" | "exceptions">;

async function loadHours(ctx: SubgraphContext, unitIds: readonly string[]): Promise<Hours[]> {
  const ids = [...unitIds];
  const weeklyRows = await ctx.dataSource
    .getRepository(WeeklySpanRow)
    .createQueryBuilder("span")
    .where("span.unitId IN (:...ids)", { ids })
    .orderBy("span.unitId")
    .addOrderBy("span.weekday")
    .addOrderBy("span.opens")
    .getMany();
  const exceptionRows = await ctx.dataSource
    .getRepository(HoursExceptionRow)
    .createQueryBuilder("exception")
    .leftJoinAndSelect("exception.spans", "span")
    .where("exception.unitId IN (:...ids)", { ids })
    .orderBy("exception.fromDate")
    .addOrderBy("exception.id")
    .addOrderBy("span.id")
    .getMany();
  const byUnit = new Map<string, Hours>(ids.map((id) => [id, { weekly: [], exceptions: [] }]));
  for (const row of weeklyRows) {
    const span: WeeklySpan = { weekday: row.weekday, opens: row.opens, closes: row.closes };
    byUnit.get(row.unitId)?.weekly.push(span);
  }
  for (const row of exceptionRows) {
    const exception: HoursException = {
      id: row.id,
      fromDate: row.fromDate,
      toDate: row.toDate,
      label: { sv: row.label.sv, en: row.label.en },
      spans: row.spans.map((s) => ({ weekday: s.weekday, opens: s.opens, closes: s.closes })),
    };
    byUnit.get(row.unitId)?.exceptions.push(exception);
  }
  return ids.map((id) => byUnit.get(id)!);
}

/**
 * A unit an editor previews is built from its working copy's values, not read from the tables: its
 * hours and routes come with it and are kept here, beside the object, for the field resolvers below.
 */
const previewed = new WeakMap<CareUnit, { hours: Hours; routes: ContactRoute[] }>();

export function withPreviewChildren(unit: CareUnit, hours: Hours, routes: ContactRoute[]): CareUnit {
  previewed.set(unit, { hours, routes });
  return unit;
}

/** The unit's schedule, as the rules in rules/opening-hours.ts read it. */
export async function scheduleOf(ctx: SubgraphContext, unit: CareUnit): Promise<Schedule> {
  const preview = previewed.get(unit);
  if (preview) return { ...preview.hours, closedOnPublicHolidays: unit.closedOnPublicHolidays };
  const hours = await ctx.loaders.get<string, Hours>("careUnitHours", (ids) => loadHours(ctx, ids)).load(unit.id);
  return { ...hours!, closedOnPublicHolidays: unit.closedOnPublicHolidays };
}

async function loadRoutes(ctx: SubgraphContext, unitIds: readonly string[]): Promise<ContactRoute[][]> {
  const rows = await ctx.dataSource
    .getRepository(ContactRoute)
    .createQueryBuilder("route")
    .where("route.unitId IN (:...ids)", { ids: [...unitIds] })
    .orderBy("route.unitId")
    .addOrderBy("route.position")
    .getMany();
  return unitIds.map((id) => rows.filter((row) => row.unitId === id));
}

/** The unit's staff-only contact routes, in the order the editor gave them. */
export async function contactRoutesOf(ctx: SubgraphContext, unit: CareUnit): Promise<ContactRoute[]> {
  const preview = previewed.get(unit);
  if (preview) return preview.routes;
  return (await ctx.loaders.get<string, ContactRoute[]>("careUnitContactRoutes", (ids) => loadRoutes(ctx, ids)).load(unit.id)) ?? [];
}
