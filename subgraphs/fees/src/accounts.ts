import type { EntityManager } from "typeorm";
import type { SubgraphContext } from "@vardportal/kit";
import type { HighCostAccount, HighCostPeriodView } from "./entities/high-cost-account.type.js";
import { readAccount, todayIn, type AccountState } from "./high-cost-store.js";
import { requireRegion } from "./quotes.js";

function toPeriodView(period: NonNullable<AccountState["current"]>): HighCostPeriodView {
  return {
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    limitSek: period.limitSek,
    paidSek: period.paidSek,
    remainingSek: period.remainingSek,
    frikort: period.frikortFrom ? { validFrom: period.frikortFrom, validUntil: period.endsOn } : null,
    payments: period.payments,
  };
}

/** A resident's account as it stands today, read (and the read audited) in `manager`. */
export async function loadAccount(ctx: SubgraphContext, region: string, personnummer: string, manager: EntityManager = ctx.dataSource.manager): Promise<HighCostAccount> {
  const schedules = await requireRegion(ctx, region);
  const state = await readAccount(manager, ctx, { region, personnummer }, schedules, todayIn(ctx));
  return {
    region,
    personnummer,
    asOf: state.asOf,
    limitSek: state.terms.limitSek,
    periodMonths: state.terms.periodMonths,
    currentPeriod: state.current ? toPeriodView(state.current) : null,
  };
}
