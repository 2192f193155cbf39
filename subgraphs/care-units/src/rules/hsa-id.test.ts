import { describe, expect, it } from "vitest";
import { parseHsaId } from "./hsa-id.js";

describe("parseHsaId", () => {
  it("accepts a Region Norrbotten HSA-id and returns it as it is", () => {
    expect(parseHsaId("SE2321000230-1A2B")).toBe("SE2321000230-1A2B");
  });

  it("accepts lower case and surrounding spaces, returning the canonical form", () => {
    expect(parseHsaId("  se2321000230-ex01 ")).toBe("SE2321000230-EX01");
  });

  it.each([
    ["no country prefix", "2321000230-1A2B"],
    ["nine digits", "SE232100023-1A2B"],
    ["no dash", "SE23210002301A2B"],
    ["empty suffix", "SE2321000230-"],
    ["a suffix with punctuation", "SE2321000230-1A_2B"],
    ["longer than 31 characters", `SE2321000230-${"A".repeat(19)}`],
    ["empty", ""],
  ])("refuses %s", (_why, text) => {
    expect(parseHsaId(text)).toBeNull();
  });
});
