import { expectBadUserInput, expectData, expectValidationFailed, type PersonaName, type TestSubgraph } from "@vardportal/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIST, publicSlugs, seedCount, startGuidelines, type ListData } from "./helpers.js";

let t: TestSubgraph;
beforeAll(async () => {
  t = await startGuidelines();
});
afterAll(async () => {
  await t.close();
});

async function walk(as: PersonaName, first: number, filter?: Record<string, unknown>) {
  const slugs: string[] = [];
  const titles: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page: ListData["guidelines"] = expectData(await t.query<ListData>(LIST, { as, variables: { first, after, filter } })).guidelines;
    pages += 1;
    expect(page.edges.length).toBeLessThanOrEqual(first);
    slugs.push(...page.edges.map((e) => e.node.slug));
    titles.push(...page.edges.map((e) => e.node.title.sv));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { slugs, titles, pages };
}

describe("paging through guidelines", () => {
  it("five at a time, a staff member meets every guideline exactly once, ordered by Swedish title", async () => {
    const { slugs, titles, pages } = await walk("staff", 5);
    expect(pages).toBe(3);
    expect(slugs).toHaveLength(seedCount);
    expect(new Set(slugs).size).toBe(seedCount);
    expect(titles).toEqual([...titles].sort());
  });

  it("one at a time, a resident meets the two public guidelines and nothing else", async () => {
    const { slugs, pages } = await walk("resident", 1);
    expect(pages).toBe(2);
    expect([...slugs].sort()).toEqual([...publicSlugs].sort());
  });

  it("paging inside a category filter stays inside it", async () => {
    const { slugs } = await walk("editor", 1, { category: "MINORS_ACCESS" });
    expect(slugs).toHaveLength(4);
    expect(new Set(slugs).size).toBe(4);
  });

  it("first: 0 and first: 101 are refused as invalid input", async () => {
    for (const first of [0, 101, -1]) {
      expectValidationFailed(await t.query(LIST, { as: "staff", variables: { first } }));
    }
  });

  it("a cursor that is not one of ours is refused with BAD_USER_INPUT", async () => {
    for (const after of ["garbage", "eyJ2IjoxfQ", Buffer.from("[1,2]").toString("base64url")]) {
      expectBadUserInput(await t.query(LIST, { as: "staff", variables: { first: 5, after } }), ["guidelines"]);
    }
  });
});
