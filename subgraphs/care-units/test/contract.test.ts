import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingSchemaChanges, schemaFileDrift, type TestSubgraph } from "@vardportal/kit/testing";
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
  it("the committed schema.graphql is what the classes print", async () => {
    const { committed, current } = await schemaFileDrift(definition, new URL("../schema.graphql", import.meta.url));
    expect(committed).toBe(current);
  });

  it("the migrations build exactly the tables the entities describe", async () => {
    expect(await pendingSchemaChanges(t.subgraph.dataSource)).toEqual([]);
  });

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
