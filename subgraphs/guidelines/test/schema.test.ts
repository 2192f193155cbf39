import { itKeepsItsContracts, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { definition } from "../src/index.js";

describe("schema and migrations", () => {
  let t: TestSubgraph;
  beforeAll(async () => {
    t = await startTestSubgraph(definition);
  });
  afterAll(async () => {
    await t.close();
  });

  itKeepsItsContracts(definition, new URL("../schema.graphql", import.meta.url), () => t);

  it("a malformed query gets HTTP 400 with a code and no stack trace", async () => {
    const result = await t.query("{ guidelines(first: 5) { totalCount ", { as: "staff" });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\s{4}at /);
  });

  it("an unknown field gets HTTP 400 with a code and no stack trace", async () => {
    const result = await t.query("{ guidelines(first: 5) { edges { node { slug internalNote } } } }", { as: "staff" });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\s{4}at /);
  });
});
