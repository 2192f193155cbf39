import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { Connection, PageArgs, paginate, readEditorialPreview, type SubgraphContext } from "@vardportal/kit";
import { guidelineEditorialType, guidelineFromValues } from "../editorial.js";
import { visibleGuidelines } from "../access.js";
import { Guideline } from "../entities/guideline.entity.js";
import { GuidelineFilter } from "./inputs/guideline-filter.input.js";

const GuidelineConnection = Connection(Guideline, "Guideline");

@Resolver(() => Guideline)
export class GuidelineResolver {
  @Query(() => GuidelineConnection, { description: "Guidelines the viewer may read, ordered by Swedish title." })
  guidelines(
    @Arg("filter", () => GuidelineFilter, { nullable: true }) filter: GuidelineFilter | null | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ) {
    const qb = visibleGuidelines(ctx, "guideline");
    if (filter?.category) qb.andWhere("guideline.category = :category", { category: filter.category });
    if (filter?.region) qb.andWhere("guideline.region = :region", { region: filter.region });
    return paginate(qb, "guideline", "titleSv", page, (g) => g.title.sv);
  }

  @Query(() => Guideline, {
    nullable: true,
    description:
      "Null when there is no such guideline or the viewer may not read it. With a valid preview token (header x-preview-token) of this editor, the working copy of that one guideline.",
  })
  async guideline(@Arg("slug", () => String) slug: string, @Ctx() ctx: SubgraphContext) {
    const preview = await readEditorialPreview(ctx, guidelineEditorialType as never);
    if (preview && preview.values.slug === slug) {
      const row = await ctx.dataSource.getRepository(Guideline).findOneBy({ id: preview.id });
      if (row) return guidelineFromValues(row, preview.values);
    }
    return visibleGuidelines(ctx, "guideline").andWhere("guideline.slug = :slug", { slug }).getOne();
  }
}
