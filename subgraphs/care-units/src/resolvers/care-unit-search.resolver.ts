import { Args, Ctx, Query, Resolver } from "type-graphql";
import { runSearch, SearchArgs, SearchHitType, SearchResults, type SubgraphContext } from "@vardportal/kit";
import { careUnitStore } from "../care-unit-store.js";
import { careUnitSearchIndex } from "../search.js";

@Resolver()
export class CareUnitSearchResolver {
  @Query(() => SearchResults, {
    description:
      "Care units the viewer may see whose name, place, kind or description has every word (each may be the start of a word), best first. Å, ä and ö are letters of their own; other accents and letter case do not matter. Empty or over 200 characters: BAD_USER_INPUT (field text).",
  })
  searchCareUnits(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: SubgraphContext) {
    return runSearch({
      dataSource: ctx.dataSource,
      index: careUnitSearchIndex,
      query: careUnitStore(ctx.dataSource).live(ctx.viewer, ctx.now, "unit"),
      keyColumn: "unit.id",
      keyOf: (unit) => unit.id,
      args,
      toHit: (unit) => ({
        type: SearchHitType.CARE_UNIT,
        id: unit.id,
        title: unit.name,
        snippetFrom: [[unit.address, unit.municipality].filter(Boolean).join(", "), unit.description?.sv],
        path: `/hitta-vard/${encodeURIComponent(unit.hsaId)}`,
        region: unit.region,
      }),
    });
  }
}
