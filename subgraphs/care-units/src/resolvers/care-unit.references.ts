import type { ReferenceBatch } from "@vardportal/kit";
import { careUnitStore } from "../care-unit-store.js";

/** Every CareUnit the gateway asks about in one request, in one query, through the same live filter. */
export const resolveCareUnitReferences: ReferenceBatch = async (refs, ctx) => {
  const ids = refs.map((ref) => ref.id).filter((id): id is string => typeof id === "string");
  if (ids.length === 0) return refs.map(() => null);
  const rows = await careUnitStore(ctx.dataSource).live(ctx.viewer, ctx.now, "unit").andWhere("unit.id IN (:...ids)", { ids }).getMany();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return refs.map((ref) => (typeof ref.id === "string" ? (byId.get(ref.id) ?? null) : null));
};
