import type { ReferenceBatch } from "@vardportal/kit";
import { visibleGuidelines } from "../access.js";

/** One query for every Guideline the gateway asks about in a request; unreadable ones come back null. */
export const resolveGuidelineReferences: ReferenceBatch = async (refs, ctx) => {
  const ids = refs.map((ref) => ref.id).filter((id): id is string => typeof id === "string");
  if (ids.length === 0) return refs.map(() => null);
  const rows = await visibleGuidelines(ctx, "guideline").andWhere("guideline.id IN (:...ids)", { ids }).getMany();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return refs.map((ref) => (typeof ref.id === "string" ? (byId.get(ref.id) ?? null) : null));
};
