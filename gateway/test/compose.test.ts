import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { composeSupergraph } from "../src/compose.js";
import { supergraphFile } from "../src/subgraphs.js";

describe("the supergraph", () => {
  it("composes the same way every time", () => {
    expect(composeSupergraph()).toBe(composeSupergraph());
  });

  it("the committed supergraph.graphql is what the committed subgraph schemas compose to (run `npm run compose`)", () => {
    expect(readFileSync(supergraphFile, "utf8")).toBe(composeSupergraph());
  });
});
