import { Args, Ctx, Query, Resolver } from "type-graphql";
import { runSearch, SearchArgs, SearchHitType, SearchResults, type SubgraphContext } from "@vardportal/kit";
import { guidelineStore } from "../guideline-store.js";
import { guidelineSearchIndex } from "../search.js";

@Resolver()
export class GuidelineSearchResolver {
  @Query(() => SearchResults, {
    description:
      "Guidelines the viewer may see (staff guidance only for staff, editors and admins) whose title, summary or text has every word, best first. Empty or over 200 characters: BAD_USER_INPUT (field text).",
  })
  searchGuidelines(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: SubgraphContext) {
    return runSearch({
      dataSource: ctx.dataSource,
      index: guidelineSearchIndex,
      query: guidelineStore(ctx.dataSource).live(ctx.viewer, ctx.now, "guideline"),
      keyColumn: "guideline.id",
      keyOf: (guideline) => guideline.id,
      args,
      toHit: (guideline) => ({
        type: SearchHitType.GUIDELINE,
        id: guideline.id,
        title: guideline.title.sv,
        snippetFrom: [guideline.summary.sv, guideline.body.sv],
        path: `/riktlinjer/${encodeURIComponent(guideline.slug)}`,
        region: guideline.region,
      }),
    });
  }
}
