import { describe, expect, it } from "vitest";
import { addDays, longDate, parseIsoDate, periodEnd, stockholmDate } from "./calendar-date.js";

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

  it("keeps a day's bounds, so instants asked in any order, across both DST changes, get their own day", () => {
    // The last day asked is remembered; each of these leaves or re-enters it at an edge.
    const cases: [string, string][] = [
      ["2026-03-29T10:00:00Z", "2026-03-29"], // 23-hour day: 00:00 CET (28th 23:00Z) to 00:00 CEST (29th 22:00Z)
      ["2026-03-28T22:59:59Z", "2026-03-28"],
      ["2026-03-28T23:00:00Z", "2026-03-29"],
      ["2026-03-29T21:59:59.999Z", "2026-03-29"],
      ["2026-03-29T22:00:00Z", "2026-03-30"],
      ["2026-10-25T12:00:00Z", "2026-10-25"], // 25-hour day: 24th 22:00Z to 25th 23:00Z
      ["2026-10-25T22:30:00Z", "2026-10-25"],
      ["2026-10-25T22:59:59.999Z", "2026-10-25"],
      ["2026-10-25T23:00:00Z", "2026-10-26"],
      ["2026-10-24T21:59:59.999Z", "2026-10-24"],
      ["2026-10-24T22:00:00Z", "2026-10-25"],
    ];
    for (const [instant, date] of cases) expect([instant, stockholmDate(new Date(instant))]).toEqual([instant, date]);
  });

  it("refuses an invalid instant, whatever day it remembers", () => {
    stockholmDate(new Date("2026-05-01T12:00:00Z"));
    expect(() => stockholmDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("addDays", () => {
  it("crosses months, years and leap days", () => {
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2026-03-02", -75)).toBe("2025-12-17");
  });
});

describe("periodEnd: the last day of a period of months", () => {
  it("is the day before the same day of the month twelve months later", () => {
    expect(periodEnd("2025-03-10", 12)).toBe("2026-03-09");
    expect(periodEnd("2025-01-01", 12)).toBe("2025-12-31");
  });

  it("runs to the end of a shorter month when that day does not exist", () => {
    expect(periodEnd("2024-02-29", 12)).toBe("2025-02-28");
    expect(periodEnd("2025-01-31", 1)).toBe("2025-02-28");
  });

  it("follows the schedule's number of months", () => {
    expect(periodEnd("2025-03-10", 6)).toBe("2025-09-09");
  });
});

describe("longDate", () => {
  it("writes a date for people in Swedish and in English", () => {
    expect(longDate("2027-03-09")).toEqual({ sv: "9 mars 2027", en: "9 March 2027" });
  });
});
