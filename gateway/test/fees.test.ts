import { personnummerFor } from "@vardportal/kit/personnummer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederation, type Federation } from "./federation.js";
import { startTestIssuer, type TestIssuer } from "./test-issuer.js";

/**
 * The fee rules of DOMAIN.md through the gateway, over all five seeded subgraphs, with access tokens
 * from a stand-in identity provider: the quote as anyone gets it, a resident's own high-cost account,
 * staff recording payments, an editor changing the schedule, and what a refusal looks like to a client.
 * Dates are relative to today (the subgraphs run on the real clock).
 */
let idp: TestIssuer;
let federation: Federation;

beforeAll(async () => {
  idp = await startTestIssuer();
  federation = await startFederation({ verifyAccessToken: idp.verifier });
});
afterAll(async () => {
  await federation?.close();
  await idp?.close();
});

const bearer = (claims: Record<string, unknown>) => idp.bearer(claims);
const residentWith = (personnummer: string) => bearer({ sub: `r-${personnummer}`, roles: ["resident"], region: "Norrbotten", personnummer });
const staff = () => bearer({ sub: "nils", roles: ["staff"], region: "Norrbotten" });
const editor = () => bearer({ sub: "erik", roles: ["editor"], region: "Norrbotten" });

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm" }).format(new Date());
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const yearsBefore = (date: string, years: number) => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;

const QUOTE = `query($input: FeeQuoteInput!) { feeQuote(input: $input) { amountSek reason highCostAccountApplied explanation { sv en } } }`;
type Quote = { amountSek: number; reason: string; highCostAccountApplied: boolean; explanation: { sv: string; en: string } };

