import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience, ContentStatus, localized, seedId } from "@vardportal/kit";
import { expectData, expectValidationFailed, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { EServiceOffering } from "../src/entities/e-service-offering.entity.js";
import { definition } from "../src/index.js";
import { eligibilityOf } from "../src/rules/eligibility.js";
import { rulesOf } from "../src/catalogue.js";
import { EService } from "../src/entities/e-service.entity.js";
import { insertEService, walk } from "./helpers.js";

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await t.close();
});

const ELIGIBILITY = `query($slug: String!, $visitor: VisitorInput) {
  eServiceEligibility(slug: $slug, visitor: $visitor) { eligible decided reasons { criterion outcome code message { sv en } } }
}`;
type Answer = { eligible: boolean; decided: boolean; reasons: { criterion: string; outcome: string; code: string; message: { sv: string; en: string } }[] };
const ask = async (slug: string, visitor: Record<string, unknown> | null) =>
  expectData(await t.query<{ eServiceEligibility: Answer | null }>(ELIGIBILITY, { variables: { slug, visitor } })).eServiceEligibility;

describe("the catalogue's facts", () => {
  it("Ung i Norr: 13–25, BankID or Freja eID, not for Luleå or Boden, a Markdown description and its cost", async () => {
    const doc = `{ eService(slug: "ung-i-norr") { minAge maxAge requiresEid eidMethods notOfferedIn offeredOnlyIn residentsOf description { sv en } cost { sv } staffedHours { weekday } staffing { staffedNow } } }`;
    const service = expectData(await t.query<{ eService: Record<string, unknown> & { description: { sv: string; en: string } } }>(doc)).eService;
    expect(service).toMatchObject({ minAge: 13, maxAge: 25, requiresEid: true, eidMethods: ["BankID", "Freja eID"], notOfferedIn: ["Luleå", "Boden"], offeredOnlyIn: [], residentsOf: "Norrbotten", cost: { sv: "Besöket är gratis." }, staffedHours: null, staffing: null });
    expect(service.description.sv).toMatch(/^I appen \*\*Ung i Norr\*\*/);
    expect(service.description.sv).toContain("\n- hälsa och preventivmedel");
    expect(service.description.en).toContain("**Ung i Norr**");
  });

  it("Digitalen's staffed hours are weekdays 08–18 and weekends 09–15; Folktandvården's chat Mon–Thu 07:30–15, Fri 07:30–14", async () => {
    const doc = `query($slug: String!) { eService(slug: $slug) { staffedHours { weekday opens closes } } }`;
    const hours = async (slug: string) => expectData(await t.query<{ eService: { staffedHours: { weekday: number; opens: string; closes: string }[] } }>(doc, { variables: { slug } })).eService.staffedHours;
    expect(await hours("digitalen")).toEqual([1, 2, 3, 4, 5, 6, 7].map((weekday) => (weekday <= 5 ? { weekday, opens: "08:00", closes: "18:00" } : { weekday, opens: "09:00", closes: "15:00" })));
    expect(await hours("folktandvardens-chatt")).toEqual([1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "07:30", closes: weekday === 5 ? "14:00" : "15:00" })));
  });

  it("'staffed now' follows the context's clock in Swedish time", async () => {
    const doc = `{ eService(slug: "digitalen") { staffing { staffedNow changesAt } } }`;
    const staffing = async () => expectData(await t.query<{ eService: { staffing: { staffedNow: boolean; changesAt: string } } }>(doc)).eService.staffing;
    t.clock.set("2026-03-02T07:59:00+01:00"); // Monday, one minute before 08:00
    expect(await staffing()).toEqual({ staffedNow: false, changesAt: "2026-03-02T07:00:00.000Z" });
    t.clock.set("2026-03-02T08:00:00+01:00");
    expect(await staffing()).toEqual({ staffedNow: true, changesAt: "2026-03-02T17:00:00.000Z" });
    t.clock.set("2026-03-07T15:30:00+01:00"); // Saturday afternoon: closed until Sunday 09:00
    expect(await staffing()).toEqual({ staffedNow: false, changesAt: "2026-03-08T08:00:00.000Z" });
    t.clock.set("2026-03-02T09:00:00+01:00");
  });
});

