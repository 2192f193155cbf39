import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEditorialLifecycle, expectCode, expectData, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { holdingEditorialType } from "../src/editorial.js";
import { definition } from "../src/index.js";
import { holdingValues } from "./editorial-values.js";

/** The editorial API of archive holdings (decision 019), through GraphQL. */


let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false });
});
afterAll(async () => {
  await t.close();
});

describeEditorialLifecycle("an archive holding's life through the editorial API", {
  subgraph: () => t,
  registration: holdingEditorialType as never,
  values: (n) => holdingValues(n),
  retitle: (values, title) => ({ ...values, title: { sv: title, en: null } }),
  readTitle: async (sub, values, as, headers) => {
    const result = await sub.query<{ archiveHolding: { title: { sv: string } } | null }>(`query($slug: String!) { archiveHolding(slug: $slug) { title { sv } } }`, { as, variables: { slug: values.slug }, headers });
    return expectData(result).archiveHolding?.title.sv ?? null;
  },
  reader: "anonymous",
  invalid: {
    values: (n) => holdingValues(n, { title: { sv: "" }, kind: "SCROLLS", periodFrom: 999, extentMeters: "tolv" }),
    paths: ["title.sv", "kind", "periodFrom", "extentMeters"],
  },
});

describe("holding rules in the editor", () => {
  it("a holding the archive does not keep must say where to ask; the years must run forwards", async () => {
    const result = await t.query(`mutation($v: JSONObject!) { createArchiveHolding(values: $v) { id } }`, {
      as: "editor",
      variables: { v: holdingValues(7001, { held: false, whereToAsk: null, periodFrom: 1990, periodTo: 1950 }) },
    });
    const fieldErrors = expectCode(result, "VALIDATION_FAILED").extensions?.fieldErrors as Record<string, string[]>;
    expect(Object.keys(fieldErrors).sort()).toEqual(["periodTo", "whereToAsk.sv"]);
  });

  it("has no portal page to preview", async () => {
    const created = expectData(await t.query<{ createArchiveHolding: { id: string } }>(`mutation($v: JSONObject!) { createArchiveHolding(values: $v) { id } }`, { as: "editor", variables: { v: holdingValues(7002) } })).createArchiveHolding;
    expectCode(await t.query(`mutation($id: ID!) { archiveHoldingPreviewLink(id: $id) { url } }`, { as: "editor", variables: { id: created.id } }), "NOT_FOUND");
    const type = expectData(await t.query<{ editorialArchiveHoldingType: { hasPreview: boolean } }>(`{ editorialArchiveHoldingType { hasPreview } }`, { as: "editor" })).editorialArchiveHoldingType;
    expect(type.hasPreview).toBe(false);
  });

  it("the audit log shows holdings' editorial steps, and not release requests", async () => {
    const log = expectData(await t.query<{ archiveAuditLog: { edges: { node: { entityType: string } }[] } }>(`{ archiveAuditLog(first: 100) { edges { node { entityType } } } }`, { as: "admin" })).archiveAuditLog;
    expect(log.edges.length).toBeGreaterThan(0);
    expect(new Set(log.edges.map((e) => e.node.entityType))).toEqual(new Set(["ArchiveHolding"]));
  });

  it("every seed holding opens and saves unchanged in the editor", async () => {
    const seeded = await startTestSubgraph(definition, { seed: true });
    try {
      const list = expectData(await seeded.query<{ editorialArchiveHoldings: { edges: { node: { id: string; version: number; values: unknown; title: string } }[] } }>(`{ editorialArchiveHoldings(first: 100) { edges { node { id version values title } } } }`, { as: "editor" })).editorialArchiveHoldings;
      expect(list.edges.length).toBeGreaterThan(5);
      for (const { node } of list.edges) {
        const result = await seeded.query(`mutation($id: ID!, $ver: Int!, $v: JSONObject!) { saveArchiveHoldingDraft(id: $id, version: $ver, values: $v) { id } }`, { as: "editor", variables: { id: node.id, ver: node.version, v: node.values } });
        expect(result.errors, node.title).toBeUndefined();
      }
    } finally {
      await seeded.close();
    }
  });
});
