import type { ReferenceBatch } from "@vardportal/kit";
import { liveSchedules } from "../fee-schedule-store.js";

/** Every FeeSchedule the gateway asks about in one request, in one query, through the live filter. */
export const resolveFeeScheduleReferences: ReferenceBatch = async (refs, ctx) => {
  const ids = refs.map((ref) => ref.id).filter((id): id is string => typeof id === "string");
  if (ids.length === 0) return refs.map(() => null);
  const rows = await liveSchedules(ctx).andWhere("schedule.id IN (:...ids)", { ids }).orderBy("item.position", "ASC").getMany();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return refs.map((ref) => (typeof ref.id === "string" ? (byId.get(ref.id) ?? null) : null));
};

/** CareUnit belongs to care-units; the representation (id and the required region) is all this subgraph needs. */
export const resolveCareUnitReferences: ReferenceBatch = async (refs) => refs.map((ref) => ({ ...ref }));
