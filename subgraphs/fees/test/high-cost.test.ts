import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryFailedError } from "typeorm";
import { AuditEntry } from "@vardportal/kit";
import { personnummerFor } from "@vardportal/kit/personnummer";
import {
  errorCodeAt,
  expectBadUserInput,
  expectCode,
  expectConflict,
  expectData,
  expectForbidden,
  expectPerPersona,
  expectUnauthenticated,
  expectValidationFailed,
  perPersona,
  type PersonaName,
  type TestSubgraph,
} from "@vardportal/kit/testing";
import { withoutPersonalData } from "../src/high-cost-store.js";
import { ACCOUNT_FIELDS, ANNA, RECORD, startFees, type AccountView, type RecordedView } from "./helpers.js";

/** Today on the test clock is 2026-03-02; the seed dates Anna's sample payments back from it. */
let t: TestSubgraph;
beforeAll(async () => {
  t = await startFees();
});
afterAll(async () => {
  await t.close();
});

const MINE = `{ myHighCostAccount { ${ACCOUNT_FIELDS} } }`;
const LOOKUP = `query($personnummer: String!, $region: String!) { highCostAccount(personnummer: $personnummer, region: $region) { ${ACCOUNT_FIELDS} } }`;
const anna = { subject: "anna", roles: ["resident" as const], region: "Norrbotten", personnummer: ANNA };

async function recordAs(as: PersonaName, input: Record<string, unknown>) {
  return t.query<{ recordFeePayment: RecordedView }>(RECORD, {
    as,
    variables: { input: { region: "Norrbotten", visitKind: "HEALTH_CENTRE_VISIT", visitDate: "2026-03-02", ...input } },
  });
}
const record = async (input: Record<string, unknown>) => expectData(await recordAs("staff", input)).recordFeePayment;