describe("eServiceEligibility", () => {
  it("Ung i Norr for a 16-year-old: refused in Luleå with the reason, accepted in Kalix", async () => {
    const lulea = (await ask("ung-i-norr", { age: 16, municipality: "Luleå", hasEid: true }))!;
    expect(lulea).toMatchObject({ eligible: false, decided: true });
    expect(lulea.reasons.map((r) => [r.criterion, r.outcome, r.code])).toEqual([
      ["AGE", "MET", "AGE_WITHIN_RANGE"],
      ["MUNICIPALITY", "NOT_MET", "NOT_OFFERED_IN_MUNICIPALITY"],
      ["EID", "MET", "EID_HELD"],
    ]);
    expect(lulea.reasons[1]!.message).toEqual({ sv: "Tjänsten erbjuds inte till dig som bor i Luleå och Boden.", en: "The service is not offered to people living in Luleå and Boden." });
    expect(await ask("ung-i-norr", { age: 16, municipality: "Kalix", hasEid: true })).toMatchObject({ eligible: true, decided: true });
  });

  it("reads a municipality in any case", async () => {
    expect((await ask("ung-i-norr", { age: 16, municipality: "  boden ", hasEid: true }))!.reasons[1]!.code).toBe("NOT_OFFERED_IN_MUNICIPALITY");
  });

  it("without facts about the visitor, says what it depends on", async () => {
    const answer = (await ask("ung-i-norr", null))!;
    expect(answer).toMatchObject({ eligible: false, decided: false });
    expect(answer.reasons.map((r) => r.outcome)).toEqual(["UNKNOWN", "UNKNOWN", "UNKNOWN"]);
  });

  it("an unknown slug, or a service the viewer may not read, is null", async () => {
    await insertEService(t, "personalens-chatt", { audience: Audience.STAFF, minAge: 18 });
    expect(await ask("finns-inte", { age: 30 })).toBeNull();
    expect(await ask("personalens-chatt", { age: 30 })).toBeNull();
    const asStaff = expectData(await t.query<{ eServiceEligibility: Answer | null }>(ELIGIBILITY, { as: "staff", variables: { slug: "personalens-chatt", visitor: { age: 30 } } }));
    expect(asStaff.eServiceEligibility?.reasons[0]!.code).toBe("AGE_WITHIN_RANGE");
  });

  it("refuses an age out of range and a municipality that cannot be a name, naming the field", async () => {
    for (const [visitor, field] of [
      [{ age: -1 }, "visitor.age"],
      [{ age: 131 }, "visitor.age"],
      [{ municipality: "Luleå%" }, "visitor.municipality"],
      [{ municipality: 'x" OR 1=1' }, "visitor.municipality"],
    ] as const) {
      const error = expectValidationFailed(await t.query(ELIGIBILITY, { variables: { slug: "ung-i-norr", visitor } }));
      expect(Object.keys(error.extensions?.fieldErrors as object)).toEqual([field]);
    }
  });

  it("is the same answer on each service of a list (eligibilityFor)", async () => {
    const doc = `{ eServices(first: 20, filter: { region: "Norrbotten" }) { edges { node { slug eligibilityFor(visitor: { age: 16, municipality: "Luleå", hasEid: true }) { eligible } } } } }`;
    const nodes = expectData(await t.query<{ eServices: { edges: { node: { slug: string; eligibilityFor: { eligible: boolean } } }[] } }>(doc)).eServices.edges.map((e) => e.node);
    expect(Object.fromEntries(nodes.map((n) => [n.slug, n.eligibilityFor.eligible]))).toEqual({
      "1177-e-tjanster": true,
      digitalen: true,
      "folktandvardens-chatt": true,
      "sms-livraddare": true,
      "ung-i-norr": false,
      "vard-i-norr": true,
    });
  });
});

