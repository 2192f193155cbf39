import type { ReferenceBatch } from "@vardportal/kit";
import { readableHoldings } from "../access.js";

/** Every ArchiveHolding the gateway asks for in one request, in one query, in the order asked. */
export const resolveArchiveHoldingReferences: ReferenceBatch = async (refs, ctx) => {
  const ids = refs.map((ref) => String(ref.id));
  const found = await readableHoldings(ctx, "holding").andWhere("holding.id IN (:...ids)", { ids }).getMany();
  const byId = new Map(found.map((holding) => [holding.id, holding]));
  return ids.map((id) => byId.get(id) ?? null);
};
