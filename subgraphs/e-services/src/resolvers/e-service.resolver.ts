import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { Connection, PageArgs, paginate, type SubgraphContext } from "@vardportal/kit";
import { readableEServices } from "../access.js";
import { EService } from "../entities/e-service.entity.js";
import { EServiceFilter } from "./inputs/e-service-filter.input.js";

const EServiceConnection = Connection(EService, "EService");
const ALIAS = "service";

@Resolver(() => EService)
export class EServiceResolver {
  @Query(() => EServiceConnection, { description: "The e-service catalogue, ordered by Swedish name." })
  eServices(
    @Arg("filter", () => EServiceFilter, { nullable: true }) filter: EServiceFilter | null | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ) {
    const qb = readableEServices(ctx, ALIAS);
    if (filter?.channel) qb.andWhere(`${ALIAS}.channel = :channel`, { channel: filter.channel });
    if (filter?.region) qb.andWhere(`${ALIAS}.region = :region`, { region: filter.region });
    return paginate(qb, ALIAS, "nameSv", page, (service) => service.name.sv);
  }

  @Query(() => EService, { nullable: true })
  eService(@Arg("slug", () => String) slug: string, @Ctx() ctx: SubgraphContext) {
    return readableEServices(ctx, ALIAS).andWhere(`${ALIAS}.slug = :slug`, { slug }).getOne();
  }
}
