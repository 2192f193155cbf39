import type { ReferenceBatch } from "@vardportal/kit";
import { readableEServices } from "../access.js";

/** Every EService the gateway asks for in one request, in one query, in the order asked. */
export const resolveEServiceReferences: ReferenceBatch = async (refs, ctx) => {
  const ids = refs.map((ref) => String(ref.id));
  const found = await readableEServices(ctx, "service").andWhere("service.id IN (:...ids)", { ids }).getMany();
  const byId = new Map(found.map((service) => [service.id, service]));
  return ids.map((id) => byId.get(id) ?? null);
};