async function quote(input: Record<string, unknown>, headers?: Record<string, string>) {
  const result = await federation.query<{ feeQuote: Quote }>(
    QUOTE,
    { input: { region: "Norrbotten", visitKind: "HEALTH_CENTRE_VISIT", visitDate: today, birthDate: "1980-01-01", ...input } },
    headers,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.feeQuote;
}

async function record(personnummer: string, visitDate: string) {
  const result = await federation.query(
    `mutation($input: RecordFeePaymentInput!) { recordFeePayment(input: $input) { payment { amountSek } } }`,
    { input: { region: "Norrbotten", personnummer, visitKind: "HEALTH_CENTRE_VISIT", visitDate } },
    await staff(),
  );
  expect(result.errors).toBeUndefined();
}

describe("fee quotes through the gateway", () => {
  it("the age limit: free the day before the 20th birthday, charged on the birthday and after", async () => {
    const birthday = yearsBefore(today, 20);
    expect(await quote({ birthDate: birthday, visitDate: shift(today, -1) })).toMatchObject({ amountSek: 0, reason: "FREE_BY_AGE" });
    expect(await quote({ birthDate: birthday, visitDate: today })).toMatchObject({ amountSek: 300, reason: "STANDARD" });
    expect(await quote({ birthDate: birthday, visitDate: shift(today, 1) })).toMatchObject({ amountSek: 300, reason: "STANDARD" });
  });

  it("remote visits cost as visits do, a chat in Digitalen is free, a missed visit costs 400 kr", async () => {
    expect(await quote({ visitKind: "REMOTE_VISIT" })).toMatchObject({ amountSek: 300, reason: "STANDARD" });
    expect(await quote({ visitKind: "DIGITAL_CHAT" })).toMatchObject({ amountSek: 0, reason: "FREE_SERVICE" });
    expect(await quote({ missed: true })).toMatchObject({ amountSek: 400, reason: "MISSED_VISIT" });
  });

  it("the limit reached by a payment: staff record, the resident's own quote follows, the frikort ends 12 months after the first payment", async () => {
    const pnr = personnummerFor("1970-07-07", 707);
    // A first payment on 29 February would end its period by another rule (tested in the fees subgraph).
    const start = shift(today, -100).endsWith("02-29") ? -101 : -100;
    const first = shift(today, start);
    for (const days of [start, -90, -80, -70]) await record(pnr, shift(today, days));
    const own = await residentWith(pnr);
    expect(await quote({ birthDate: null, personnummer: pnr, visitDate: shift(today, -60) }, own)).toMatchObject({ amountSek: 250, reason: "REACHES_HIGH_COST_LIMIT" });
    await record(pnr, shift(today, -60));
    expect(await quote({ birthDate: null, personnummer: pnr }, own)).toMatchObject({ amountSek: 0, reason: "HIGH_COST_LIMIT_REACHED", highCostAccountApplied: true });
    const endsAfter = `${Number(first.slice(0, 4)) + 1}${first.slice(4)}`;
    expect(await quote({ birthDate: null, personnummer: pnr, visitDate: shift(endsAfter, -1) }, own)).toMatchObject({ reason: "HIGH_COST_LIMIT_REACHED" });
    expect(await quote({ birthDate: null, personnummer: pnr, visitDate: endsAfter }, own)).toMatchObject({ amountSek: 300, reason: "STANDARD" });
    // Anyone else asking with that number gets the plain fee: the account is the resident's own.
    expect(await quote({ birthDate: null, personnummer: pnr })).toMatchObject({ amountSek: 300, highCostAccountApplied: false });
  });

  it("a refusal reaches the client coded, with the message in both languages and the field's text, never the number", async () => {
    const result = await federation.query(QUOTE, { input: { region: "Norrbotten", visitKind: "HEALTH_CENTRE_VISIT", visitDate: today, personnummer: "19850517-2829" } });
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ feeQuote: null });
    const [error] = result.errors ?? [];
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toBe("Personnumret finns inte: datumet eller kontrollsiffran stämmer inte. / That number cannot exist: the date or the check digit is wrong.");
    expect(error?.extensions?.fieldErrors).toEqual({ personnummer: ["Personnumret finns inte: datumet eller kontrollsiffran stämmer inte."] });
    expect(error?.extensions?.field).toBe("personnummer");
    expect(error?.extensions?.messages).toEqual({
      sv: "Personnumret finns inte: datumet eller kontrollsiffran stämmer inte.",
      en: "That number cannot exist: the date or the check digit is wrong.",
    });
    expect(JSON.stringify(result)).not.toContain("850517");
  });

  it("each kind of bad input names its field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ region: "Atlantis" }, "region"],
      [{ visitKind: "TANDLÄKARE" }, "visitKind"],
      [{ visitDate: "2024-12-31" }, "visitDate"],
      [{ birthDate: shift(today, 1) }, "birthDate"],
    ];
    for (const [input, field] of cases) {
      const result = await federation.query(QUOTE, { input: { region: "Norrbotten", visitKind: "HEALTH_CENTRE_VISIT", visitDate: today, birthDate: "1980-01-01", ...input } });
      expect(Object.keys((result.errors?.[0]?.extensions?.fieldErrors ?? {}) as object)).toEqual([field]);
    }
  });
});

