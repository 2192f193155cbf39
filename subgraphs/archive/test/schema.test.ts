import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itKeepsItsContracts, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { definition } from "../src/index.js";

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(definition);
});
afterAll(async () => {
  await t.close();
});

describe("the archive subgraph's contracts", () => {
  itKeepsItsContracts(definition, new URL("../schema.graphql", import.meta.url), () => t);

  it.each([
    ["a query that does not parse", "{ archiveHoldings(first: 2) { totalCount ", "GRAPHQL_PARSE_FAILED"],
    ["an unknown field", "{ archiveHoldings(first: 2) { totalCount secretField } }", "GRAPHQL_VALIDATION_FAILED"],
    ["an unknown kind", '{ archiveHoldings(filter: { kind: SECRET }) { totalCount } }', "GRAPHQL_VALIDATION_FAILED"],
  ])("%s gets HTTP 400 with a code and no stack trace", async (_what, document, code) => {
    const result = await t.query(document);
    expect(result.status).toBe(400);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\s{4}at /);
  });
});
