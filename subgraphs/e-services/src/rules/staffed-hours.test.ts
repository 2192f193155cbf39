import { describe, expect, it } from "vitest";
import { checkStaffedHours, formatClock, parseClock, spansOn, staffingAt, WEEKDAYS, WEEKEND } from "./staffed-hours.js";

// As the seed describes them (DOMAIN.md): Digitalen weekdays 08–18, weekends 09–15;
// Folktandvården's chat Mon–Thu 07:30–15:00, Fri 07:30–14:00.
const digitalen = [...spansOn(WEEKDAYS, "08:00", "18:00"), ...spansOn(WEEKEND, "09:00", "15:00")];
const tandvard = [...spansOn([1, 2, 3, 4], "07:30", "15:00"), ...spansOn([5], "07:30", "14:00")];

describe("staffed hours in Europe/Stockholm", () => {
  it("Digitalen is staffed at 08:00 on a weekday (winter, UTC+1) and not at 07:59", () => {
    // Monday 2 March 2026.
    expect(staffingAt(digitalen, new Date("2026-03-02T06:59:00Z"))).toEqual({ staffedNow: false, changesAt: new Date("2026-03-02T07:00:00Z") });
    expect(staffingAt(digitalen, new Date("2026-03-02T07:00:00Z"))).toEqual({ staffedNow: true, changesAt: new Date("2026-03-02T17:00:00Z") });
  });

  it("Digitalen closes at 18:00 in summer time (UTC+2) and opens at 09:00 on Saturday", () => {
    // Friday 12 June 2026, 18:00 Swedish time.
    expect(staffingAt(digitalen, new Date("2026-06-12T16:00:00Z"))).toEqual({ staffedNow: false, changesAt: new Date("2026-06-13T07:00:00Z") });
    expect(staffingAt(digitalen, new Date("2026-06-13T12:59:00Z")).staffedNow).toBe(true);
    expect(staffingAt(digitalen, new Date("2026-06-13T13:00:00Z")).staffedNow).toBe(false);
  });

  it("keeps 09:00 at 09:00 on the Sunday the clocks go forward", () => {
    // 29 March 2026: 02:00 becomes 03:00; 09:00 Swedish summer time is 07:00 UTC.
    expect(staffingAt(digitalen, new Date("2026-03-29T06:00:00Z"))).toEqual({ staffedNow: false, changesAt: new Date("2026-03-29T07:00:00Z") });
  });

  it("Folktandvården's chat closes earlier on Friday and opens again on Monday", () => {
    // Friday 6 March 2026, 14:00 and 13:59 Swedish time.
    expect(staffingAt(tandvard, new Date("2026-03-06T12:59:00Z")).staffedNow).toBe(true);
    expect(staffingAt(tandvard, new Date("2026-03-06T13:00:00Z"))).toEqual({ staffedNow: false, changesAt: new Date("2026-03-09T06:30:00Z") });
    // Thursday 14:30 is still open.
    expect(staffingAt(tandvard, new Date("2026-03-05T13:30:00Z")).staffedNow).toBe(true);
  });

  it("back-to-back spans count as one, and a schedule with no spans never changes", () => {
    const split = [...spansOn([1], "08:00", "12:00"), ...spansOn([1], "12:00", "16:00")];
    expect(staffingAt(split, new Date("2026-03-02T08:00:00Z")).changesAt).toEqual(new Date("2026-03-02T15:00:00Z"));
    expect(staffingAt([], new Date("2026-03-02T08:00:00Z"))).toEqual({ staffedNow: false, changesAt: null });
  });
});

describe("a weekly schedule", () => {
  it("reads and writes 24-hour clock times", () => {
    expect(parseClock("07:30")).toBe(450);
    expect(parseClock("24:00")).toBe(1_440);
    expect(parseClock("7:30")).toBeNull();
    expect(parseClock("24:01")).toBeNull();
    expect(formatClock(450)).toBe("07:30");
  });

  it("refuses a span that closes before it opens, a day that is not one, and overlaps", () => {
    expect(checkStaffedHours(digitalen)).toBeNull();
    expect(checkStaffedHours([{ weekday: 1, opens: 600, closes: 540 }])).toMatch(/not a span/);
    expect(checkStaffedHours([{ weekday: 8 as 1, opens: 0, closes: 60 }])).toMatch(/Weekday 8/);
    expect(checkStaffedHours([...spansOn([2], "08:00", "12:00"), ...spansOn([2], "11:00", "13:00")])).toMatch(/overlap/);
  });
});
