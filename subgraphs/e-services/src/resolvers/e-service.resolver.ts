import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs, paginate, readEditorialPreview, type SubgraphContext } from "@vardportal/kit";
import { eServiceEditorialType, eServiceFromValues } from "../editorial.js";
import { readableEServices } from "../access.js";
import { eligibilityFor, whereUsableBy } from "../catalogue.js";
import { EServiceEligibility, StaffingStatus } from "../entities/e-service-eligibility.type.js";
import { EService } from "../entities/e-service.entity.js";
import { staffingAt } from "../rules/staffed-hours.js";
import { EServiceFilter } from "./inputs/e-service-filter.input.js";
import { readVisitorFacts } from "./inputs/visitor-facts.js";
import { VisitorInput } from "./inputs/visitor.input.js";

const EServiceConnection = Connection(EService, "EService");
const ALIAS = "service";

function visitorOf(input: VisitorInput | null | undefined, prefix: string) {
  return { ...readVisitorFacts(input, prefix), hasEid: input?.hasEid ?? null };
}

@Resolver(() => EService)
export class EServiceResolver {
  @Query(() => EServiceConnection, {
    description: "The e-service catalogue, ordered by Swedish name. Age and municipality keep the services such a visitor may use.",
  })
  eServices(
    @Arg("filter", () => EServiceFilter, { nullable: true }) filter: EServiceFilter | null | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ) {
    const facts = readVisitorFacts(filter, "filter");
    const qb = readableEServices(ctx, ALIAS);
    if (filter?.channel) qb.andWhere(`${ALIAS}.channel = :channel`, { channel: filter.channel });
    if (filter?.region) qb.andWhere(`${ALIAS}.region = :region`, { region: filter.region });
    whereUsableBy(qb, ALIAS, facts);
    return paginate(qb, ALIAS, "nameSv", page, (service) => service.name.sv);
  }

  @Query(() => EService, {
    nullable: true,
    description: "With a valid preview token (header x-preview-token) of this editor, the working copy of that one e-service (decision 019).",
  })
  async eService(@Arg("slug", () => String) slug: string, @Ctx() ctx: SubgraphContext) {
    const preview = await readEditorialPreview(ctx, eServiceEditorialType as never);
    if (preview && preview.values.slug === slug) {
      const row = await ctx.dataSource.getRepository(EService).findOneBy({ id: preview.id });
      if (row) return eServiceFromValues(row, preview.values);
    }
    return readableEServices(ctx, ALIAS).andWhere(`${ALIAS}.slug = :slug`, { slug }).getOne();
  }

  @Query(() => EServiceEligibility, {
    nullable: true,
    description: "Whether a visitor may use the service, with every reason; null when there is no such service for this viewer.",
  })
  async eServiceEligibility(
    @Arg("slug", () => String) slug: string,
    @Arg("visitor", () => VisitorInput, { nullable: true }) visitor: VisitorInput | null | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<EServiceEligibility | null> {
    const facts = visitorOf(visitor, "visitor");
    const service = await readableEServices(ctx, ALIAS).andWhere(`${ALIAS}.slug = :slug`, { slug }).getOne();
    return service ? eligibilityFor(service, facts) : null;
  }

  @FieldResolver(() => EServiceEligibility, { description: "The same answer as eServiceEligibility, for each service in a list." })
  eligibilityFor(
    @Root() service: EService,
    @Arg("visitor", () => VisitorInput, { nullable: true }) visitor: VisitorInput | null | undefined,
  ): EServiceEligibility {
    return eligibilityFor(service, visitorOf(visitor, "visitor"));
  }

  @FieldResolver(() => StaffingStatus, { nullable: true, description: "Whether staff answer now (Swedish time); null where the service has no set hours." })
  staffing(@Root() service: EService, @Ctx() ctx: SubgraphContext): StaffingStatus | null {
    return service.staffedSpans ? Object.assign(new StaffingStatus(), staffingAt(service.staffedSpans, ctx.now)) : null;
  }
}
