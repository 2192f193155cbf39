import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { expectData, type TestSubgraph } from "@vardportal/kit/testing";
import { startCareUnits } from "./helpers.js";

const LIST = `{ careUnits(first: 100) { edges { node { id name } } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CareUnit { id name } } }`;

let t: TestSubgraph;
let units: { id: string; name: string }[];
beforeAll(async () => {
  t = await startCareUnits();
  units = expectData(await t.query<{ careUnits: { edges: { node: { id: string; name: string } }[] } }>(LIST)).careUnits.edges.map((e) => e.node);
});
afterAll(async () => {
  await t.close();
});

describe("CareUnit entity references", () => {
  it("resolve in the order asked, with null for an unknown id", async () => {
    const wanted = [units[3]!, units[0]!, units[7]!];
    const representations = [...wanted.map((u) => ({ __typename: "CareUnit", id: u.id })), { __typename: "CareUnit", id: "no-such-unit" }];
    const data = expectData(await t.query<{ _entities: ({ id: string; name: string } | null)[] }>(ENTITIES, { variables: { r: representations } }));
    expect(data._entities).toEqual([...wanted, null]);
  });

  it("for N ids run one SQL query, not one per unit", async () => {
    const logQuery = vi.spyOn(t.subgraph.dataSource.logger, "logQuery");
    try {
      const representations = units.map((u) => ({ __typename: "CareUnit", id: u.id }));
      const data = expectData(await t.query<{ _entities: unknown[] }>(ENTITIES, { variables: { r: representations } }));
      expect(data._entities).toHaveLength(units.length);
      expect(logQuery).toHaveBeenCalledTimes(1);
      expect(String(logQuery.mock.calls[0]?.[0])).toMatch(/^SELECT .* IN \(/);
    } finally {
      logQuery.mockRestore();
    }
  });
});
