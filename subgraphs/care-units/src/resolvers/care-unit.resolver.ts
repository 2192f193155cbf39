import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { Connection, PageArgs, paginate, validationFailed, type SubgraphContext } from "@vardportal/kit";
import { careUnitStore } from "../care-unit-store.js";
import { CareUnit } from "../entities/care-unit.entity.js";
import { parseHsaId } from "../rules/hsa-id.js";
import { CareUnitFilter } from "./inputs/care-unit-filter.js";
import { whereContains } from "./name-search.js";

const CareUnitConnection = Connection(CareUnit, "CareUnit");

const live = (ctx: SubgraphContext) => careUnitStore(ctx.dataSource).live(ctx.viewer, ctx.now, "unit");

@Resolver(() => CareUnit)
export class CareUnitResolver {
  @Query(() => CareUnitConnection, { description: "Care units the viewer may see, ordered by name." })
  careUnits(
    @Arg("filter", () => CareUnitFilter, { nullable: true }) filter: CareUnitFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ) {
    const qb = live(ctx);
    const text = filter?.text?.trim();
    if (text) whereContains(qb, "unit.name", text);
    if (filter?.region) qb.andWhere("unit.region = :region", { region: filter.region });
    if (filter?.municipality) qb.andWhere("unit.municipality = :municipality", { municipality: filter.municipality });
    if (filter?.kind) qb.andWhere("unit.kind = :kind", { kind: filter.kind });
    return paginate(qb, "unit", "name", page, (unit) => unit.name);
  }

  @Query(() => CareUnit, { nullable: true })
  careUnit(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return live(ctx).andWhere("unit.id = :id", { id }).getOne();
  }

  @Query(() => CareUnit, { nullable: true })
  careUnitByHsaId(@Arg("hsaId", () => String) hsaId: string, @Ctx() ctx: SubgraphContext) {
    const canonical = parseHsaId(hsaId);
    if (!canonical) throw validationFailed({ hsaId: ['Not an HSA-id: expected "SE", ten digits, a dash and letters or digits.'] });
    return live(ctx).andWhere("unit.hsaId = :hsaId", { hsaId: canonical }).getOne();
  }
}
