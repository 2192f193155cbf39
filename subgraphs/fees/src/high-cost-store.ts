import { randomUUID } from "node:crypto";
import { QueryFailedError, type EntityManager } from "typeorm";
import { writeAudit, type SubgraphContext } from "@vardportal/kit";
import { HighCostPayment } from "./entities/high-cost-payment.entity.js";
import type { FeeSchedule } from "./entities/fee-schedule.entity.js";
import { stockholmDate } from "./rules/calendar-date.js";
import { highCostPeriods, periodOn, termsFrom, type HighCostPeriod, type HighCostTerms } from "./rules/high-cost-account.js";

/** A resident's payments in a region, in the order high-cost protection counts them. */
function paymentsOf(manager: EntityManager, region: string, personnummer: string): Promise<HighCostPayment[]> {
  return manager
    .getRepository(HighCostPayment)
    .createQueryBuilder("payment")
    .where("payment.region = :region AND payment.personnummer = :personnummer", { region, personnummer })
    .orderBy("payment.paidOn", "ASC")
    .addOrderBy("payment.recordedAt", "ASC")
    .addOrderBy("payment.id", "ASC")
    .getMany();
}

export interface AccountState {
  asOf: string;
  /** The current period's limit and length, or those in force on `asOf` when no period is open. */
  terms: HighCostTerms;
  current: HighCostPeriod<HighCostPayment> | null;
}

/**
 * A resident's standing on `asOf`, from their payments up to that day and the region's schedules
 * (oldest first); the read is audited, in `manager`, the caller's transaction.
 */
export function readAccount(
  manager: EntityManager,
  ctx: SubgraphContext,
  account: { region: string; personnummer: string },
  schedules: readonly FeeSchedule[],
  asOf: string,
): Promise<AccountState> {
  return withoutPersonalData(async () => {
    const payments = await paymentsOf(manager, account.region, account.personnummer);
    await auditAccountRead(manager, ctx, account.region, account.personnummer);
    const termsOn = termsFrom(schedules);
    const current = periodOn(highCostPeriods(payments, termsOn, asOf), asOf);
    return { asOf, terms: current ?? termsOn(asOf), current };
  });
}

/**
 * Every read of someone's account is a read of a personal record: it leaves an audit entry (who, whose,
 * which region), in the database's audit table and nowhere else.
 */
function auditAccountRead(manager: EntityManager, ctx: SubgraphContext, region: string, personnummer: string): Promise<void> {
  return writeAudit(manager, {
    actor: ctx.viewer,
    action: "READ_PERSONAL",
    entityType: "HighCostAccount",
    entityId: personnummer,
    after: { region },
    requestId: ctx.requestId,
  });
}

export type NewPayment = Pick<HighCostPayment, "region" | "personnummer" | "paidOn" | "amountSek" | "visitKind" | "missed" | "countsTowardsHighCost" | "careUnitId" | "reference">;

/** Records a payment and its audit entry in the caller's transaction. */
export async function insertPayment(manager: EntityManager, ctx: SubgraphContext, data: NewPayment): Promise<HighCostPayment> {
  const id = randomUUID();
  await manager.getRepository(HighCostPayment).insert({ ...data, id, recordedBy: ctx.viewer?.subject ?? "anonymous", sample: false });
  const payment = await manager.getRepository(HighCostPayment).findOneByOrFail({ id });
  await writeAudit(manager, { actor: ctx.viewer, action: "CREATE", entityType: "HighCostPayment", entityId: id, after: payment, requestId: ctx.requestId });
  return payment;
}

export const todayIn = (ctx: Pick<SubgraphContext, "now">) => stockholmDate(ctx.now);

/**
 * TypeORM's QueryFailedError carries the statement's parameters, here a personnummer, and the kit logs
 * an unexpected error whole. The error that leaves this work keeps the driver's code and nothing else.
 */
export async function withoutPersonalData<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof QueryFailedError)) throw error;
    const code = (error.driverError as { code?: unknown } | undefined)?.code;
    throw new Error(`A database statement on high-cost payments failed (${typeof code === "string" ? code : "no code"}).`);
  }
}
