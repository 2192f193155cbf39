import type { EntityManager } from "typeorm";
import { EditorialEngine, type EditorialCsvImport, type EditorialTypeRegistration } from "@vardportal/kit";
import type { CareUnitImportRow, CurrentValues } from "./care-unit-csv.js";
import { careUnitEditorialType } from "./registration.js";

const engineIn = (manager: EntityManager) => new EditorialEngine(manager.connection, careUnitEditorialType as unknown as EditorialTypeRegistration);

/** An existing unit's values as an editor sees them now: its working copy's, else its row's. */
export const currentCareUnitValues: CurrentValues = async (manager, id) => (await engineIn(manager).currentValuesIn(manager, id)) as Awaited<ReturnType<CurrentValues>>;

/**
 * Writes every imported row inside the import's one transaction: a new HSA-id becomes a new unit (a
 * draft row and its working copy), a known one gets its working copy replaced. Nothing is published.
 */
export const writeImportedCareUnits: EditorialCsvImport<CareUnitImportRow>["apply"] = async (manager, rows, ctx) => {
  const engine = engineIn(manager);
  const actor = { viewer: ctx.viewer, now: ctx.now, requestId: ctx.requestId };
  let created = 0;
  let updated = 0;
  for (const { row } of rows) {
    const outcome = await engine.importItem(manager, { id: row.id, values: row.values }, actor);
    if (outcome === "created") created++;
    else updated++;
  }
  return { created, updated };
};
