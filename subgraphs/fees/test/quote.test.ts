import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personnummerFor } from "@vardportal/kit/personnummer";
import { AuditEntry } from "@vardportal/kit";
import { expectBadUserInput, expectData, type QueryOptions, type TestSubgraph } from "@vardportal/kit/testing";
import { ANNA, createSchedule, endSeededSchedule, plain, QUOTE, RECORD, startFees, type QuoteView } from "./helpers.js";

/**
 * Every fee rule of DOMAIN.md through the API, against the seeded Norrbotten schedule (today is
 * 2026-03-02 on the test clock), plus a schedule from 2027 for the change between two dates.
 */
let t: TestSubgraph;
beforeAll(async () => {
  t = await startFees();
  await endSeededSchedule(t, "2026-12-31");
  await createSchedule(t, { validFrom: "2027-01-01", title: { sv: "Patientavgifter 2027", en: null } }, { publish: true, visitAmount: 325 });
});
afterAll(async () => {
  await t.close();
});

const resident = (personnummer: string) => ({ subject: `resident-${personnummer}`, roles: ["resident" as const], region: "Norrbotten", personnummer });

type Input = { visitKind?: string; visitDate?: string; birthDate?: string | null; personnummer?: string | null; missed?: boolean; region?: string };
const input = (i: Input) => ({ region: "Norrbotten", visitKind: "HEALTH_CENTRE_VISIT", visitDate: "2026-03-02", birthDate: "1985-05-17", ...i });

async function quote(i: Input, as: QueryOptions["as"] = "anonymous") {
  return expectData(await t.query<{ feeQuote: QuoteView }>(QUOTE, { as, variables: { input: input(i) } })).feeQuote;
}

async function record(personnummer: string, visitDate: string, more: Record<string, unknown> = {}) {
  const result = await t.query(RECORD, { as: "staff", variables: { input: { region: "Norrbotten", personnummer, visitKind: "HEALTH_CENTRE_VISIT", visitDate, ...more } } });
  return expectData(result);
}

describe("the age limit through the API: free under 20, the age taken on the visit day", () => {
  it("the day before the 20th birthday is free, the birthday and the day after are not", async () => {
    expect(await quote({ birthDate: "2006-03-02", visitDate: "2026-03-01" })).toMatchObject({ amountSek: 0, reason: "FREE_BY_AGE", ageOnVisitDate: 19 });
    expect(await quote({ birthDate: "2006-03-02", visitDate: "2026-03-02" })).toMatchObject({ amountSek: 300, reason: "STANDARD", ageOnVisitDate: 20 });
    expect(await quote({ birthDate: "2006-03-02", visitDate: "2026-03-03" })).toMatchObject({ amountSek: 300, reason: "STANDARD" });
  });

  it("a personnummer gives the birth date, written with or without the century", async () => {
    const pnr = personnummerFor("2006-03-02", 123);
    expect(await quote({ birthDate: null, personnummer: pnr, visitDate: "2026-03-01" })).toMatchObject({ reason: "FREE_BY_AGE" });
    expect(await quote({ birthDate: null, personnummer: `${pnr.slice(2, 8)}-${pnr.slice(8)}`, visitDate: "2026-03-02" })).toMatchObject({ reason: "STANDARD" });
  });

  it("explains itself in Swedish and English", async () => {
    const q = await quote({ birthDate: "2010-01-01" });
    expect(q.explanation.sv).toBe("Patienten är 16 år på besöksdagen, och vården är avgiftsfri för den som är under 20 år.");
    expect(q.explanation.en).toBe("The patient is 16 on the day of the visit, and care is free for anyone under 20.");
  });
});

describe("what each visit costs through the API", () => {
  it("health centre, specialist care and remote visits cost 300 kr, with the line and the schedule used", async () => {
    for (const visitKind of ["HEALTH_CENTRE_VISIT", "SPECIALIST_VISIT", "REMOTE_VISIT"]) {
      const q = await quote({ visitKind });
      expect(q).toMatchObject({ amountSek: 300, reason: "STANDARD", countsTowardsHighCost: true, item: { visitKind, amountSek: 300 }, schedule: { validFrom: "2025-01-01" } });
    }
  });

  it("a chat in Digitalen is free", async () => {
    expect(await quote({ visitKind: "DIGITAL_CHAT" })).toMatchObject({ amountSek: 0, reason: "FREE_SERVICE" });
  });

  it("a missed visit costs 400 kr and does not count towards the limit; under 20 it is free", async () => {
    expect(await quote({ missed: true })).toMatchObject({ amountSek: 400, reason: "MISSED_VISIT", missed: true, countsTowardsHighCost: false, item: { visitKind: "MISSED_VISIT" } });
    expect(await quote({ missed: true, visitKind: "REMOTE_VISIT" })).toMatchObject({ amountSek: 400, reason: "MISSED_VISIT" });
    expect(await quote({ missed: true, birthDate: "2012-06-01" })).toMatchObject({ amountSek: 0, reason: "FREE_BY_AGE" });
  });

  it("visit kinds are read in any letter case", async () => {
    expect(await quote({ visitKind: " remote_visit " })).toMatchObject({ visitKind: "REMOTE_VISIT", amountSek: 300 });
  });

  it("a schedule change between two dates: each visit gets its own day's fees", async () => {
    expect(await quote({ visitDate: "2026-12-31" })).toMatchObject({ amountSek: 300, schedule: { validFrom: "2025-01-01" } });
    const q = await quote({ visitDate: "2027-01-01" });
    expect(q).toMatchObject({ amountSek: 325, schedule: { validFrom: "2027-01-01" } });
    expect(q.explanation.sv).toContain("från 1 januari 2027");
  });
});

