import { describe, expect, it } from "vitest";
import { personnummerFor } from "@vardportal/kit/personnummer";
import { birthDateOf, guardianMayActFor } from "./guardian.js";

describe("a guardian acting for a child", () => {
  const child = personnummerFor("2013-06-15", 124);
  it("may act the day before the 13th birthday", () => {
    expect(guardianMayActFor(child, "2026-06-14")).toBe(true);
  });
  it("may not from the 13th birthday", () => {
    expect(guardianMayActFor(child, "2026-06-15")).toBe(false);
  });
  it("reads the birth date of a samordningsnummer (day plus 60)", () => {
    expect(birthDateOf("201306751234")).toBe("2013-06-15");
  });
});
