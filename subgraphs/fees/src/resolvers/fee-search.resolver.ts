import { Args, Ctx, Query, Resolver } from "type-graphql";
import { Brackets } from "typeorm";
import { runSearch, SearchArgs, SearchHitType, SearchResults, whereLive, type SubgraphContext } from "@vardportal/kit";
import { FeeItem } from "../entities/fee-item.entity.js";
import { stockholmDate } from "../rules/calendar-date.js";
import { feeItemSearchIndex } from "../search.js";

const kronor = (amount: number) => `${new Intl.NumberFormat("sv-SE").format(amount)} kr`;

@Resolver()
export class FeeSearchResolver {
  @Query(() => SearchResults, {
    description:
      "Fee lines of the schedules in force today (Swedish date) that the viewer may see, whose label, visit kind, unit kinds or schedule title has every word, best first. Empty or over 200 characters: BAD_USER_INPUT (field text).",
  })
  searchFees(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: SubgraphContext) {
    const today = stockholmDate(ctx.now);
    const query = ctx.dataSource.getRepository(FeeItem).createQueryBuilder("item").innerJoinAndSelect("item.schedule", "schedule");
    whereLive(query, "schedule", ctx.viewer, ctx.now)
      .andWhere("schedule.validFrom <= :today", { today })
      .andWhere(new Brackets((b) => b.where("schedule.validTo IS NULL").orWhere("schedule.validTo >= :today", { today })));
    return runSearch({
      dataSource: ctx.dataSource,
      index: feeItemSearchIndex,
      query,
      keyColumn: "item.id",
      keyOf: (item) => item.id,
      args,
      toHit: (item) => ({
        type: SearchHitType.FEE,
        id: String(item.id),
        title: item.label.sv,
        snippetFrom: [`${kronor(item.amountSek)}. ${item.schedule.title.sv}, ${item.schedule.region}.`],
        path: `/avgifter?${new URLSearchParams({ region: item.schedule.region })}`,
        region: item.schedule.region,
      }),
    });
  }
}