describe("a resident's own account", () => {
  it("Anna sees her running total: the sample payments since her first one, the missed-visit fee listed but not counted", async () => {
    const account = expectData(await t.query<{ myHighCostAccount: AccountView }>(MINE, { as: anna })).myHighCostAccount;
    expect(account).toMatchObject({ region: "Norrbotten", personnummer: ANNA, asOf: "2026-03-02", limitSek: 1450, periodMonths: 12 });
    expect(account.currentPeriod).toMatchObject({ startsOn: "2025-12-17", endsOn: "2026-12-16", paidSek: 900, remainingSek: 550, frikort: null });
    expect(account.currentPeriod?.payments.map((p) => [p.amountSek, p.missed, p.countsTowardsHighCost, p.sample])).toEqual([
      [300, false, true, true],
      [300, false, true, true],
      [400, true, false, true],
      [300, false, true, true],
    ]);
  });

  it("someone who has paid nothing has no period open, and the limit in force today", async () => {
    const nobody = { ...anna, subject: "new", personnummer: personnummerFor("1990-01-01", 456) };
    const account = expectData(await t.query<{ myHighCostAccount: AccountView }>(MINE, { as: nobody })).myHighCostAccount;
    expect(account).toMatchObject({ limitSek: 1450, currentPeriod: null });
  });

  it("needs a login; staff, whose login carries no personnummer, have no account of their own", async () => {
    expectUnauthenticated(await t.query(MINE), ["myHighCostAccount"]);
    expect(expectData(await t.query<{ myHighCostAccount: null }>(MINE, { as: "staff" })).myHighCostAccount).toBeNull();
  });

  it("an unknown region is refused with the regions there are", async () => {
    const error = expectBadUserInput(await t.query(`{ myHighCostAccount(region: "Atlantis") { limitSek } }`, { as: anna }), ["myHighCostAccount"]);
    expect(error.extensions).toMatchObject({ field: "region", problem: "REGION_UNKNOWN" });
  });

  it("lists every payment through a connection, a page at a time, and refuses a page over the maximum", async () => {
    const PAGE = `query($first: Int!, $after: String) { myHighCostAccount { payments(first: $first, after: $after) { totalCount edges { node { paidOn amountSek } } pageInfo { hasNextPage endCursor } } } }`;
    type Page = { myHighCostAccount: { payments: { totalCount: number; edges: { node: { paidOn: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    const first = expectData(await t.query<Page>(PAGE, { as: anna, variables: { first: 3 } })).myHighCostAccount.payments;
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const rest = expectData(await t.query<Page>(PAGE, { as: anna, variables: { first: 3, after: first.pageInfo.endCursor } })).myHighCostAccount.payments;
    expect([...first.edges, ...rest.edges].map((e) => e.node.paidOn)).toEqual(["2025-12-17", "2026-01-21", "2026-02-18", "2026-02-25"]);
    expectValidationFailed(await t.query(PAGE, { as: anna, variables: { first: 101 } }));
  });
});

describe("staff look up an account", () => {
  const mayLookUp = perPersona((as) => ["staff", "editor", "admin"].includes(as));

  it("staff, editors and admins get it; everyone else FORBIDDEN, anonymous included", async () => {
    await expectPerPersona(
      "highCostAccount",
      async (as) => {
        const result = await t.query<{ highCostAccount: AccountView | null }>(LOOKUP, { as, variables: { personnummer: ANNA, region: "Norrbotten" } });
        return result.data?.highCostAccount?.currentPeriod?.paidSek ?? errorCodeAt(result, ["highCostAccount"]);
      },
      perPersona((as) => (mayLookUp[as] ? 900 : "FORBIDDEN")),
    );
  });

  it("takes the number in any written form and answers with twelve digits", async () => {
    const account = expectData(await t.query<{ highCostAccount: AccountView }>(LOOKUP, { as: "staff", variables: { personnummer: "850517-2828", region: "Norrbotten" } }));
    expect(account.highCostAccount.personnummer).toBe(ANNA);
  });

  it("refuses an invalid personnummer with the kit's coded error, without repeating it", async () => {
    const result = await t.query(LOOKUP, { as: "staff", variables: { personnummer: "19850517-2829", region: "Norrbotten" } });
    const error = expectBadUserInput(result);
    expect(error.extensions).toMatchObject({ field: "personnummer", problem: "INVALID" });
    expect(JSON.stringify(result)).not.toContain("850517");
  });

  it("leaves an audit entry for every look-up: who looked, whose account", async () => {
    const audit = t.subgraph.dataSource.getRepository(AuditEntry);
    const before = await audit.countBy({ action: "READ_PERSONAL", entityId: ANNA, actorSubject: "test-nurse" });
    await t.query(LOOKUP, { as: "staff", variables: { personnummer: ANNA, region: "Norrbotten" } });
    expect(await audit.countBy({ action: "READ_PERSONAL", entityId: ANNA, actorSubject: "test-nurse" })).toBe(before + 1);
  });
});

describe("recording a payment", () => {
  it("is for care staff only; everyone else FORBIDDEN, and nothing is written", async () => {
    const pnr = personnummerFor("1960-02-02", 321);
    for (const as of ["anonymous", "resident", "archivist", "editor", "admin"] as const) {
      expectForbidden(await recordAs(as, { personnummer: pnr }), ["recordFeePayment"]);
    }
    const account = expectData(await t.query<{ highCostAccount: AccountView }>(LOOKUP, { as: "staff", variables: { personnummer: pnr, region: "Norrbotten" } }));
    expect(account.highCostAccount.currentPeriod).toBeNull();
  });

  it("takes the amount from the fee rules and adds it to the account", async () => {
    const pnr = personnummerFor("1961-03-03", 432);
    const done = await record({ personnummer: pnr, careUnitId: "unit-1" });
    expect(done).toMatchObject({ alreadyRecorded: false, quote: { amountSek: 300, reason: "STANDARD" } });
    expect(done.payment).toMatchObject({ paidOn: "2026-03-02", amountSek: 300, visitKind: "HEALTH_CENTRE_VISIT", countsTowardsHighCost: true, careUnitId: "unit-1" });
    expect(done.account.currentPeriod).toMatchObject({ startsOn: "2026-03-02", paidSek: 300, remainingSek: 1150 });
  });

  it("records nothing for a free visit (under 20): nothing to pay", async () => {
    const child = personnummerFor("2012-01-01", 543);
    const done = await record({ personnummer: child });
    expect(done).toMatchObject({ quote: { amountSek: 0, reason: "FREE_BY_AGE" }, payment: null });
    expect(done.account.currentPeriod).toBeNull();
  });

  it("charges only up to the limit, then gives a frikort, after which visits record nothing", async () => {
    const pnr = personnummerFor("1962-04-04", 654);
    for (const day of ["2025-06-01", "2025-07-01", "2025-08-01", "2025-09-01"]) await record({ personnummer: pnr, visitDate: day });
    const reaching = await record({ personnummer: pnr, visitDate: "2025-10-01" });
    expect(reaching).toMatchObject({ quote: { amountSek: 250, reason: "REACHES_HIGH_COST_LIMIT" }, payment: { amountSek: 250 } });
    expect(reaching.account.currentPeriod).toMatchObject({ paidSek: 1450, remainingSek: 0, frikort: { validFrom: "2025-10-01", validUntil: "2026-05-31" } });
    const free = await record({ personnummer: pnr, visitDate: "2026-01-10" });
    expect(free).toMatchObject({ quote: { amountSek: 0, reason: "HIGH_COST_LIMIT_REACHED" }, payment: null });
  });

  it("records a missed visit's fee, which does not count towards the limit", async () => {
    const pnr = personnummerFor("1963-05-05", 765);
    const done = await record({ personnummer: pnr, missed: true, visitKind: "SPECIALIST_VISIT" });
    expect(done.payment).toMatchObject({ amountSek: 400, visitKind: "SPECIALIST_VISIT", missed: true, countsTowardsHighCost: false });
    expect(done.account.currentPeriod).toBeNull();
  });

  it("is idempotent by reference: the same reference twice records once", async () => {
    const pnr = personnummerFor("1964-06-06", 876);
    const first = await record({ personnummer: pnr, reference: "appointment-42" });
    const again = await record({ personnummer: pnr, reference: "appointment-42" });
    expect(again).toMatchObject({ alreadyRecorded: true, quote: null, payment: { id: first.payment?.id } });
    expect(again.account.currentPeriod?.paidSek).toBe(300);
  });

  it("refuses a reference already used for someone else, saying nothing about them", async () => {
    const result = await recordAs("staff", { personnummer: personnummerFor("1965-07-07", 987), reference: "appointment-42" });
    const error = expectConflict(result, ["recordFeePayment"]);
    expect(JSON.stringify(error)).not.toMatch(/19640606|appointment-42/);
  });

  it("refuses a visit date in the future, and the quote's own refusals as for a quote", async () => {
    const pnr = personnummerFor("1966-08-08", 198);
    expect(expectBadUserInput(await recordAs("staff", { personnummer: pnr, visitDate: "2026-03-03" })).extensions).toMatchObject({ field: "visitDate", problem: "VISIT_DATE_IN_FUTURE" });
    expect(expectBadUserInput(await recordAs("staff", { personnummer: pnr, visitKind: "DENTAL" })).extensions).toMatchObject({ field: "visitKind" });
    expect(expectBadUserInput(await recordAs("staff", { personnummer: "nope" })).extensions).toMatchObject({ field: "personnummer", problem: "FORMAT" });
  });

  it("audits each payment it records", async () => {
    const done = await record({ personnummer: personnummerFor("1967-09-09", 219) });
    const entry = await t.subgraph.dataSource.getRepository(AuditEntry).findOneBy({ entityType: "HighCostPayment", entityId: done.payment!.id });
    expect(entry).toMatchObject({ action: "CREATE", actorSubject: "test-nurse" });
  });
});

describe("personal data and database errors", () => {
  it("a failed statement's error keeps the driver's code but not the parameters (a personnummer)", async () => {
    const failing = async () => {
      throw new QueryFailedError("INSERT INTO high_cost_payment VALUES (?)", [ANNA], Object.assign(new Error("UNIQUE constraint failed"), { code: "SQLITE_CONSTRAINT_UNIQUE" }));
    };
    const error = await withoutPersonalData(failing).catch((e: unknown) => e);
    expect(inspect(error, { depth: 5 })).not.toContain(ANNA);
    expect(String(error)).toContain("SQLITE_CONSTRAINT_UNIQUE");
  });

  it("an error that is not the database's passes through unchanged", async () => {
    const coded = expectCode(await t.query(`{ myHighCostAccount(region: "Atlantis") { limitSek } }`, { as: anna }), "BAD_USER_INPUT");
    expect(coded.extensions?.field).toBe("region");
  });
});
