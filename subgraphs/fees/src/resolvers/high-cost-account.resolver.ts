import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { PageArgs, paginate, requirePersonnummer, type SubgraphContext } from "@vardportal/kit";
import { accountLookupRoles } from "../access.js";
import { loadAccount } from "../accounts.js";
import { HighCostAccount, HighCostPaymentConnection } from "../entities/high-cost-account.type.js";
import { HighCostPayment } from "../entities/high-cost-payment.entity.js";
import { inputRefused } from "../input-errors.js";

@Resolver(() => HighCostAccount)
export class HighCostAccountResolver {
  @Query(() => HighCostAccount, {
    nullable: true,
    description: "The logged-in resident's own high-cost protection; null for a login without a personnummer (staff). Region: the viewer's own by default.",
  })
  @Authorized()
  myHighCostAccount(@Arg("region", () => String, { nullable: true }) region: string | null, @Ctx() ctx: SubgraphContext) {
    const personnummer = ctx.viewer?.personnummer;
    if (!personnummer) return null;
    const where = region?.trim() || ctx.viewer?.region;
    if (!where) throw inputRefused([{ field: "region", problem: "REGION_MISSING", sv: "Välj en region.", en: "Choose a region." }]);
    return loadAccount(ctx, where, personnummer);
  }

  @Query(() => HighCostAccount, { nullable: true, description: "A resident's high-cost protection, for staff. Every look-up is audited. Null only beside a coded error." })
  @Authorized(...accountLookupRoles)
  highCostAccount(
    @Arg("region", () => String) region: string,
    @Arg("personnummer", () => String, { description: "In any form people write it; refused with the kit's coded error when it cannot exist." }) personnummer: string,
    @Ctx() ctx: SubgraphContext,
  ) {
    return loadAccount(ctx, region.trim(), requirePersonnummer(personnummer));
  }

  @FieldResolver(() => HighCostPaymentConnection, { description: "Every payment in the region, in the order made (by day)." })
  payments(@Root() account: HighCostAccount, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: SubgraphContext) {
    const qb = ctx.dataSource
      .getRepository(HighCostPayment)
      .createQueryBuilder("payment")
      .where("payment.region = :region AND payment.personnummer = :personnummer", { region: account.region, personnummer: account.personnummer });
    return paginate(qb, "payment", "paidOn", page, (payment) => payment.paidOn);
  }
}
