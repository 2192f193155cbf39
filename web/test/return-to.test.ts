import { describe, expect, it } from "vitest";
import { safeReturnTo } from "../src/auth/return-to.js";

describe("the address after log-in", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeReturnTo("/personal?flik=2#riktlinjer")).toBe("/personal?flik=2#riktlinjer");
    expect(safeReturnTo("/")).toBe("/");
  });

  it.each([
    ["https://evil.example/"],
    ["//evil.example/"],
    ["/\\evil.example"],
    ["/\t/evil.example"],
    ["javascript:alert(1)"],
    ["evil"],
    ["/auth/logout"],
    [""],
    [null],
  ])("sends %j to the start page instead", (value) => {
    expect(safeReturnTo(value)).toBe("/");
  });
});
