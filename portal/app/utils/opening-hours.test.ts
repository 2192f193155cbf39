import { describe, expect, it } from "vitest";
import { describeStatus, foldWeek, formatDateRange, formatDay, formatDistance, formatSpans, formatWhen, swedishClock, weekdayName, weekdayShort } from "./opening-hours";

// Monday 2 March 2026, 10:00 in Sweden (CET, UTC+1).
const NOW = "2026-03-02T09:00:00.000Z";

describe("swedishClock", () => {
  it("reads a Swedish clock in winter and in summer, whatever zone the server runs in", () => {
    expect(swedishClock(new Date("2026-03-02T16:00:00Z"))).toEqual({ date: "2026-03-02", time: "17:00", weekday: 1 });
    expect(swedishClock(new Date("2026-07-01T22:30:00Z"))).toEqual({ date: "2026-07-02", time: "00:30", weekday: 4 });
  });
});

describe("formatWhen", () => {
  it("says only the time today, 'i morgon' tomorrow, the weekday this week and the date beyond", () => {
    expect(formatWhen("2026-03-02T16:00:00Z", NOW)).toBe("17:00");
    expect(formatWhen("2026-03-03T07:00:00Z", NOW)).toBe("i morgon 08:00");
    expect(formatWhen("2026-03-06T07:00:00Z", NOW)).toBe("fre 08:00");
    expect(formatWhen("2026-03-09T07:00:00Z", NOW)).toBe("9 mars 08:00");
  });

  it("counts days on the Swedish calendar: 00:30 after midnight is tomorrow", () => {
    expect(formatWhen("2026-03-02T23:30:00Z", "2026-03-02T22:00:00Z")).toBe("i morgon 00:30");
  });

  it("shows summer time after the clocks change", () => {
    expect(formatWhen("2026-03-30T06:00:00Z", "2026-03-29T10:00:00Z")).toBe("i morgon 08:00");
  });
});

describe("describeStatus", () => {
  it("open: 'Öppet nu' and when it closes", () => {
    expect(describeStatus({ open: true, closesAt: "2026-03-02T16:00:00Z", hoursKnown: true }, NOW)).toEqual({ tone: "open", badge: "Öppet nu", detail: "stänger 17:00" });
  });

  it("open with no closing within two weeks: around the clock", () => {
    expect(describeStatus({ open: true, closesAt: null, hoursKnown: true }, NOW)).toEqual({ tone: "open", badge: "Öppet dygnet runt", detail: null });
  });

  it("closed: 'Stängt' and when it opens", () => {
    expect(describeStatus({ open: false, opensNext: "2026-03-09T07:00:00Z", hoursKnown: true }, "2026-03-06T17:00:00Z")).toEqual({
      tone: "closed",
      badge: "Stängt",
      detail: "öppnar mån 08:00",
    });
  });

  it("closed for longer than the look-ahead", () => {
    expect(describeStatus({ open: false, opensNext: null, hoursKnown: true }, NOW).detail).toBe("öppnar inte de närmaste två veckorna");
  });

  it("no hours at all is not 'closed'", () => {
    expect(describeStatus({ open: false, hoursKnown: false }, NOW)).toEqual({ tone: "unknown", badge: "Öppettider saknas", detail: null });
  });
});

describe("hours and dates in words", () => {
  it("formatSpans joins spans and calls no spans closed", () => {
    expect(formatSpans([{ opens: "09:00", closes: "12:00" }, { opens: "13:00", closes: "16:00" }])).toBe("09:00–12:00, 13:00–16:00");
    expect(formatSpans([{ opens: "16:00", closes: "01:00", closesNextDay: true }])).toBe("16:00–01:00");
    expect(formatSpans([])).toBe("Stängt");
  });

  it("foldWeek folds runs of weekdays with the same hours", () => {
    const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      spans: weekday <= 3 || weekday === 5 ? [{ opens: "08:00", closes: "17:00" }] : weekday === 4 ? [{ opens: "08:00", closes: "19:00" }] : [],
    }));
    expect(foldWeek(week)).toEqual([
      { days: "mån–ons", hours: "08:00–17:00", closed: false },
      { days: "torsdag", hours: "08:00–19:00", closed: false },
      { days: "fredag", hours: "08:00–17:00", closed: false },
      { days: "lör–sön", hours: "Stängt", closed: true },
    ]);
    expect(foldWeek([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, spans: [{ opens: "00:00", closes: "24:00" }] })))).toEqual([
      { days: "mån–sön", hours: "Dygnet runt", closed: false },
    ]);
  });

  it("formatDay and formatDateRange write dates the Swedish way", () => {
    expect(formatDay("2026-04-03", { weekday: true })).toBe("fredag 3 april");
    expect(formatDateRange("2026-04-03", "2026-04-03")).toBe("fredag 3 april");
    expect(formatDateRange("2026-08-03", "2026-08-09")).toBe("3–9 augusti");
    expect(formatDateRange("2026-06-22", "2026-08-09")).toBe("22 juni–9 augusti");
    expect(formatDateRange("2026-12-28", "2027-01-03")).toBe("28 december 2026–3 januari 2027");
  });

  it("formatDistance rounds as far as it makes sense", () => {
    expect([0.04, 0.84, 4.26, 37.4].map((km) => formatDistance(km))).toEqual(["100 m", "800 m", "4,3 km", "37 km"]);
  });
});