describe("accounts and unit fees through the gateway", () => {
  it("a resident reads their own account; an anonymous visitor must log in; a resident may not look up another's", async () => {
    const pnr = personnummerFor("1971-08-08", 808);
    await record(pnr, today);
    const mine = await federation.query<{ myHighCostAccount: { currentPeriod: { paidSek: number } } }>(`{ myHighCostAccount { currentPeriod { paidSek } } }`, undefined, await residentWith(pnr));
    expect(mine.data?.myHighCostAccount.currentPeriod.paidSek).toBe(300);
    expect((await federation.query(`{ myHighCostAccount { limitSek } }`)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const LOOKUP = `query($p: String!) { highCostAccount(region: "Norrbotten", personnummer: $p) { currentPeriod { paidSek } } }`;
    expect((await federation.query(LOOKUP, { p: pnr }, await residentWith(personnummerFor("1972-09-09", 909)))).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await federation.query<{ highCostAccount: { currentPeriod: { paidSek: number } } }>(LOOKUP, { p: pnr }, await staff())).data?.highCostAccount.currentPeriod.paidSek).toBe(300);
  });

  it("a care unit's fees come from the fees subgraph, by the unit's kind: a health centre's visits, none at dental care", async () => {
    type Units = { careUnits: { edges: { node: { kind: string; fees: { visitKind: string; amountSek: number }[] } }[] } };
    const UNITS = `query($kind: CareUnitKind!) { careUnits(first: 5, filter: { kind: $kind }) { edges { node { kind fees { visitKind amountSek } } } } }`;
    const health = await federation.query<Units>(UNITS, { kind: "HEALTH_CENTRE" });
    expect(health.errors).toBeUndefined();
    expect(health.data!.careUnits.edges.length).toBeGreaterThan(0);
    for (const { node } of health.data!.careUnits.edges) {
      expect(node.fees.map((f) => `${f.visitKind} ${f.amountSek}`)).toEqual(["HEALTH_CENTRE_VISIT 300", "REMOTE_VISIT 300", "MISSED_VISIT 400"]);
    }
    const dental = await federation.query<Units>(UNITS, { kind: "DENTAL_CARE" });
    expect(dental.data!.careUnits.edges.every(({ node }) => node.fees.length === 0)).toBe(true);
  });
});

describe("a schedule change between two dates, made by an editor through the gateway", () => {
  it("ends this schedule, publishes next year's; each date then gets its own day's fee", async () => {
    const nextYear = `${Number(today.slice(0, 4)) + 1}-01-01`;
    const lastDay = shift(nextYear, -1);
    const FIELDS = "id version region title { sv en } validFrom freeUnderAge highCostLimitSek items { visitKind label { sv en } amountSek countsTowardsHighCost chargedWhenMissed unitKinds }";
    type Schedule = { id: string; version: number; region: string; title: { sv: string; en: string | null }; validFrom: string; freeUnderAge: number; highCostLimitSek: number; items: Record<string, unknown>[] };
    const current = (await federation.query<{ currentFeeSchedule: Schedule }>(`{ currentFeeSchedule(region: "Norrbotten") { ${FIELDS} } }`)).data!.currentFeeSchedule;
    const { id, version, ...data } = current;
    const as = await editor();

    const created = await federation.query<{ createFeeSchedule: { id: string; version: number } }>(
      `mutation($input: FeeScheduleInput!) { createFeeSchedule(input: $input) { id version } }`,
      { input: { ...data, title: { sv: `Patientavgifter ${nextYear.slice(0, 4)}` }, validFrom: nextYear, items: data.items.map((item) => (item.amountSek === 300 ? { ...item, amountSek: 325 } : item)) } },
      as,
    );
    expect(created.errors).toBeUndefined();
    const draft = created.data!.createFeeSchedule;
    const PUBLISH = `mutation($id: ID!, $version: Int!) { setFeeScheduleStatus(id: $id, version: $version, status: PUBLISHED) { status } }`;
    const refused = await federation.query(PUBLISH, { id: draft.id, version: draft.version }, as);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_FAILED", fieldErrors: { validFrom: [expect.stringContaining("overlaps")] } });

    const ended = await federation.query(
      `mutation($id: ID!, $version: Int!, $input: FeeScheduleInput!) { updateFeeSchedule(id: $id, version: $version, input: $input) { validTo } }`,
      { id, version, input: { ...data, validTo: lastDay } },
      as,
    );
    expect(ended.errors).toBeUndefined();
    expect((await federation.query(PUBLISH, { id: draft.id, version: draft.version }, as)).errors).toBeUndefined();

    expect(await quote({ visitDate: lastDay })).toMatchObject({ amountSek: 300 });
    expect(await quote({ visitDate: nextYear })).toMatchObject({ amountSek: 325 });
  });
});
