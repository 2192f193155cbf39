import { describe, expect, it } from "vitest";
import {
  clockTime,
  daySpanProblems,
  hoursOn,
  openAtProbes,
  openingStatus,
  openIntervals,
  spanProblem,
  upcomingDeviations,
  type ExceptionSpan,
  type HoursException,
  type Schedule,
  type WeeklySpan,
} from "./opening-hours.js";
import type { Weekday } from "./stockholm-time.js";

const t = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return h * 60 + m;
};
/** "08:00–17:00" on each weekday given; a closing time before the opening time runs into the next day. */
const weekly = (weekdays: Weekday[], opens: string, closes: string): WeeklySpan[] =>
  weekdays.map((weekday) => ({ weekday, opens: t(opens), closes: t(closes) <= t(opens) ? t(closes) + 1440 : t(closes) }));
const span = (weekday: Weekday | null, opens: string, closes: string): ExceptionSpan => ({ weekday, opens: t(opens), closes: t(closes) });

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];
const ALL_DAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

const healthCentre: Schedule = { weekly: weekly(WEEKDAYS, "08:00", "17:00"), exceptions: [], closedOnPublicHolidays: true };
const emergency: Schedule = { weekly: weekly(ALL_DAYS, "00:00", "24:00"), exceptions: [], closedOnPublicHolidays: false };
/** Open into the night at weekends: Friday and Saturday until 01:00. */
const lateClinic: Schedule = {
  weekly: [...weekly([1, 2, 3, 4], "16:00", "22:00"), ...weekly([5], "16:00", "01:00"), ...weekly([6], "10:00", "01:00"), ...weekly([7], "10:00", "22:00")],
  exceptions: [],
  closedOnPublicHolidays: false,
};

let nextId = 1;
const exception = (fromDate: string, toDate: string, spans: ExceptionSpan[], sv = "Avvikelse"): HoursException => ({
  id: nextId++,
  fromDate,
  toDate,
  label: { sv, en: null },
  spans,
});

const at = (iso: string) => new Date(iso);
const status = (schedule: Schedule, iso: string) => {
  const s = openingStatus(schedule, at(iso));
  return { open: s.open, closesAt: s.closesAt?.toISOString() ?? null, opensNext: s.opensNext?.toISOString() ?? null };
};

describe("open now, closes at, opens next: an ordinary week (CET, UTC+1)", () => {
  it("a health centre is open on Monday morning and closes at 17:00", () => {
    expect(status(healthCentre, "2026-03-02T09:00:00Z")).toEqual({ open: true, closesAt: "2026-03-02T16:00:00.000Z", opensNext: null });
  });

  it("at 17:00 sharp it is closed, and opens at 08:00 the next morning", () => {
    expect(status(healthCentre, "2026-03-02T16:00:00Z")).toEqual({ open: false, closesAt: null, opensNext: "2026-03-03T07:00:00.000Z" });
  });

  it("at 08:00 sharp it is open", () => {
    expect(status(healthCentre, "2026-03-03T07:00:00Z").open).toBe(true);
  });

  it("on Friday evening and over the weekend it opens next on Monday at 08:00", () => {
    for (const when of ["2026-03-06T17:00:00Z", "2026-03-07T12:00:00Z", "2026-03-08T22:59:00Z"]) {
      expect(status(healthCentre, when)).toEqual({ open: false, closesAt: null, opensNext: "2026-03-09T07:00:00.000Z" });
    }
  });

  it("a day with a lunch break has two spans: closed at lunch, opening again after", () => {
    const lunch: Schedule = { ...healthCentre, weekly: [...weekly(WEEKDAYS, "08:00", "12:00"), ...weekly(WEEKDAYS, "13:00", "16:00")] };
    expect(status(lunch, "2026-03-02T10:00:00Z")).toEqual({ open: true, closesAt: "2026-03-02T11:00:00.000Z", opensNext: null });
    expect(status(lunch, "2026-03-02T11:30:00Z")).toEqual({ open: false, closesAt: null, opensNext: "2026-03-02T12:00:00.000Z" });
    expect(hoursOn(lunch, "2026-03-02").spans).toEqual([
      { opens: 480, closes: 720 },
      { opens: 780, closes: 960 },
    ]);
  });

  it("today's hours come with the status", () => {
    const s = openingStatus(healthCentre, at("2026-03-02T09:00:00Z"));
    expect(s.today).toMatchObject({ date: "2026-03-02", weekday: 1, source: "REGULAR", spans: [{ opens: 480, closes: 1020 }] });
    expect(s.hoursKnown).toBe(true);
  });
});

