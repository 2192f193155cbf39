import type { DataSource } from "typeorm";
import { Audience, ContentStatus, localized, type ContentStore } from "@vardportal/kit";
import { personas, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { careUnitStore } from "../src/care-unit-store.js";
import { CareUnitKind } from "../src/entities/care-unit-kind.js";
import type { CareUnit } from "../src/entities/care-unit.entity.js";
import { ContactRoute } from "../src/entities/contact-route.entity.js";
import type { ContactRouteKind } from "../src/entities/contact-route-kind.js";
import { ExceptionSpanRow } from "../src/entities/exception-span.entity.js";
import { HoursExceptionRow } from "../src/entities/hours-exception.entity.js";
import { WeeklySpanRow } from "../src/entities/weekly-span.entity.js";
import { definition } from "../src/index.js";
import type { ExceptionSpan, WeeklySpan } from "../src/rules/opening-hours.js";

export const startCareUnits = (options: { seed?: boolean } = {}) => startTestSubgraph(definition, { seed: options.seed ?? true });

type UnitData = Parameters<ContentStore<CareUnit>["create"]>[0];

/** Writes a unit the way an editor does (DRAFT, with a revision), optionally publishing it. */
export async function createUnit(t: TestSubgraph, data: UnitData, options: { publish?: boolean } = {}): Promise<CareUnit> {
  const store = careUnitStore(t.subgraph.dataSource);
  const ctx = { viewer: personas.editor };
  const unit = await store.create(
    {
      region: "Norrbotten",
      kind: CareUnitKind.HEALTH_CENTRE,
      municipality: "Luleå",
      address: null,
      latitude: null,
      longitude: null,
      phone: null,
      webUrl: null,
      internalPhone: null,
      closedOnPublicHolidays: true,
      audience: Audience.PUBLIC,
      description: localized("Testenhet."),
      ...data,
    },
    ctx,
  );
  return options.publish ? store.transition(unit.id, unit.version, ContentStatus.PUBLISHED, ctx) : unit;
}

export interface HoursData {
  weekly?: WeeklySpan[];
  exceptions?: { fromDate: string; toDate: string; label?: string; spans: ExceptionSpan[] }[];
  routes?: { kind: ContactRouteKind; label: string; value: string; hours?: string }[];
}

/**
 * Gives a unit hours, exceptions and contact routes. The admin that will write them is a later
 * issue; until then tests write the rows as the seed does.
 */
export async function writeHours(dataSource: DataSource, unitId: string, data: HoursData): Promise<void> {
  await dataSource.transaction(async (manager) => {
    if (data.weekly?.length) await manager.insert(WeeklySpanRow, data.weekly.map((span) => ({ ...span, unitId })));
    for (const exception of data.exceptions ?? []) {
      const inserted = await manager.insert(HoursExceptionRow, {
        unitId,
        fromDate: exception.fromDate,
        toDate: exception.toDate,
        label: localized(exception.label ?? "Avvikande öppettider"),
      });
      const exceptionId = inserted.identifiers[0]!.id as number;
      if (exception.spans.length) await manager.insert(ExceptionSpanRow, exception.spans.map((span) => ({ ...span, exceptionId })));
    }
    if (data.routes?.length) {
      await manager.insert(
        ContactRoute,
        data.routes.map((route, position) => ({
          unitId,
          position,
          kind: route.kind,
          label: localized(route.label),
          value: route.value,
          hoursSv: route.hours ?? null,
          hoursEn: null,
        })),
      );
    }
  });
}

/** "08:00" → 480; a closing time at or before the opening belongs to the next morning. */
export const clock = (text: string) => {
  const [h, m] = text.split(":").map(Number) as [number, number];
  return h * 60 + m;
};

export function spans(weekdays: (1 | 2 | 3 | 4 | 5 | 6 | 7)[], opens: string, closes: string): WeeklySpan[] {
  const from = clock(opens);
  const to = clock(closes);
  return weekdays.map((weekday) => ({ weekday, opens: from, closes: to > from ? to : to + 1440 }));
}
