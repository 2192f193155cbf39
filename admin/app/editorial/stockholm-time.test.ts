import { describe, expect, it } from "vitest";
import { formatSwedishClock, formatSwedishDate, formatSwedishDateTime, isoToStockholmLocal, stockholmLocalToIso } from "./stockholm-time";

describe("Stockholm wall-clock time", () => {
  it("turns a datetime-local value into the right instant in winter and in summer", () => {
    expect(stockholmLocalToIso("2026-12-01T08:00")).toBe("2026-12-01T07:00:00.000Z");
    expect(stockholmLocalToIso("2026-07-01T08:00")).toBe("2026-07-01T06:00:00.000Z");
    expect(stockholmLocalToIso("2026-12-31T23:30")).toBe("2026-12-31T22:30:00.000Z");
  });

  it("handles the nights the clocks change", () => {
    // 29 March 2026: 02:00 → 03:00, so 02:30 does not exist in Stockholm.
    expect(stockholmLocalToIso("2026-03-29T02:30")).toBeNull();
    expect(stockholmLocalToIso("2026-03-29T03:30")).toBe("2026-03-29T01:30:00.000Z");
    expect(stockholmLocalToIso("2026-03-29T01:30")).toBe("2026-03-29T00:30:00.000Z");
    // 25 October 2026: 03:00 → 02:00; an hour after is unambiguous.
    expect(stockholmLocalToIso("2026-10-25T04:00")).toBe("2026-10-25T03:00:00.000Z");
  });

  it("refuses what is not a datetime-local value", () => {
    for (const bad of ["", "2026-12-01", "2026-11-31T08:00", "2026-13-01T08:00", "2026-12-01T24:00", "i morgon"]) {
      expect(stockholmLocalToIso(bad)).toBeNull();
    }
  });

  it("shows an instant back as Stockholm time", () => {
    expect(isoToStockholmLocal("2026-12-01T07:00:00.000Z")).toBe("2026-12-01T08:00");
    expect(isoToStockholmLocal("2026-07-01T06:00:00Z")).toBe("2026-07-01T08:00");
    expect(isoToStockholmLocal("nonsense")).toBe("");
    for (const local of ["2026-01-15T00:05", "2026-06-30T23:59", "2026-10-25T04:00"]) {
      expect(isoToStockholmLocal(stockholmLocalToIso(local)!)).toBe(local);
    }
  });

  it("writes times in Swedish", () => {
    expect(formatSwedishDateTime("2026-12-01T07:00:00.000Z")).toBe("1 december 2026 kl. 08:00");
    expect(formatSwedishClock("2026-11-21T13:03:10.000Z")).toBe("14:03");
    expect(formatSwedishDate("2026-05-17")).toBe("17 maj 2026");
  });
});