describe("in English", () => {
  it("says when a change happens with English words on the Swedish clock", () => {
    expect(formatWhen("2026-03-02T16:00:00Z", NOW, "en")).toBe("17:00");
    expect(formatWhen("2026-03-03T07:00:00Z", NOW, "en")).toBe("tomorrow 08:00");
    expect(formatWhen("2026-03-06T07:00:00Z", NOW, "en")).toBe("Fri 08:00");
    expect(formatWhen("2026-03-09T07:00:00Z", NOW, "en")).toBe("9 March 08:00");
    // Still Swedish time after the clocks change: 06:00 UTC is 08:00 in Stockholm in summer.
    expect(formatWhen("2026-03-30T06:00:00Z", "2026-03-29T10:00:00Z", "en")).toBe("tomorrow 08:00");
  });

  it("describes each opening status", () => {
    expect(describeStatus({ open: true, closesAt: "2026-03-02T16:00:00Z", hoursKnown: true }, NOW, "en")).toEqual({ tone: "open", badge: "Open now", detail: "closes 17:00" });
    expect(describeStatus({ open: true, closesAt: null, hoursKnown: true }, NOW, "en")).toEqual({ tone: "open", badge: "Open 24 hours", detail: null });
    expect(describeStatus({ open: false, opensNext: "2026-03-09T07:00:00Z", hoursKnown: true }, "2026-03-06T17:00:00Z", "en")).toEqual({
      tone: "closed",
      badge: "Closed",
      detail: "opens Mon 08:00",
    });
    expect(describeStatus({ open: false, opensNext: null, hoursKnown: true }, NOW, "en").detail).toBe("does not open in the next two weeks");
    expect(describeStatus({ open: false, hoursKnown: false }, NOW, "en")).toEqual({ tone: "unknown", badge: "No opening hours", detail: null });
  });

  it("names weekdays and months in English, with capitals", () => {
    expect([1, 4, 7].map((d) => weekdayName(d, "en"))).toEqual(["Monday", "Thursday", "Sunday"]);
    expect([1, 4, 7].map((d) => weekdayShort(d, "en"))).toEqual(["Mon", "Thu", "Sun"]);
    expect(weekdayName(8, "en")).toBe("");
    expect(formatDay("2026-04-03", { weekday: true }, "en")).toBe("Friday 3 April");
    expect(formatDateRange("2026-08-03", "2026-08-09", "en")).toBe("3–9 August");
    expect(formatDateRange("2026-06-22", "2026-08-09", "en")).toBe("22 June–9 August");
    expect(formatDateRange("2026-12-28", "2027-01-03", "en")).toBe("28 December 2026–3 January 2027");
  });

  it("folds the week and calls a day without hours closed", () => {
    const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, spans: weekday <= 5 ? [{ opens: "08:00", closes: "17:00" }] : [] }));
    expect(foldWeek(week, "en")).toEqual([
      { days: "Mon–Fri", hours: "08:00–17:00", closed: false },
      { days: "Sat–Sun", hours: "Closed", closed: true },
    ]);
    expect(foldWeek([{ weekday: 3, spans: [{ opens: "00:00", closes: "24:00" }] }], "en")).toEqual([{ days: "Wednesday", hours: "24 hours", closed: false }]);
    expect(formatSpans([], "en")).toBe("Closed");
  });

  it("writes distances with a decimal point", () => {
    expect([0.04, 0.84, 4.26, 37.4].map((km) => formatDistance(km, "en"))).toEqual(["100 m", "800 m", "4.3 km", "37 km"]);
  });
});
