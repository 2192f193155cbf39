import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { Connection, PageArgs, paginate, type SubgraphContext } from "@vardportal/kit";
import { readableHoldings } from "../access.js";
import { ArchiveHolding } from "../entities/archive-holding.entity.js";
import { ArchiveHoldingFilter } from "./inputs/archive-holding-filter.input.js";

const ArchiveHoldingConnection = Connection(ArchiveHolding, "ArchiveHolding");
const ALIAS = "holding";

@Resolver(() => ArchiveHolding)
export class ArchiveHoldingResolver {
  @Query(() => ArchiveHoldingConnection, { description: "The archive's holdings, ordered by Swedish title." })
  archiveHoldings(
    @Arg("filter", () => ArchiveHoldingFilter, { nullable: true }) filter: ArchiveHoldingFilter | null | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ) {
    const qb = readableHoldings(ctx, ALIAS);
    if (typeof filter?.held === "boolean") qb.andWhere(`${ALIAS}.held = :held`, { held: filter.held });
    if (filter?.kind) qb.andWhere(`${ALIAS}.kind = :kind`, { kind: filter.kind });
    return paginate(qb, ALIAS, "titleSv", page, (holding) => holding.title.sv);
  }

  @Query(() => ArchiveHolding, { nullable: true })
  archiveHolding(@Arg("slug", () => String) slug: string, @Ctx() ctx: SubgraphContext) {
    return readableHoldings(ctx, ALIAS).andWhere(`${ALIAS}.slug = :slug`, { slug }).getOne();
  }
}
