import { Arg, Args, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { paginateByExpression, PageArgs, validationFailed, type SubgraphContext } from "@vardportal/kit";
import { archiveStaffRoles } from "../access.js";
import { DeliveryChannel, IncomingChannel } from "../entities/release-enums.js";
import { ReleaseRequest } from "../entities/release-request.entity.js";
import { assignRequest, takeStep } from "../release-requests.js";
import { QueueAssignee, QueueSort, ReleaseQueueFilter, ReleaseStepInput } from "./inputs/release-request.input.js";
import { ReleaseRequestConnection } from "./release-request.resolver.js";

const ALIAS = "request";
/** The reference as one number (year * 100 000 + number), so the queue pages by arrival. */
const ARRIVAL = `(CAST(substr(${ALIAS}.referenceNumber, 5, 4) AS INTEGER) * 100000 + CAST(substr(${ALIAS}.referenceNumber, 10) AS INTEGER))`;
const STATUS_RANK = `(CASE ${ALIAS}.status WHEN 'RECEIVED' THEN 0 WHEN 'RETRIEVING' THEN 1 WHEN 'ASSESSED' THEN 2 WHEN 'SENT' THEN 3 WHEN 'INVOICED' THEN 4 ELSE 5 END)`;
const ORDER: Record<QueueSort, string> = {
  OLDEST_FIRST: ARRIVAL,
  NEWEST_FIRST: `(0 - ${ARRIVAL})`,
  BY_STATUS: `(${STATUS_RANK} * 10000000000 + ${ARRIVAL})`,
};

@ObjectType()
class IncomingChannelCount {
  @Field(() => IncomingChannel)
  channel!: IncomingChannel;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
class DeliveryChannelCount {
  @Field(() => DeliveryChannel)
  channel!: DeliveryChannel;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "A year's release work, in the shape Region Kronoberg reports it (cases, how they came, how copies went)." })
export class ReleaseStatistics {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: "Requests received that year." })
  cases!: number;

  @Field(() => [IncomingChannelCount], { description: "Every channel, zero included, in a fixed order." })
  byIncomingChannel!: IncomingChannelCount[];

  @Field(() => [DeliveryChannelCount], { description: "Copies sent that year, by channel." })
  byDeliveryChannel!: DeliveryChannelCount[];

  @Field(() => Int, { description: "Sent through 1177 or a secure digital mailbox." })
  sentDigitally!: number;

  @Field(() => Int)
  sentByRegisteredMail!: number;

  @Field(() => Int, { description: "Requests received that year whose harm assessment refused release." })
  refused!: number;
}

@Resolver()
export class ReleaseQueueResolver {
  @Query(() => ReleaseRequestConnection, { description: "The archive's queue of release requests." })
  @Authorized(...archiveStaffRoles)
  releaseRequestQueue(
    @Arg("filter", () => ReleaseQueueFilter, { nullable: true }) filter: ReleaseQueueFilter | null | undefined,
    @Arg("sort", () => QueueSort, { defaultValue: QueueSort.OLDEST_FIRST }) sort: QueueSort,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ) {
    const qb = ctx.dataSource.getRepository(ReleaseRequest).createQueryBuilder(ALIAS).where("1 = 1");
    if (filter?.status?.length) qb.andWhere(`${ALIAS}.status IN (:...statuses)`, { statuses: filter.status });
    if (filter?.incomingChannel) qb.andWhere(`${ALIAS}.incomingChannel = :channel`, { channel: filter.incomingChannel });
    if (filter?.assignee === QueueAssignee.ME) qb.andWhere(`${ALIAS}.assigneeSubject = :me`, { me: ctx.viewer!.subject });
    if (filter?.assignee === QueueAssignee.UNASSIGNED) qb.andWhere(`${ALIAS}.assigneeSubject IS NULL`);
    return paginateByExpression(qb, ALIAS, ORDER[sort], page);
  }

  @Mutation(() => ReleaseRequest, { description: "Take a request (toMe: true) or let go of it." })
  @Authorized(...archiveStaffRoles)
  assignReleaseRequest(@Arg("id", () => ID) id: string, @Arg("toMe", () => Boolean) toMe: boolean, @Ctx() ctx: SubgraphContext) {
    return assignRequest(ctx, id, toMe);
  }

  @Mutation(() => ReleaseRequest, { description: "The next step of the archive's work; a step out of order is refused with CONFLICT." })
  @Authorized(...archiveStaffRoles)
  advanceReleaseRequest(@Arg("id", () => ID) id: string, @Arg("input", () => ReleaseStepInput) input: ReleaseStepInput, @Ctx() ctx: SubgraphContext) {
    return takeStep(ctx, id, input);
  }

  @Query(() => [Int], { description: "The years with any request, newest first." })
  @Authorized(...archiveStaffRoles)
  async releaseStatisticsYears(@Ctx() ctx: SubgraphContext): Promise<number[]> {
    const rows = await ctx.dataSource
      .getRepository(ReleaseRequest)
      .createQueryBuilder(ALIAS)
      .select(`DISTINCT substr(${ALIAS}.receivedOn, 1, 4)`, "year")
      .getRawMany<{ year: string }>();
    return rows.map((r) => Number(r.year)).sort((a, b) => b - a);
  }

  @Query(() => ReleaseStatistics)
  @Authorized(...archiveStaffRoles)
  async releaseStatistics(@Arg("year", () => Int) year: number, @Ctx() ctx: SubgraphContext): Promise<ReleaseStatistics> {
    if (!Number.isInteger(year) || year < 1900 || year > 2200) throw validationFailed({ year: ["Ett år mellan 1900 och 2200."] });
    const repo = ctx.dataSource.getRepository(ReleaseRequest);
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const incoming = await repo
      .createQueryBuilder(ALIAS)
      .select(`${ALIAS}.incomingChannel`, "channel")
      .addSelect("COUNT(*)", "count")
      .where(`${ALIAS}.receivedOn BETWEEN :from AND :to`, { from, to })
      .groupBy(`${ALIAS}.incomingChannel`)
      .getRawMany<{ channel: IncomingChannel; count: string | number }>();
    const sent = await repo
      .createQueryBuilder(ALIAS)
      .select(`${ALIAS}.sentChannel`, "channel")
      .addSelect("COUNT(*)", "count")
      .where(`${ALIAS}.sentOn BETWEEN :from AND :to`, { from, to })
      .groupBy(`${ALIAS}.sentChannel`)
      .getRawMany<{ channel: DeliveryChannel; count: string | number }>();
    const refused = await repo
      .createQueryBuilder(ALIAS)
      .where(`${ALIAS}.receivedOn BETWEEN :from AND :to`, { from, to })
      .andWhere(`${ALIAS}.harmDecision = 'REFUSE'`)
      .getCount();
    const countOf = <C extends string>(rows: { channel: C; count: string | number }[], channel: C) => Number(rows.find((r) => r.channel === channel)?.count ?? 0);
    const byIncomingChannel = Object.values(IncomingChannel).map((channel) => ({ channel, count: countOf(incoming, channel) }));
    const byDeliveryChannel = Object.values(DeliveryChannel).map((channel) => ({ channel, count: countOf(sent, channel) }));
    return {
      year,
      cases: byIncomingChannel.reduce((sum, c) => sum + c.count, 0),
      byIncomingChannel,
      byDeliveryChannel,
      sentDigitally: countOf(sent, DeliveryChannel.E_SERVICE_1177) + countOf(sent, DeliveryChannel.DIGITAL_MAILBOX),
      sentByRegisteredMail: countOf(sent, DeliveryChannel.REGISTERED_MAIL),
      refused,
    };
  }
}
