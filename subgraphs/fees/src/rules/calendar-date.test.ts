import { describe, expect, it } from "vitest";
import { parseIsoDate, stockholmDate } from "./calendar-date.js";

describe("parseIsoDate", () => {
  it("accepts a real date, leap days included", () => {
    expect(parseIsoDate("2025-01-01")).toBe("2025-01-01");
    expect(parseIsoDate("2024-02-29")).toBe("2024-02-29");
  });

  it.each(["2025-02-29", "2025-13-01", "2025-04-31", "2025-1-1", "20250101", "2025-01-01T00:00:00Z", " 2025-01-01", ""])(
    "refuses %j",
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );
});

describe("stockholmDate", () => {
  it("is already the new day in Sweden at 23:30 UTC in winter (UTC+1)", () => {
    expect(stockholmDate(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
    expect(stockholmDate(new Date("2025-12-31T22:59:59Z"))).toBe("2025-12-31");
  });

  it("turns the day at 22:00 UTC in summer (UTC+2)", () => {
    expect(stockholmDate(new Date("2026-06-30T21:59:59Z"))).toBe("2026-06-30");
    expect(stockholmDate(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
  });
});
