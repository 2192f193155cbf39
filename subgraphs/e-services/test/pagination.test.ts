import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectBadUserInput, expectValidationFailed, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { definition } from "../src/index.js";
import { LIST, walk } from "./helpers.js";

const SEEDED = ["1177-e-tjanster", "digitalen", "folktandvardens-chatt", "sms-livraddare", "ung-i-norr", "vard-i-norr"];

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await t.close();
});

describe("paging through the catalogue", () => {
  it.each([1, 2, 4, 6, 100])("first: %i with after walks every e-service exactly once, in order", async (first) => {
    const { slugs, pages, totalCount } = await walk(t, first);
    expect(slugs).toEqual(SEEDED);
    expect(totalCount).toBe(6);
    expect(pages).toBe(Math.max(1, Math.ceil(6 / first)));
  });

  it.each([0, 101, -1])("first: %i is refused with VALIDATION_FAILED", async (first) => {
    expectValidationFailed(await t.query(LIST, { variables: { first } }));
  });

  it.each(["garbage", "eyJ2IjoxfQ", "%%%"])("a cursor that is not one of ours (%s) is refused with BAD_USER_INPUT", async (after) => {
    expectBadUserInput(await t.query(LIST, { variables: { first: 2, after } }), ["eServices"]);
  });
});
