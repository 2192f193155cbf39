import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itKeepsItsContracts, type TestSubgraph } from "@vardportal/kit/testing";
import { FeeItem } from "../src/entities/fee-item.entity.js";
import { FeeSchedule } from "../src/entities/fee-schedule.entity.js";
import { definition } from "../src/index.js";
import { startFees } from "./helpers.js";

let t: TestSubgraph;
beforeAll(async () => {
  t = await startFees();
});
afterAll(async () => {
  await t.close();
});

describe("the fees contract", () => {
  itKeepsItsContracts(definition, new URL("../schema.graphql", import.meta.url), () => t);

  it("a schedule's lines go with it when it is deleted", async () => {
    const items = t.subgraph.dataSource.getRepository(FeeItem);
    expect(await items.count()).toBe(5);
    await t.subgraph.dataSource.getRepository(FeeSchedule).delete({ region: "Norrbotten" });
    expect(await items.count()).toBe(0);
  });

  it.each([
    ["a malformed query", `{ currentFeeSchedule(region: "Norrbotten") { id `],
    ["an unknown field", `{ currentFeeSchedule(region: "Norrbotten") { id secretField } }`],
  ])("%s gets HTTP 400 with a code and no stack trace", async (_what, query) => {
    const result = await t.query(query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\s+at \S+ \(/);
  });
});
