import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectData, type TestSubgraph } from "@vardportal/kit/testing";
import { startCareUnits } from "./helpers.js";

/**
 * The seeded units, read as the admin reads them, must be values the form accepts, and saving and
 * publishing them unchanged must not change a single day's hours: the form's rows and the stored spans
 * translate both ways without loss.
 */
let t: TestSubgraph;
beforeAll(async () => {
  t = await startCareUnits({ seed: true });
});
afterAll(async () => {
  await t.close();
});

type Item = { id: string; version: number; values: Record<string, unknown> };
const HOURS = `query($id: ID!) { careUnit(id: $id) { name openingDays(from: "2026-01-01", days: 31) { date spans { opens closes } } upcomingExceptions(days: 366) { fromDate toDate closed spans { weekday opens closes } } contactRoutes { kind value hours { sv } } } }`;

describe("the seeded care units in the editorial API", () => {
  it("every one saves and publishes unchanged, its hours, exceptions and routes the same day by day", async () => {
    const list = expectData(await t.query<{ editorialCareUnits: { totalCount: number; edges: { node: Item }[] } }>(`{ editorialCareUnits(first: 100) { totalCount edges { node { id version values } } } }`, { as: "editor" }));
    expect(list.editorialCareUnits.totalCount).toBeGreaterThan(10);
    for (const { node } of list.editorialCareUnits.edges) {
      const before = expectData(await t.query(HOURS, { as: "staff", variables: { id: node.id } }));
      const saved = await t.query<{ saveCareUnitDraft: Item }>(`mutation($id: ID!, $v: Int!, $values: JSONObject!) { saveCareUnitDraft(id: $id, version: $v, values: $values) { id version values } }`, {
        as: "editor",
        variables: { id: node.id, v: node.version, values: node.values },
      });
      const draft = expectData(saved).saveCareUnitDraft;
      expect(draft.values, String(node.values.name)).toEqual(node.values);
      expectData(await t.query(`mutation($id: ID!, $v: Int!) { publishCareUnit(id: $id, version: $v) { id } }`, { as: "editor", variables: { id: node.id, v: draft.version } }));
      expect(expectData(await t.query(HOURS, { as: "staff", variables: { id: node.id } })), String(node.values.name)).toEqual(before);
    }
  });
});