describe("high-cost protection in a resident's own quote", () => {
  it("Anna, logged in, quoting with her own number, sees her running total from the sample payments", async () => {
    const q = await quote({ birthDate: null, personnummer: ANNA }, resident(ANNA));
    expect(q).toMatchObject({ amountSek: 300, reason: "STANDARD", highCostAccountApplied: true });
    // 300 + 300 + 300 counted; the 400 kr missed-visit fee did not.
    expect(plain(q.explanation.sv)).toContain("Du har betalat 900 kr av 1 450 kr");
  });

  it("the account is not applied for anyone else's number, nor for an anonymous visitor, nor for staff", async () => {
    const other = personnummerFor("1970-01-01", 111);
    for (const [as, pnr] of [[resident(other), ANNA], ["anonymous", ANNA], ["staff", ANNA]] as const) {
      const q = await quote({ birthDate: null, personnummer: pnr }, as);
      expect(q).toMatchObject({ highCostAccountApplied: false, reason: "STANDARD" });
      expect(q.explanation.sv).not.toContain("Du har betalat");
    }
  });

  it("the payment that reaches the limit pays only what is left; then the visits are free until 12 months after the first payment", async () => {
    const pnr = personnummerFor("1975-04-04", 222);
    const as = resident(pnr);
    for (const day of ["2025-06-01", "2025-07-01", "2025-08-01", "2025-09-01"]) await record(pnr, day);
    expect(await quote({ birthDate: null, personnummer: pnr, visitDate: "2025-10-01" }, as)).toMatchObject({ amountSek: 250, reason: "REACHES_HIGH_COST_LIMIT" });
    await record(pnr, "2025-10-01");
    const free = await quote({ birthDate: null, personnummer: pnr, visitDate: "2026-05-31" }, as);
    expect(free).toMatchObject({ amountSek: 0, reason: "HIGH_COST_LIMIT_REACHED" });
    expect(free.explanation.sv).toContain("har frikort till och med 31 maj 2026");
    expect(await quote({ birthDate: null, personnummer: pnr, visitDate: "2026-06-01" }, as)).toMatchObject({ amountSek: 300, reason: "STANDARD" });
    // A missed visit is charged even with a frikort.
    expect(await quote({ birthDate: null, personnummer: pnr, visitDate: "2026-01-15", missed: true }, as)).toMatchObject({ amountSek: 400, reason: "MISSED_VISIT" });
  });

  it("reading the account for a quote leaves an audit entry naming whose account, and the reader", async () => {
    await quote({ birthDate: null, personnummer: ANNA }, resident(ANNA));
    const entries = await t.subgraph.dataSource.getRepository(AuditEntry).findBy({ action: "READ_PERSONAL", entityType: "HighCostAccount", entityId: ANNA });
    expect(entries.some((e) => e.actorSubject === `resident-${ANNA}`)).toBe(true);
  });
});

describe("bad input: a coded error a person can act on, naming the field", () => {
  async function refusal(i: Input, field: string, problem: string) {
    const result = await t.query(QUOTE, { variables: { input: input(i) } });
    const error = expectBadUserInput(result, ["feeQuote"]);
    // Null beside the error, and only that field: the rest of an operation survives a refused quote.
    expect(result.data).toEqual({ feeQuote: null });
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, problem });
    const messages = error.extensions?.messages as { sv: string; en: string };
    expect(error.message).toBe(`${messages.sv} / ${messages.en}`);
    expect((error.extensions?.fieldErrors as Record<string, string[]>)[field]).toContain(messages.sv);
    return { error, messages };
  }

  it("an unknown region, listing the regions there are", async () => {
    const { messages } = await refusal({ region: "Atlantis" }, "region", "REGION_UNKNOWN");
    expect(messages.sv).toBe("Det finns inga avgifter för regionen Atlantis. Välj en av: Norrbotten.");
  });

  it("an unknown visit kind, listing the kinds of the schedule in force", async () => {
    const { messages } = await refusal({ visitKind: "DENTAL_VISIT" }, "visitKind", "VISIT_KIND_UNKNOWN");
    expect(messages.sv).toContain("Besök på hälsocentral");
    expect(messages.sv).not.toContain("Uteblivet");
  });

  it("a visit date with no schedule in force, naming when there are fees", async () => {
    const { messages } = await refusal({ visitDate: "2024-12-31" }, "visitDate", "NO_SCHEDULE_IN_FORCE");
    expect(messages.sv).toContain("31 december 2024");
    expect(messages.sv).toContain("1 januari 2025");
  });

  it("a birth date in the future", async () => {
    await refusal({ birthDate: "2026-03-03" }, "birthDate", "BIRTH_DATE_IN_FUTURE");
  });

  it("an invalid personnummer, with the kit's words and without the number in the error", async () => {
    const { error } = await refusal({ birthDate: null, personnummer: "19850517-2829" }, "personnummer", "PERSONNUMMER_INVALID");
    expect(JSON.stringify(error)).not.toMatch(/19850517|850517/);
  });

  it("both a birth date and a personnummer, or neither", async () => {
    await refusal({ personnummer: ANNA }, "personnummer", "BOTH_BIRTH_DATE_AND_PERSONNUMMER");
    await refusal({ birthDate: null }, "birthDate", "BIRTH_DATE_OR_PERSONNUMMER_MISSING");
  });

  it("every field's problem at once, the first one named as the field", async () => {
    const result = await t.query(QUOTE, { variables: { input: input({ visitDate: "31/12", birthDate: "igår" }) } });
    const error = expectBadUserInput(result, ["feeQuote"]);
    expect(error.extensions?.field).toBe("visitDate");
    expect(Object.keys(error.extensions?.fieldErrors as object)).toEqual(["visitDate", "birthDate"]);
  });
});