describe("filtering by age and municipality", () => {
  it("leaves Ung i Norr out in Luleå and Boden, and for ages outside 13–25", async () => {
    expect((await walk(t, 20, { municipality: "Luleå" })).slugs).not.toContain("ung-i-norr");
    expect((await walk(t, 20, { municipality: "BODEN" })).slugs).not.toContain("ung-i-norr");
    expect((await walk(t, 20, { municipality: "Kalix", age: 16 })).slugs).toContain("ung-i-norr");
    expect((await walk(t, 20, { age: 12 })).slugs).not.toContain("ung-i-norr");
    expect((await walk(t, 20, { age: 26 })).slugs).not.toContain("ung-i-norr");
  });

  it("Folktandvården's chat only in Luleå; Digitalen only for Norrbotten's residents", async () => {
    const kalix = (await walk(t, 20, { municipality: "Kalix" })).slugs;
    expect(kalix).not.toContain("folktandvardens-chatt");
    expect(kalix).toContain("digitalen");
    const umea = (await walk(t, 20, { municipality: "Umeå" })).slugs;
    expect(umea).not.toContain("digitalen");
    expect(umea).toContain("sms-livraddare");
  });

  it("agrees with the eligibility rules for every service, age and municipality (the SQL and the rule are one rule)", async () => {
    const services = await t.subgraph.dataSource.getRepository(EService).find({ where: { region: "Norrbotten", status: ContentStatus.PUBLISHED, audience: Audience.PUBLIC } });
    for (const age of [null, 0, 12, 13, 25, 26, 70]) {
      for (const municipality of [null, "Luleå", "Boden", "Kalix", "Umeå"]) {
        const filter = { region: "Norrbotten", ...(age !== null ? { age } : {}), ...(municipality ? { municipality } : {}) };
        const expected = services
          .filter((s) => eligibilityOf(rulesOf(s), { age, municipality }).reasons.slice(0, 2).every((r) => r.outcome !== "NOT_MET"))
          .map((s) => s.slug)
          .sort();
        expect([...(await walk(t, 3, filter)).slugs].sort(), JSON.stringify(filter)).toEqual(expected);
      }
    }
  });

  it("refuses a bad age or municipality in the filter with the field named", async () => {
    const doc = `query($filter: EServiceFilter) { eServices(first: 5, filter: $filter) { totalCount } }`;
    expect(Object.keys(expectValidationFailed(await t.query(doc, { variables: { filter: { age: 200 } } })).extensions?.fieldErrors as object)).toEqual(["filter.age"]);
    expect(Object.keys(expectValidationFailed(await t.query(doc, { variables: { filter: { municipality: "_%" } } })).extensions?.fieldErrors as object)).toEqual(["filter.municipality"]);
  });
});

describe("CareUnit.eServices", () => {
  const REFS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CareUnit { id eServices { slug } } } }`;
  const unit = (code: string) => seedId("care-unit", `SE2321000230-${code}`);
  const offered = async (ids: string[], as: "anonymous" | "staff" = "anonymous") =>
    expectData(
      await t.query<{ _entities: { id: string; eServices: { slug: string }[] }[] }>(REFS, { as: as === "staff" ? "staff" : null, variables: { r: ids.map((id) => ({ __typename: "CareUnit", id })) } }),
    )._entities.map((u) => [u.id, u.eServices.map((s) => s.slug)]);

  it("lists what each unit offers, in one batch, by Swedish name; a unit with none gets an empty list", async () => {
    expect(await offered([unit("EX06"), unit("EX11"), unit("EX04"), "no-such-unit"])).toEqual([
      [unit("EX06"), ["folktandvardens-chatt"]],
      [unit("EX11"), ["ung-i-norr"]],
      [unit("EX04"), ["1177-e-tjanster", "vard-i-norr"]],
      ["no-such-unit", []],
    ]);
  });

  it("never shows a service the viewer may not read", async () => {
    const hidden = await insertEService(t, "utkast-tjanst", { status: ContentStatus.DRAFT, name: localized("Aaa utkast") });
    const staffOnly = await insertEService(t, "personal-tjanst", { audience: Audience.STAFF, name: localized("Aaa personal") });
    await t.subgraph.dataSource.getRepository(EServiceOffering).insert([
      { id: seedId("test-offering", "draft"), eServiceId: hidden, careUnitId: unit("EX06") },
      { id: seedId("test-offering", "staff"), eServiceId: staffOnly, careUnitId: unit("EX06") },
    ]);
    expect(await offered([unit("EX06")])).toEqual([[unit("EX06"), ["folktandvardens-chatt"]]]);
    expect(await offered([unit("EX06")], "staff")).toEqual([[unit("EX06"), ["personal-tjanst", "folktandvardens-chatt"]]]);
  });
});
