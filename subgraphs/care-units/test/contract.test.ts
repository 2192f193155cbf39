import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itKeepsItsContracts, type TestSubgraph } from "@vardportal/kit/testing";
import { definition } from "../src/index.js";
import { startCareUnits } from "./helpers.js";

let t: TestSubgraph;
beforeAll(async () => {
  t = await startCareUnits({ seed: false });
});
afterAll(async () => {
  await t.close();
});

describe("the care-units contract", () => {
  itKeepsItsContracts(definition, new URL("../schema.graphql", import.meta.url), () => t);

  it.each([
    ["a malformed query", "{ careUnits(first: 5) { totalCount "],
    ["an unknown field", "{ careUnits(first: 5) { totalCount secretField } }"],
  ])("%s gets HTTP 400 with a code and no stack trace", async (_what, query) => {
    const result = await t.query(query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\s+at \S+ \(/);
  });
});
