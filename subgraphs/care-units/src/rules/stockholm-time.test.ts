import { describe, expect, it } from "vitest";
import { addDays, firstInstantAtOrAfter, parseIsoDate, swedishDate, swedishMoment, weekdayOf } from "./stockholm-time.js";

const iso = (date: Date) => date.toISOString();

describe("calendar dates", () => {
  it("parseIsoDate accepts real dates only", () => {
    expect(parseIsoDate("2026-02-28")).toBe("2026-02-28");
    expect(parseIsoDate("2028-02-29")).toBe("2028-02-29");
    for (const text of ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-01T00:00", ""]) expect(parseIsoDate(text)).toBeNull();
  });

  it("addDays counts calendar days across month ends, year ends and daylight-saving changes", () => {
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDays("2026-10-25", 1)).toBe("2026-10-26");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("weekdayOf numbers Monday 1 to Sunday 7", () => {
    expect(weekdayOf("2026-03-02")).toBe(1);
    expect(weekdayOf("2026-03-29")).toBe(7);
  });

  it("swedishDate is the date on a Swedish calendar, not the UTC one", () => {
    expect(swedishDate(new Date("2026-03-01T23:30:00Z"))).toBe("2026-03-02"); // 00:30 CET
    expect(swedishDate(new Date("2026-07-01T22:30:00Z"))).toBe("2026-07-02"); // 00:30 CEST
    expect(swedishDate(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
  });
});

describe("firstInstantAtOrAfter: a wall-clock time on a date as an instant", () => {
  it("is the plain local time on an ordinary day, in winter and in summer", () => {
    expect(iso(firstInstantAtOrAfter("2026-03-02", 8 * 60))).toBe("2026-03-02T07:00:00.000Z");
    expect(iso(firstInstantAtOrAfter("2026-07-01", 8 * 60))).toBe("2026-07-01T06:00:00.000Z");
    expect(iso(firstInstantAtOrAfter("2026-07-01", 24 * 60))).toBe("2026-07-01T22:00:00.000Z");
  });

  it("counts minutes past 24:00 into the next day", () => {
    expect(iso(firstInstantAtOrAfter("2026-03-06", 25 * 60))).toBe("2026-03-07T00:00:00.000Z"); // Fri 25:00 = Sat 01:00 CET
  });

  it("on the last Sunday of March, any time in the missing hour 02:00–03:00 falls on the jump to 03:00", () => {
    expect(iso(firstInstantAtOrAfter("2026-03-29", 119))).toBe("2026-03-29T00:59:00.000Z"); // 01:59 CET
    for (const minute of [120, 150, 179, 180]) expect(iso(firstInstantAtOrAfter("2026-03-29", minute))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(firstInstantAtOrAfter("2026-03-29", 181))).toBe("2026-03-29T01:01:00.000Z"); // 03:01 CEST
    expect(iso(firstInstantAtOrAfter("2026-03-28", 24 * 60 + 150))).toBe("2026-03-29T01:00:00.000Z"); // Saturday's 26:30
  });

  it("on the last Sunday of October, a time in the repeated hour 02:00–03:00 is its first pass", () => {
    expect(iso(firstInstantAtOrAfter("2026-10-25", 120))).toBe("2026-10-25T00:00:00.000Z"); // 02:00 CEST
    expect(iso(firstInstantAtOrAfter("2026-10-25", 150))).toBe("2026-10-25T00:30:00.000Z"); // 02:30 CEST, not CET
    expect(iso(firstInstantAtOrAfter("2026-10-25", 180))).toBe("2026-10-25T02:00:00.000Z"); // 03:00 CET
  });
});

describe("swedishMoment: which date and minute an instant is, for the open-now filter", () => {
  it("is the wall clock on an ordinary day", () => {
    expect(swedishMoment(new Date("2026-03-02T08:15:30Z"))).toEqual({ date: "2026-03-02", weekday: 1, minute: 9 * 60 + 15 });
  });

  it("reads 03:00 from the moment the clocks jump in March", () => {
    expect(swedishMoment(new Date("2026-03-29T00:59:00Z"))).toEqual({ date: "2026-03-29", weekday: 7, minute: 119 });
    expect(swedishMoment(new Date("2026-03-29T01:00:00Z"))).toEqual({ date: "2026-03-29", weekday: 7, minute: 180 });
  });

  it("on the second pass of October's repeated hour, reads the last minute of that hour: every boundary in it is behind us", () => {
    expect(swedishMoment(new Date("2026-10-25T00:15:00Z")).minute).toBe(135); // 02:15 CEST, first pass
    expect(swedishMoment(new Date("2026-10-25T01:15:00Z")).minute).toBe(179); // 02:15 CET, second pass
    expect(swedishMoment(new Date("2026-10-25T01:59:59Z")).minute).toBe(179);
    expect(swedishMoment(new Date("2026-10-25T02:00:00Z")).minute).toBe(180); // 03:00 CET
  });
});
