import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectBadUserInput, expectValidationFailed, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { definition } from "../src/index.js";
import { LIST, PUBLIC_SLUGS, walk } from "./helpers.js";

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await t.close();
});

describe("paging through the holdings", () => {
  it.each([1, 5, 12, 100])("first: %i with after walks every holding exactly once, in order", async (first) => {
    const { slugs, pages, totalCount } = await walk(t, first);
    expect(slugs).toEqual(PUBLIC_SLUGS);
    expect(totalCount).toBe(12);
    expect(pages).toBe(Math.ceil(12 / first));
  });

  it("an archivist's walk includes the archive note exactly once, in its place", async () => {
    const { slugs, totalCount } = await walk(t, 3, null, "archivist");
    expect(totalCount).toBe(13);
    expect(slugs).toEqual([...PUBLIC_SLUGS.slice(0, 2), "intern-placering-privata-vardgivare", ...PUBLIC_SLUGS.slice(2)]);
  });

  it.each([0, 101])("first: %i is refused with VALIDATION_FAILED", async (first) => {
    expectValidationFailed(await t.query(LIST, { variables: { first } }));
  });

  it.each(["garbage", "eyJ2IjoxfQ"])("a cursor that is not one of ours (%s) is refused with BAD_USER_INPUT", async (after) => {
    expectBadUserInput(await t.query(LIST, { variables: { first: 2, after } }), ["archiveHoldings"]);
  });
});
