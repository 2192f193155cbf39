import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEditorialLifecycle, expectCode, expectData, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { eServiceEditorialType } from "../src/editorial.js";
import { definition } from "../src/index.js";
import { eServiceValues } from "./editorial-values.js";

/** The editorial API of e-services (decision 019), through GraphQL. */

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false });
});
afterAll(async () => {
  await t.close();
});

describeEditorialLifecycle("an e-service's life through the editorial API", {
  subgraph: () => t,
  registration: eServiceEditorialType as never,
  values: (n) => eServiceValues(n),
  retitle: (values, title) => ({ ...values, name: { sv: title, en: null } }),
  readTitle: async (sub, values, as, headers) => {
    const result = await sub.query<{ eService: { name: { sv: string } } | null }>(`query($slug: String!) { eService(slug: $slug) { name { sv } } }`, { as, variables: { slug: values.slug }, headers });
    return expectData(result).eService?.name.sv ?? null;
  },
  reader: "anonymous",
  invalid: {
    values: (n) =>
      eServiceValues(n, {
        name: { sv: "", en: "Only English" },
        channel: "PIGEON",
        minAge: 20,
        maxAge: 10,
        webUrl: "javascript:alert(1)",
        offeredOnlyIn: ["Luleå", "Stockholm"],
        staffedHours: [{ weekday: "8", opens: "09:00", closes: "08:00" }],
        extra: true,
      }),
    // maxAge < minAge and closes before opens are cross-field checks: zod runs them once every field has the right shape.
    paths: ["name.sv", "channel", "webUrl", "offeredOnlyIn.1", "staffedHours.0.weekday", "extra"],
  },
});

describe("e-service rules in the editor", () => {
  it("overlapping staffed hours and e-ID methods without e-ID are refused on their fields", async () => {
    const result = await t.query(`mutation($v: JSONObject!) { createEService(values: $v) { id } }`, {
      as: "editor",
      variables: {
        v: eServiceValues(9001, {
          requiresEid: false,
          staffedHours: [
            { weekday: "2", opens: "08:00", closes: "12:00" },
            { weekday: "2", opens: "11:00", closes: "13:00" },
          ],
        }),
      },
    });
    const fieldErrors = expectCode(result, "VALIDATION_FAILED").extensions?.fieldErrors as Record<string, string[]>;
    expect(Object.keys(fieldErrors).sort()).toEqual(["eidMethods", "staffedHours"]);
  });

  it("the staffed hours an editor writes are what readers get", async () => {
    const created = expectData(await t.query<{ createEService: { id: string; version: number } }>(`mutation($v: JSONObject!) { createEService(values: $v) { id version } }`, { as: "editor", variables: { v: eServiceValues(9002) } })).createEService;
    expectData(await t.query(`mutation($id: ID!, $ver: Int!) { publishEService(id: $id, version: $ver) { id } }`, { as: "editor", variables: { id: created.id, ver: created.version } }));
    const read = expectData(
      await t.query<{ eService: { staffedHours: { weekday: number; opens: string; closes: string }[]; notOfferedIn: string[] } }>(
        `{ eService(slug: "testtjanst-9002") { staffedHours { weekday opens closes } notOfferedIn } }`,
      ),
    ).eService;
    expect(read.notOfferedIn).toEqual(["Boden"]);
    expect(read.staffedHours.length).toBe(2);
  });

  it("every seed e-service opens and saves unchanged in the editor", async () => {
    const seeded = await startTestSubgraph(definition, { seed: true });
    try {
      const list = expectData(await seeded.query<{ editorialEServices: { edges: { node: { id: string; version: number; values: unknown; title: string } }[] } }>(`{ editorialEServices(first: 100) { edges { node { id version values title } } } }`, { as: "editor" })).editorialEServices;
      expect(list.edges.length).toBeGreaterThan(3);
      for (const { node } of list.edges) {
        const result = await seeded.query(`mutation($id: ID!, $ver: Int!, $v: JSONObject!) { saveEServiceDraft(id: $id, version: $ver, values: $v) { id } }`, { as: "editor", variables: { id: node.id, ver: node.version, v: node.values } });
        expect(result.errors, node.title).toBeUndefined();
      }
    } finally {
      await seeded.close();
    }
  });
});
