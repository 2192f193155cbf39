import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederation, type Federation } from "./federation.js";

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(async () => {
  await federation?.close();
});

describe("the gateway over all five subgraphs", () => {
  it("answers one query that spans two subgraphs through the CareUnit entity", async () => {
    const result = await federation.query<{ careUnits: { edges: { node: { name: string; region: string; feeSchedule: { highCostLimitSek: number; items: { visitKind: string; amountSek: number }[] } | null } }[] } }>(
      `{ careUnits(first: 3) { edges { node { name region feeSchedule { highCostLimitSek items { visitKind amountSek } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.careUnits.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    const norrbotten = nodes.find((n) => n.region === "Norrbotten");
    const visit = norrbotten?.feeSchedule?.items.find((i) => i.visitKind === "HEALTH_CENTRE_VISIT");
    expect(visit?.amountSek).toBe(300);
  });

  it("serves the portal home operation from three subgraphs in one request", async () => {
    const result = await federation.query<{ careUnits: { totalCount: number }; currentFeeSchedule: { freeUnderAge: number }; eServices: { edges: unknown[] } }>(
      `{ careUnits(first: 6) { totalCount } currentFeeSchedule(region: "Norrbotten") { freeUnderAge } eServices(first: 6) { edges { node { slug } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.careUnits.totalCount).toBeGreaterThan(0);
    expect(result.data!.currentFeeSchedule.freeUnderAge).toBe(20);
    expect(result.data!.eServices.edges.length).toBeGreaterThan(0);
  });

  it("a malformed request gets 400 with a code and no stack trace", async () => {
    const result = await federation.query(`{ careUnits(first: 1) { edges { node { name `);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    const unknown = await federation.query(`{ careUnits { nope } }`);
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify([result, unknown])).not.toMatch(/\n\s+at |\.ts:\d+/);
  });

  it("refuses batched requests", async () => {
    const response = await fetch(federation.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]) });
    expect(response.status).toBe(400);
  });
});

describe("a subgraph that is down", () => {
  let partial: Federation;
  beforeAll(async () => {
    partial = await startFederation({ down: ["fees"] });
  });
  afterAll(async () => {
    await partial?.close();
  });

  it("yields the other parts and a coded error for its own, without its address or body", async () => {
    const result = await partial.query<{ careUnits: { totalCount: number } | null; currentFeeSchedule: unknown }>(
      `{ careUnits(first: 2) { totalCount } currentFeeSchedule(region: "Norrbotten") { id } }`,
    );
    expect(result.status).toBe(200);
    expect(result.data?.careUnits?.totalCount).toBeGreaterThan(0);
    expect(result.data?.currentFeeSchedule).toBeNull();
    // A failed fetch of a whole subgraph has no path; the portal reads a null beside it as "unavailable".
    const error = result.errors?.find((e) => e.extensions?.code === "SERVICE_UNAVAILABLE");
    expect(error?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:9\/graphql|fetch failed/);
  });
});
