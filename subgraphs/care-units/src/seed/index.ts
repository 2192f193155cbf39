import type { DataSource } from "typeorm";
import { Audience, ContentStatus, insertSeedContent, localized, seedId } from "@vardportal/kit";
import { CareUnit } from "../entities/care-unit.entity.js";
import { ContactRoute } from "../entities/contact-route.entity.js";
import { ExceptionSpanRow } from "../entities/exception-span.entity.js";
import { HoursExceptionRow } from "../entities/hours-exception.entity.js";
import { WeeklySpanRow } from "../entities/weekly-span.entity.js";
import { careUnitSeed } from "./care-units.js";

/**
 * The kit writes the units and their first revisions; hours, exceptions and routes go in afterwards,
 * in one transaction, because its insert does not follow relations (so the seed revision's snapshot
 * holds none of them either).
 */
export async function seedCareUnits(dataSource: DataSource, now: Date): Promise<void> {
  const seeds = careUnitSeed(now).map((seed) => ({ seed, id: seedId("care-unit", seed.hsaId) }));
  await insertSeedContent(
    dataSource,
    CareUnit,
    "CareUnit",
    seeds.map(({ seed, id }) => ({
      id,
      hsaId: seed.hsaId,
      name: seed.name,
      kind: seed.kind,
      region: seed.region,
      municipality: seed.municipality,
      address: seed.address,
      latitude: seed.position?.lat ?? null,
      longitude: seed.position?.lon ?? null,
      phone: seed.phone,
      webUrl: seed.webUrl,
      description: localized(...seed.description),
      closedOnPublicHolidays: seed.closedOnPublicHolidays,
      internalPhone: seed.internalPhone,
      audience: Audience.PUBLIC,
      status: ContentStatus.PUBLISHED,
    })),
  );
  await dataSource.transaction(async (manager) => {
    for (const { seed, id: unitId } of seeds) {
      if (seed.weekly.length > 0) await manager.insert(WeeklySpanRow, seed.weekly.map((span) => ({ ...span, unitId })));
      for (const exception of seed.exceptions) {
        const inserted = await manager.insert(HoursExceptionRow, {
          unitId,
          fromDate: exception.fromDate,
          toDate: exception.toDate,
          label: localized(...exception.label),
        });
        const exceptionId = inserted.identifiers[0]!.id as number;
        if (exception.spans.length > 0) await manager.insert(ExceptionSpanRow, exception.spans.map((span) => ({ ...span, exceptionId })));
      }
      if (seed.routes.length > 0) {
        await manager.insert(
          ContactRoute,
          seed.routes.map((route, position) => ({
            unitId,
            position,
            kind: route.kind,
            label: localized(...route.label),
            value: route.value,
            hoursSv: route.hours?.[0] ?? null,
            hoursEn: route.hours?.[1] ?? null,
          })),
        );
      }
    }
  });
}
