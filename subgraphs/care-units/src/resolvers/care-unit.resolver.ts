import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { badUserInput, Connection, PageArgs, paginate, paginateByExpression, type SubgraphContext } from "@vardportal/kit";
import { careUnitStore } from "../care-unit-store.js";
import { previewCareUnit } from "../editorial/care-unit-preview.js";
import { CareUnit } from "../entities/care-unit.entity.js";
import { parseHsaId } from "../rules/hsa-id.js";
import { distanceOrder } from "./distance-order.js";
import { checkedPoint } from "./geo-input.js";
import { CareUnitFilter } from "./inputs/care-unit-filter.js";
import { CareUnitOrder } from "./inputs/care-unit-order.js";
import { GeoPointInput } from "./inputs/geo-point.input.js";
import { whereContains } from "./name-search.js";
import { whereOpenAt } from "./open-at-filter.js";

const CareUnitConnection = Connection(CareUnit, "CareUnit");

const live = (ctx: SubgraphContext) => careUnitStore(ctx.dataSource).live(ctx.viewer, ctx.now, "unit");

@Resolver(() => CareUnit)
export class CareUnitResolver {
  @Query(() => CareUnitConnection, { description: "Care units the viewer may see, ordered by name or, from a point, nearest first." })
  careUnits(
    @Arg("filter", () => CareUnitFilter, { nullable: true }) filter: CareUnitFilter | null,
    @Arg("orderBy", () => CareUnitOrder, { defaultValue: CareUnitOrder.NAME }) orderBy: CareUnitOrder,
    @Arg("near", () => GeoPointInput, { nullable: true, description: "The point DISTANCE measures from; required for it." }) near: GeoPointInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ) {
    const from = near ? checkedPoint(near, "near") : null;
    if (orderBy === CareUnitOrder.DISTANCE && !from) throw badUserInput("Ordering by distance needs a point: give near { lat, lon }.", "near");
    const qb = live(ctx);
    const text = filter?.text?.trim();
    if (text) whereContains(qb, ["unit.name", "unit.municipality", "unit.address"], text);
    if (filter?.region) qb.andWhere("unit.region = :region", { region: filter.region });
    if (filter?.municipality) qb.andWhere("unit.municipality = :municipality", { municipality: filter.municipality });
    if (filter?.kind) qb.andWhere("unit.kind = :kind", { kind: filter.kind });
    if (filter?.openAt) whereOpenAt(qb, "unit", filter.openAt);
    if (orderBy === CareUnitOrder.DISTANCE && from) {
      const { expression, parameters } = distanceOrder("unit", from);
      return paginateByExpression(qb.setParameters(parameters), "unit", expression, page);
    }
    return paginate(qb, "unit", "name", page, (unit) => unit.name);
  }

  @Query(() => CareUnit, { nullable: true })
  careUnit(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return live(ctx).andWhere("unit.id = :id", { id }).getOne();
  }

  @Query(() => CareUnit, {
    nullable: true,
    description:
      "The unit with this HSA-id, in any letter case; null when none the viewer may see has it. Text that is not an HSA-id is refused (BAD_USER_INPUT, field hsaId). With a valid preview token (x-preview-token) for this unit, its editor gets the working copy.",
  })
  async careUnitByHsaId(@Arg("hsaId", () => String) hsaId: string, @Ctx() ctx: SubgraphContext) {
    const canonical = parseHsaId(hsaId);
    if (!canonical) throw badUserInput('Not an HSA-id: expected "SE", ten digits, a dash and up to 18 letters or digits.', "hsaId");
    // The unit page's lookup, and the only one that shows an editor's working copy with a valid preview token.
    return (await previewCareUnit(ctx, canonical)) ?? live(ctx).andWhere("unit.hsaId = :hsaId", { hsaId: canonical }).getOne();
  }
}
