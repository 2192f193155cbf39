import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDENTITY_HEADER } from "../src/identity/token.js";
import { startTestSubgraph, type TestSubgraph } from "../src/testing/index.js";
import { noteSubgraph } from "./fixture/note.js";

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(noteSubgraph);
});
afterAll(async () => {
  await t?.close();
});

describe("Apollo's per-request work in a subgraph", () => {
  it("works out no cache policy field by field: the cache-control plugin is off, so no resolver is wrapped for it", async () => {
    const response = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json", [IDENTITY_HEADER]: await t.sign(null) },
      body: JSON.stringify({ query: "{ notes { totalCount } }" }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data?: unknown }).data).toEqual({ notes: { totalCount: 0 } });
    // With the plugin on, Apollo answers `cache-control: no-store` here (no field has a cache hint).
    expect(response.headers.get("cache-control")).toBeNull();
  });
});
