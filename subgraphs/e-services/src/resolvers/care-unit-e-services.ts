import type { ReferenceBatch } from "@vardportal/kit";
import { readableEServices } from "../access.js";
import { CareUnitEServices } from "../entities/care-unit.type.js";
import { EServiceOffering } from "../entities/e-service-offering.entity.js";

/**
 * Every CareUnit the gateway asks about in one request: the offerings of all of them in one query, and
 * the services behind them through the live filter in a second, so a hidden service never shows.
 */
export const resolveCareUnitReferences: ReferenceBatch = async (refs, ctx) => {
  const ids = refs.map((ref) => ref.id).filter((id): id is string => typeof id === "string");
  const offerings = ids.length ? await ctx.dataSource.getRepository(EServiceOffering).createQueryBuilder("o").where("o.careUnitId IN (:...ids)", { ids }).getMany() : [];
  const serviceIds = [...new Set(offerings.map((o) => o.eServiceId))];
  const services = serviceIds.length
    ? await readableEServices(ctx, "service").andWhere("service.id IN (:...serviceIds)", { serviceIds }).orderBy("service.nameSv", "ASC").addOrderBy("service.id", "ASC").getMany()
    : [];
  return refs.map((ref) => {
    const offered = new Set(offerings.filter((o) => o.careUnitId === ref.id).map((o) => o.eServiceId));
    return Object.assign(new CareUnitEServices(), { id: ref.id, eServices: services.filter((s) => offered.has(s.id)) });
  });
};

