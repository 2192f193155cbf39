import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectBadUserInput, expectData, expectValidationFailed, type TestSubgraph } from "@vardportal/kit/testing";
import { startCareUnits } from "./helpers.js";

interface Page {
  careUnits: { totalCount: number; edges: { node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const PAGE = `query($first: Int!, $after: String, $filter: CareUnitFilter) {
  careUnits(first: $first, after: $after, filter: $filter) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } }
}`;

let t: TestSubgraph;
beforeAll(async () => {
  t = await startCareUnits();
});
afterAll(async () => {
  await t.close();
});

async function walk(first: number, filter?: Record<string, unknown>) {
  const seen: { id: string; name: string }[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let pages = 0; pages < 50; pages++) {
    const page: Page = expectData(await t.query<Page>(PAGE, { variables: { first, after, filter } }));
    totalCount = page.careUnits.totalCount;
    seen.push(...page.careUnits.edges.map((e) => e.node));
    if (!page.careUnits.pageInfo.hasNextPage) break;
    after = page.careUnits.pageInfo.endCursor;
  }
  return { seen, totalCount };
}

describe("paging through care units", () => {
  it("first/after walks every unit exactly once, in name order", async () => {
    const { seen, totalCount } = await walk(4);
    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen.map((u) => u.id)).size).toBe(totalCount);
    const names = seen.map((u) => u.name);
    expect(names).toEqual([...names].sort());
  });

  it("a walk with a filter visits every matching unit once and no other", async () => {
    const { seen, totalCount } = await walk(3, { kind: "HEALTH_CENTRE" });
    expect(totalCount).toBe(15);
    expect(new Set(seen.map((u) => u.id)).size).toBe(15);
    expect(seen.every((u) => u.name.includes("hälsocentral"))).toBe(true);
  });

  it("every page, an empty one after the last and an empty first one, reports the same total as counting does", async () => {
    // The total counts the whole filtered list (kit pagination.ts): it must not shrink with the cursor, nor vanish with the rows.
    const totals: number[] = [];
    let after: string | null = null;
    let last: Page["careUnits"] | null = null;
    for (let pages = 0; pages < 50; pages++) {
      last = expectData(await t.query<Page>(PAGE, { variables: { first: 4, after, filter: { kind: "HEALTH_CENTRE" } } })).careUnits;
      totals.push(last.totalCount);
      if (!last.pageInfo.hasNextPage) break;
      after = last.pageInfo.endCursor;
    }
    expect(totals.length).toBe(4);
    expect(totals.every((n) => n === 15)).toBe(true);
    const beyond = expectData(await t.query<Page>(PAGE, { variables: { first: 4, after: last!.pageInfo.endCursor, filter: { kind: "HEALTH_CENTRE" } } })).careUnits;
    expect(beyond.edges).toEqual([]);
    expect(beyond.totalCount).toBe(15);
    const none = expectData(await t.query<Page>(PAGE, { variables: { first: 4, filter: { municipality: "Ingenstans" } } })).careUnits;
    expect(none).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("a page size of 0 or 101 is refused with VALIDATION_FAILED", async () => {
    for (const first of [0, 101]) expectValidationFailed(await t.query(PAGE, { variables: { first } }));
  });

  it("a cursor that was never issued is refused with BAD_USER_INPUT", async () => {
    for (const after of ["garbage", "eyJ2IjoxfQ", "bm90IGpzb24"]) {
      expectBadUserInput(await t.query(PAGE, { variables: { first: 5, after } }), ["careUnits"]);
    }
  });
});
