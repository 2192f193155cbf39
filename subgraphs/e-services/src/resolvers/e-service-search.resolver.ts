import { Args, Ctx, Query, Resolver } from "type-graphql";
import { runSearch, SearchArgs, SearchHitType, SearchResults, type SubgraphContext } from "@vardportal/kit";
import { readableEServices } from "../access.js";
import { eServiceSearchIndex } from "../search.js";

@Resolver()
export class EServiceSearchResolver {
  @Query(() => SearchResults, {
    description:
      "E-services the viewer may see whose name, provider, municipalities or description has every word (each may be the start of a word), best first. Empty or over 200 characters: BAD_USER_INPUT (field text).",
  })
  searchEServices(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: SubgraphContext) {
    return runSearch({
      dataSource: ctx.dataSource,
      index: eServiceSearchIndex,
      query: readableEServices(ctx, "service"),
      keyColumn: "service.id",
      keyOf: (service) => service.id,
      args,
      toHit: (service) => ({
        type: SearchHitType.E_SERVICE,
        id: service.id,
        title: service.name.sv,
        snippetFrom: [service.summary.sv, service.descriptionText?.sv, service.availabilityText?.sv],
        path: `/e-tjanster/${encodeURIComponent(service.slug)}`,
        region: service.region,
      }),
    });
  }
}
