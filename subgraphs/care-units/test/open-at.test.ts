import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectData, expectCode, walkPages, type TestSubgraph } from "@vardportal/kit/testing";
import { CareUnitKind } from "../src/entities/care-unit-kind.js";
import { createUnit, spans, startCareUnits, writeHours } from "./helpers.js";

/**
 * The openAt filter runs in SQL; open-now on each unit is computed by the rules in code. They must
 * agree at every instant, or a list filtered on "open now" would show a unit marked "closed".
 */
const EVERYTHING = `query($at: DateTimeISO!) { careUnits(first: 100) { edges { node { name openingStatus(at: $at) { open } } } } }`;
const OPEN_AT = `query($filter: CareUnitFilter, $first: Int!, $after: String, $orderBy: CareUnitOrder! = NAME, $near: GeoPointInput) {
  careUnits(first: $first, after: $after, filter: $filter, orderBy: $orderBy, near: $near) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } }
}`;

interface Page {
  careUnits: { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

let t: TestSubgraph;
beforeAll(async () => {
  t = await startCareUnits();
  const add = async (code: string, name: string, closedOnPublicHolidays: boolean, hours: Parameters<typeof writeHours>[2]) => {
    const unit = await createUnit(t, { hsaId: `SE2321000230-${code}`, name, kind: CareUnitKind.OTHER, closedOnPublicHolidays }, { publish: true });
    await writeHours(t.subgraph.dataSource, unit.id, hours);
  };
  // Spans in and across the hours the clocks change, each closing on holidays.
  await add("TEST1", "Test: natt över sommartid", true, { weekly: [...spans([6, 7], "22:00", "02:30"), ...spans([7], "02:10", "02:50")] });
  // A period with weekday hours, a single-day exception on a holiday inside it, and an overlapping later period.
  await add("TEST2", "Test: undantag i lager", true, {
    weekly: spans([1, 2, 3, 4, 5], "08:00", "17:00"),
    exceptions: [
      { fromDate: "2026-06-15", toDate: "2026-08-16", spans: spans([1, 2, 3, 4, 5], "09:00", "15:00") },
      { fromDate: "2026-06-19", toDate: "2026-06-19", spans: [{ weekday: null, opens: 600, closes: 720 }] },
      { fromDate: "2026-07-01", toDate: "2026-07-31", spans: [{ weekday: null, opens: 1200, closes: 1560 }] },
      { fromDate: "2026-12-24", toDate: "2026-12-24", spans: [] },
    ],
  });
  // Open on holidays, with evenings running past midnight into a holiday.
  await add("TEST3", "Test: kvällar året runt", false, { weekly: spans([1, 2, 3, 4, 5, 6, 7], "18:00", "01:30") });
});
afterAll(async () => {
  await t.close();
});

async function openByRules(at: string): Promise<string[]> {
  const { careUnits } = expectData(await t.query<{ careUnits: { edges: { node: { name: string; openingStatus: { open: boolean } } }[] } }>(EVERYTHING, { variables: { at } }));
  return careUnits.edges.filter((e) => e.node.openingStatus.open).map((e) => e.node.name);
}

async function openBySql(at: string, filter: Record<string, unknown> = {}): Promise<string[]> {
  return expectData(await t.query<Page>(OPEN_AT, { variables: { first: 100, filter: { ...filter, openAt: at } } })).careUnits.edges.map((e) => e.node.name);
}

const every = (fromIso: string, hours: number, stepMinutes: number) =>
  Array.from({ length: (hours * 60) / stepMinutes }, (_, i) => new Date(new Date(fromIso).getTime() + i * stepMinutes * 60_000).toISOString());

describe("careUnits(filter: { openAt }) agrees with openingStatus", () => {
  it.each([
    ["through the night the clocks go forward", every("2026-03-28T19:00:00Z", 10, 20)],
    ["through the night the clocks go back", every("2026-10-24T19:00:00Z", 10, 20)],
    ["over Easter", every("2026-04-02T05:00:00Z", 48, 90)],
    ["on Midsummer Eve, inside a summer period", every("2026-06-18T20:00:00Z", 30, 60)],
    ["in July, where two periods overlap", every("2026-07-02T05:00:00Z", 24, 60)],
    ["on Christmas Eve and Christmas Day", every("2026-12-23T20:00:00Z", 40, 80)],
    ["on an ordinary week, hour by hour", every("2026-03-02T00:00:00Z", 48, 60)],
  ])("%s", async (_when, instants) => {
    for (const at of instants) {
      expect({ at, open: await openBySql(at) }).toEqual({ at, open: await openByRules(at) });
    }
  });
});

describe("the openAt filter", () => {
  it("on a Monday evening keeps the emergency departments, the urgent care unit and the evening unit", async () => {
    expect(await openBySql("2026-03-02T18:30:00Z")).toEqual([
      "Gällivare sjukhus, akutmottagning",
      "Kiruna sjukhus, akutmottagning",
      "Närakuten Piteå",
      "Sunderby sjukhus, akutmottagning",
      "Test: kvällar året runt",
    ]);
  });

  it("on a weekday morning includes the health centres but not on Good Friday", async () => {
    expect((await openBySql("2026-03-03T08:00:00Z", { kind: "HEALTH_CENTRE" })).length).toBe(15);
    expect(await openBySql("2026-04-03T08:00:00Z", { kind: "HEALTH_CENTRE" })).toEqual([]);
  });

  it("combines with the other filters and with ordering by distance", async () => {
    expect(await openBySql("2026-03-03T08:00:00Z", { municipality: "Luleå", text: "sunderby" })).toEqual([
      "Sunderby sjukhus, akutmottagning",
      "Sunderby sjukhus, medicinmottagning",
      "Sunderby sjukhus, vuxenpsykiatrisk mottagning",
    ]);
    const nearest = expectData(
      await t.query<Page>(OPEN_AT, { variables: { first: 2, filter: { openAt: "2026-03-02T18:30:00Z" }, orderBy: "DISTANCE", near: { lat: 67.8558, lon: 20.2253 } } }),
    );
    expect(nearest.careUnits.edges.map((e) => e.node.name)).toEqual(["Kiruna sjukhus, akutmottagning", "Gällivare sjukhus, akutmottagning"]);
    expect(nearest.careUnits.totalCount).toBe(5);
  });

  it("pages correctly: totalCount is the number open, and a walk by cursor visits each of them once", async () => {
    const at = "2026-03-03T08:00:00Z";
    const all = await openBySql(at);
    const first = expectData(await t.query<Page>(OPEN_AT, { variables: { first: 4, filter: { openAt: at } } }));
    expect(first.careUnits.totalCount).toBe(all.length);
    const walked = await walkPages(async (after) => {
      const page = expectData(await t.query<Page>(OPEN_AT, { variables: { first: 4, after, filter: { openAt: at } } })).careUnits;
      return { ids: page.edges.map((e) => e.node.name), ...page.pageInfo };
    });
    expect(walked).toEqual(all);
  });

  it("an instant that is not a date-time is refused", async () => {
    const result = await t.query(OPEN_AT, { variables: { first: 5, filter: { openAt: "nu" } } });
    expect(result.status).toBe(400);
    expectCode(result, "BAD_USER_INPUT");
  });
});
