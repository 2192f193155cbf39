import { Args, Ctx, Query, Resolver } from "type-graphql";
import { runSearch, SearchArgs, SearchHitType, SearchResults, type SubgraphContext } from "@vardportal/kit";
import { readableHoldings } from "../access.js";
import { archiveHoldingSearchIndex } from "../search.js";

@Resolver()
export class ArchiveHoldingSearchResolver {
  @Query(() => SearchResults, {
    description:
      "Archive holdings the viewer may see (ARCHIVE-audience notes only for archive staff) whose title, creator, kind or description has every word, best first. Empty or over 200 characters: BAD_USER_INPUT (field text).",
  })
  searchArchiveHoldings(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: SubgraphContext) {
    return runSearch({
      dataSource: ctx.dataSource,
      index: archiveHoldingSearchIndex,
      query: readableHoldings(ctx, "holding"),
      keyColumn: "holding.id",
      keyOf: (holding) => holding.id,
      args,
      toHit: (holding) => ({
        type: SearchHitType.ARCHIVE_HOLDING,
        id: holding.id,
        title: holding.title.sv,
        snippetFrom: [holding.description.sv, holding.whereToAskText?.sv, holding.creator],
        path: holding.held ? "/arkiv#bestand" : "/arkiv#finns-inte",
        region: holding.region,
      }),
    });
  }
}