describe("hours that cross midnight", () => {
  it("Friday's 16:00–01:00 keeps the unit open after midnight, on Saturday's date", () => {
    expect(status(lateClinic, "2026-03-06T23:30:00Z")).toEqual({ open: true, closesAt: "2026-03-07T00:00:00.000Z", opensNext: null }); // Sat 00:30
    expect(status(lateClinic, "2026-03-07T00:00:00Z")).toEqual({ open: false, closesAt: null, opensNext: "2026-03-07T09:00:00.000Z" }); // Sat 01:00
  });

  it("Saturday's 10:00–01:00 runs into Sunday, when the Sunday hours have not started", () => {
    expect(status(lateClinic, "2026-03-07T23:59:00Z").open).toBe(true); // Sun 00:59
    expect(status(lateClinic, "2026-03-08T00:30:00Z")).toEqual({ open: false, closesAt: null, opensNext: "2026-03-08T09:00:00.000Z" });
  });

  it("a span that belongs to yesterday is not today's: today's hours list only today's own spans", () => {
    expect(hoursOn(lateClinic, "2026-03-07").spans).toEqual([{ opens: 600, closes: 1500 }]);
  });

  it("a unit open 00:00–24:00 every day is open around the clock: no closing within two weeks", () => {
    expect(status(emergency, "2026-03-02T09:00:00Z")).toEqual({ open: true, closesAt: null, opensNext: null });
    expect(status(emergency, "2026-12-24T23:00:00Z")).toEqual({ open: true, closesAt: null, opensNext: null }); // midnight into Christmas Day
  });

  it("joins spans that touch: 08:00–24:00 and 00:00–02:00 the next day close once, at 02:00", () => {
    const s: Schedule = { weekly: [{ weekday: 1, opens: 480, closes: 1440 }, { weekday: 2, opens: 0, closes: 120 }], exceptions: [], closedOnPublicHolidays: false };
    expect(openIntervals(s, "2026-03-02", "2026-03-03").map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([
      ["2026-03-02T07:00:00.000Z", "2026-03-03T01:00:00.000Z"],
    ]);
  });
});

describe("public holidays", () => {
  it("a health centre is closed over Easter: from Maundy Thursday evening it opens next on the Tuesday", () => {
    expect(status(healthCentre, "2026-04-02T17:00:00Z")).toEqual({ open: false, closesAt: null, opensNext: "2026-04-07T06:00:00.000Z" });
    expect(hoursOn(healthCentre, "2026-04-03")).toMatchObject({ source: "PUBLIC_HOLIDAY", spans: [], holiday: { name: { sv: "Långfredagen" } } });
    expect(hoursOn(healthCentre, "2026-04-06")).toMatchObject({ source: "PUBLIC_HOLIDAY", spans: [], holiday: { name: { sv: "Annandag påsk" } } });
  });

  it("is closed on Ascension Day, a Thursday, and open the Friday after", () => {
    expect(status(healthCentre, "2026-05-14T08:00:00Z")).toEqual({ open: false, closesAt: null, opensNext: "2026-05-15T06:00:00.000Z" });
  });

  it("is closed on Midsummer Eve, a Friday, and on National Day when it falls on a weekday", () => {
    expect(status(healthCentre, "2026-06-19T08:00:00Z").open).toBe(false);
    expect(status(healthCentre, "2027-06-07T08:00:00Z").open).toBe(true); // 2027: National Day is a Sunday; Monday is ordinary
    expect(status(healthCentre, "2025-06-06T08:00:00Z").open).toBe(false); // a Friday in 2025
  });

  it("is closed from Christmas Eve to Boxing Day and on New Year's Eve", () => {
    expect(status(healthCentre, "2026-12-23T17:00:00Z")).toEqual({ open: false, closesAt: null, opensNext: "2026-12-28T07:00:00.000Z" });
    expect(status(healthCentre, "2026-12-31T09:00:00Z")).toEqual({ open: false, closesAt: null, opensNext: "2027-01-04T07:00:00.000Z" }); // 1 Jan is a Friday
  });

  it("a unit open on Saturdays is closed on All Saints' Day", () => {
    const saturdays: Schedule = { ...healthCentre, weekly: weekly([6], "10:00", "14:00") };
    expect(status(saturdays, "2026-10-31T10:00:00Z")).toEqual({ open: false, closesAt: null, opensNext: "2026-11-07T09:00:00.000Z" });
  });

  it("a unit that does not close on holidays (an emergency department) keeps its hours and names the day", () => {
    const night: Schedule = { ...lateClinic };
    expect(hoursOn(night, "2026-12-25")).toMatchObject({ source: "REGULAR", holiday: { name: { sv: "Juldagen" } }, spans: [{ opens: 960, closes: 1500 }] });
    expect(status(night, "2026-12-25T16:00:00Z").open).toBe(true);
  });

  it("an ordinary day's span running past midnight into a holiday keeps its hours: the span belongs to the day it opens", () => {
    const nights: Schedule = { weekly: weekly([4], "20:00", "02:00"), exceptions: [], closedOnPublicHolidays: true };
    // Maundy Thursday night into Good Friday, 01:30 summer time.
    expect(status(nights, "2026-04-02T23:30:00Z")).toEqual({ open: true, closesAt: "2026-04-03T00:00:00.000Z", opensNext: null });
  });
});

describe("exceptions", () => {
  const summer = exception("2026-06-22", "2026-08-16", WEEKDAYS.map((weekday) => span(weekday, "08:00", "16:00")), "Sommartider");
  const closedDay = exception("2026-07-08", "2026-07-08", [], "Stängt för utbildning");
  const withSummer: Schedule = { ...healthCentre, exceptions: [summer, closedDay] };

  it("summer hours replace the regular hours: closes at 16:00, and weekends stay closed", () => {
    expect(status(withSummer, "2026-07-06T08:00:00Z")).toEqual({ open: true, closesAt: "2026-07-06T14:00:00.000Z", opensNext: null });
    expect(hoursOn(withSummer, "2026-07-11")).toMatchObject({ source: "EXCEPTION", spans: [] });
  });

  it("a closed day inside the summer hours wins over them", () => {
    expect(status(withSummer, "2026-07-08T08:00:00Z")).toEqual({ open: false, closesAt: null, opensNext: "2026-07-09T06:00:00.000Z" });
    expect(hoursOn(withSummer, "2026-07-08").exception?.label.sv).toBe("Stängt för utbildning");
  });

  it("an exception period does not open a unit on a holiday inside it", () => {
    const midsummer = { ...withSummer, exceptions: [exception("2026-06-15", "2026-06-26", WEEKDAYS.map((w) => span(w, "08:00", "16:00")))] };
    expect(hoursOn(midsummer, "2026-06-19").source).toBe("PUBLIC_HOLIDAY");
  });

  it("an exception for that very day does: special hours on Christmas Eve", () => {
    const eve: Schedule = { ...healthCentre, exceptions: [exception("2026-12-24", "2026-12-24", [span(null, "09:00", "12:00")], "Julafton")] };
    expect(status(eve, "2026-12-24T09:00:00Z")).toEqual({ open: true, closesAt: "2026-12-24T11:00:00.000Z", opensNext: null });
    expect(hoursOn(eve, "2026-12-24")).toMatchObject({ source: "EXCEPTION", spans: [{ opens: 540, closes: 720 }] });
  });

  it("where two periods overlap, the one that starts later wins", () => {
    const a = exception("2026-03-01", "2026-03-31", [span(null, "08:00", "12:00")]);
    const b = exception("2026-03-10", "2026-04-10", [span(null, "10:00", "14:00")]);
    const s: Schedule = { ...healthCentre, exceptions: [b, a] };
    expect(hoursOn(s, "2026-03-09").exception).toBe(a);
    expect(hoursOn(s, "2026-03-10").exception).toBe(b);
  });

  it("a unit closed for longer than the look-ahead has no 'opens next'", () => {
    const shut: Schedule = { ...healthCentre, exceptions: [exception("2026-03-02", "2026-04-30", [], "Stängt för ombyggnad")] };
    expect(status(shut, "2026-03-02T09:00:00Z")).toEqual({ open: false, closesAt: null, opensNext: null });
  });

  it("opening on the fourteenth day is still found", () => {
    const shut: Schedule = { ...healthCentre, exceptions: [exception("2026-03-02", "2026-03-13", [])] };
    expect(status(shut, "2026-03-02T07:00:00Z").opensNext).toBe("2026-03-16T07:00:00.000Z");
  });

  it("a unit without any hours is not 'closed' but unknown", () => {
    const none: Schedule = { weekly: [], exceptions: [], closedOnPublicHolidays: true };
    expect(openingStatus(none, at("2026-03-02T09:00:00Z"))).toMatchObject({ open: false, opensNext: null, hoursKnown: false });
  });
});

describe("daylight saving: the last Sunday of March (02:00–03:00 does not exist)", () => {
  const nights: Schedule = { weekly: weekly([6], "22:00", "06:00"), exceptions: [], closedOnPublicHolidays: false };

  it("a Saturday-night span 22:00–06:00 lasts seven hours and closes at 06:00 summer time", () => {
    const [interval] = openIntervals(nights, "2026-03-28", "2026-03-28");
    expect(interval?.start.toISOString()).toBe("2026-03-28T21:00:00.000Z");
    expect(interval?.end.toISOString()).toBe("2026-03-29T04:00:00.000Z");
    expect(status(nights, "2026-03-29T01:30:00Z")).toEqual({ open: true, closesAt: "2026-03-29T04:00:00.000Z", opensNext: null }); // 03:30 CEST
  });

  it("a span ending in the missing hour ends at 03:00, when the clocks jump", () => {
    const s: Schedule = { weekly: weekly([6], "22:00", "02:30"), exceptions: [], closedOnPublicHolidays: false };
    expect(status(s, "2026-03-29T00:59:00Z").closesAt).toBe("2026-03-29T01:00:00.000Z");
    expect(status(s, "2026-03-29T01:00:00Z").open).toBe(false);
  });

  it("a span opening in the missing hour opens at 03:00", () => {
    const s: Schedule = { weekly: weekly([7], "02:30", "05:00"), exceptions: [], closedOnPublicHolidays: false };
    expect(status(s, "2026-03-29T00:30:00Z").opensNext).toBe("2026-03-29T01:00:00.000Z");
  });

  it("a health centre opens on the Monday after at 08:00 summer time (06:00 UTC)", () => {
    expect(status(healthCentre, "2026-03-29T10:00:00Z").opensNext).toBe("2026-03-30T06:00:00.000Z");
    expect(status(healthCentre, "2026-03-27T10:00:00Z").closesAt).toBe("2026-03-27T16:00:00.000Z"); // Friday before, still CET
  });

  it("an emergency department stays open through the night", () => {
    for (const when of ["2026-03-29T00:30:00Z", "2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z"]) expect(status(emergency, when).open).toBe(true);
  });
});

describe("daylight saving: the last Sunday of October (02:00–03:00 happens twice)", () => {
  it("a Saturday-night span 20:00–06:00 lasts eleven hours", () => {
    const nights: Schedule = { weekly: weekly([6], "20:00", "06:00"), exceptions: [], closedOnPublicHolidays: false };
    const [interval] = openIntervals(nights, "2026-10-24", "2026-10-24");
    expect(interval?.start.toISOString()).toBe("2026-10-24T18:00:00.000Z"); // 20:00 CEST
    expect(interval?.end.toISOString()).toBe("2026-10-25T05:00:00.000Z"); // 06:00 CET
  });

  it("a span ending at 02:30 ends on the first pass and does not open again when the clocks go back", () => {
    const s: Schedule = { weekly: weekly([6], "22:00", "02:30"), exceptions: [], closedOnPublicHolidays: false };
    expect(status(s, "2026-10-25T00:15:00Z")).toEqual({ open: true, closesAt: "2026-10-25T00:30:00.000Z", opensNext: null }); // 02:15 CEST
    expect(status(s, "2026-10-25T00:45:00Z").open).toBe(false); // 02:45 CEST
    expect(status(s, "2026-10-25T01:15:00Z").open).toBe(false); // 02:15 CET, the second pass
  });

  it("a health centre closes at 17:00 winter time on the Monday after (16:00 UTC)", () => {
    expect(status(healthCentre, "2026-10-26T10:00:00Z").closesAt).toBe("2026-10-26T16:00:00.000Z");
    expect(status(healthCentre, "2026-10-23T10:00:00Z").closesAt).toBe("2026-10-23T15:00:00.000Z"); // Friday before, CEST
  });
});

describe("openAtProbes: what the SQL filter tests", () => {
  it("today's date, weekday and minute, and yesterday's with the minute counted past midnight", () => {
    expect(openAtProbes(at("2026-04-03T00:30:00Z"))).toEqual({
      today: { date: "2026-04-03", weekday: 5, minute: 150, closingDay: true },
      yesterday: { date: "2026-04-02", weekday: 4, minute: 1590, closingDay: false },
    });
  });

  /** The probe semantics, in code: the SQL asks exactly this of the stored hours. */
  const openByProbes = (schedule: Schedule, when: Date) => {
    const probes = openAtProbes(when);
    return [probes.today, probes.yesterday].some((p) => hoursOn(schedule, p.date).spans.some((s) => s.opens <= p.minute && s.closes > p.minute));
  };

  it.each([
    ["the March change", "2026-03-27T12:00:00Z"],
    ["the October change", "2026-10-23T12:00:00Z"],
    ["Easter", "2026-04-01T12:00:00Z"],
    ["Christmas", "2026-12-22T12:00:00Z"],
  ])("agree with open-now, every quarter of an hour for four days around %s", (_when, startIso) => {
    const schedules: Schedule[] = [
      healthCentre,
      emergency,
      lateClinic,
      { weekly: weekly([6, 7], "22:00", "02:30"), exceptions: [], closedOnPublicHolidays: true },
      { weekly: weekly([7], "02:10", "02:50"), exceptions: [], closedOnPublicHolidays: false },
      { ...healthCentre, exceptions: [exception("2026-12-24", "2026-12-24", [span(null, "09:00", "12:00")])] },
    ];
    const start = at(startIso).getTime();
    for (let minute = 0; minute < 4 * 24 * 60; minute += 15) {
      const when = new Date(start + minute * 60_000);
      for (const schedule of schedules) {
        expect({ when: when.toISOString(), open: openByProbes(schedule, when) }).toEqual({ when: when.toISOString(), open: openingStatus(schedule, when).open });
      }
    }
  });
});

describe("upcoming deviations", () => {
  it("lists exceptions and the holidays that take away hours, not those on days the unit is closed anyway", () => {
    const s: Schedule = { ...healthCentre, exceptions: [exception("2026-04-20", "2026-04-20", [], "Personaldag")] };
    const list = upcomingDeviations(s, "2026-03-30", 30);
    expect(list.map((d) => [d.fromDate, d.reason, d.label.sv, d.closed])).toEqual([
      ["2026-04-03", "PUBLIC_HOLIDAY", "Långfredagen", true],
      ["2026-04-06", "PUBLIC_HOLIDAY", "Annandag påsk", true],
      ["2026-04-20", "EXCEPTION", "Personaldag", true],
    ]);
  });

  it("gives a unit open on holidays no holiday deviations", () => {
    expect(upcomingDeviations(emergency, "2026-12-20", 14)).toEqual([]);
  });

  it("includes a period that began before the window and still runs", () => {
    const summer = exception("2026-06-22", "2026-08-16", [span(1, "08:00", "16:00")], "Sommartider");
    expect(upcomingDeviations({ ...healthCentre, exceptions: [summer] }, "2026-07-01", 7)).toEqual([
      { fromDate: "2026-06-22", toDate: "2026-08-16", reason: "EXCEPTION", label: summer.label, closed: false, spans: summer.spans },
    ]);
  });
});

describe("checking spans", () => {
  it("accepts a day's span, one into the next morning, and one of exactly 24 hours", () => {
    expect(spanProblem({ opens: 480, closes: 1020 })).toBeNull();
    expect(spanProblem({ opens: 960, closes: 1500 })).toBeNull();
    expect(spanProblem({ opens: 0, closes: 1440 })).toBeNull();
  });

  it.each([
    [{ opens: 600, closes: 600 }, "closes after it opens"],
    [{ opens: 1440, closes: 1500 }, "opens between"],
    [{ opens: -1, closes: 60 }, "opens between"],
    [{ opens: 600, closes: 2100 }, "at most 24 hours"],
    [{ opens: 60.5, closes: 120 }, "whole minutes"],
  ])("refuses %j", (bad, message) => {
    expect(spanProblem(bad)).toContain(message);
  });

  it("refuses overlapping spans on one day", () => {
    expect(daySpanProblems([{ opens: 480, closes: 720 }, { opens: 700, closes: 900 }])).toEqual(["Two spans of the same day overlap."]);
    expect(daySpanProblems([{ opens: 480, closes: 720 }, { opens: 720, closes: 900 }])).toEqual([]);
  });
});

describe("clockTime", () => {
  it("writes minutes as a 24-hour clock, midnight as 24:00 and the next morning on its own clock", () => {
    expect([0, 480, 1019, 1440, 1500].map(clockTime)).toEqual(["00:00", "08:00", "16:59", "24:00", "01:00"]);
  });
});
