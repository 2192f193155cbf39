import { describe, expect, it } from "vitest";
import {
  exceptionProblems,
  exceptionRowsOf,
  exceptionsOf,
  openingHoursProblems,
  openingHoursRowsOf,
  parseClock,
  weeklySpansOf,
  type HoursExceptionRow,
  type OpeningHoursRow,
} from "./hours-input.js";

const row = (weekdays: OpeningHoursRow["weekdays"], opens: string, closes: string): OpeningHoursRow => ({ weekdays, opens, closes });
const paths = (problems: { path: (string | number)[] }[]) => problems.map((p) => p.path.join("."));

describe("clock times an editor writes", () => {
  it("are HH:MM on a 24-hour clock; 24:00 only as a closing time", () => {
    expect(parseClock("08:30")).toBe(510);
    expect(parseClock("00:00")).toBe(0);
    expect(parseClock("23:59")).toBe(1439);
    expect(parseClock("24:00")).toBeNull();
    expect(parseClock("24:00", true)).toBe(1440);
    for (const bad of ["8:30", "08.30", "25:00", "12:60", "", "noon"]) expect(parseClock(bad, true)).toBeNull();
  });
});

describe("the regular week as form rows", () => {
  it("a closing time at or before the opening runs into the next morning (decision 008)", () => {
    expect(weeklySpansOf([row(["FRI"], "16:00", "01:00")])).toEqual([{ weekday: 5, opens: 960, closes: 1500 }]);
    expect(weeklySpansOf([row(["SUN"], "00:00", "00:00")])).toEqual([{ weekday: 7, opens: 0, closes: 1440 }]);
    expect(weeklySpansOf([row(["MON"], "00:00", "24:00")])).toEqual([{ weekday: 1, opens: 0, closes: 1440 }]);
  });

  it("Monday–Friday 08:00–17:00 is one row, and reads back as one row", () => {
    const rows = [row(["MON", "TUE", "WED", "THU", "FRI"], "08:00", "17:00"), row(["SAT"], "10:00", "14:00")];
    expect(openingHoursProblems(rows)).toEqual([]);
    expect(weeklySpansOf(rows)).toHaveLength(6);
    expect(openingHoursRowsOf(weeklySpansOf(rows))).toEqual(rows);
  });

  it("a span past midnight reads back with the next morning's clock", () => {
    expect(openingHoursRowsOf([{ weekday: 5, opens: 960, closes: 1500 }])).toEqual([row(["FRI"], "16:00", "01:00")]);
    expect(openingHoursRowsOf([{ weekday: 1, opens: 0, closes: 1440 }])).toEqual([row(["MON"], "00:00", "24:00")]);
  });

  it("refuses bad times, a row with no weekday, and spans that overlap on a day", () => {
    expect(paths(openingHoursProblems([row(["MON"], "8", "17:00"), row([], "08:00", "24:01")]))).toEqual(["openingHours.0.opens", "openingHours.1.closes", "openingHours.1.weekdays"]);
    const overlap = openingHoursProblems([row(["MON", "TUE"], "08:00", "12:00"), row(["TUE"], "11:30", "17:00")]);
    expect(overlap).toEqual([{ path: ["openingHours", 1, "opens"], message: "Passet överlappar ett annat pass på tisdag." }]);
  });

  it("touching spans are fine; a night span that runs into the next day's first span is not", () => {
    expect(openingHoursProblems([row(["MON"], "08:00", "12:00"), row(["MON"], "12:00", "16:00")])).toEqual([]);
    expect(openingHoursProblems([row(["FRI"], "16:00", "02:00"), row(["SAT"], "02:00", "08:00")])).toEqual([]);
    const clash = openingHoursProblems([row(["SUN"], "18:00", "03:00"), row(["MON"], "02:00", "08:00")]);
    expect(clash).toEqual([{ path: ["openingHours", 1, "opens"], message: "Passet överlappar kvällspasset från söndag som pågår till 03:00." }]);
  });
});

describe("exceptions as form rows", () => {
  const exception = (patch: Partial<HoursExceptionRow>): HoursExceptionRow => ({
    fromDate: "2026-07-06",
    toDate: "2026-08-09",
    label: { sv: "Sommartider", en: "Summer hours" },
    closed: false,
    weekdays: [],
    opens: "09:00",
    closes: "15:00",
    ...patch,
  });

  it("rows of one period are one exception; a closed day is a row with no hours", () => {
    const rows = [
      exception({ weekdays: ["MON", "TUE", "WED", "THU"] }),
      exception({ weekdays: ["FRI"], closes: "14:00" }),
      exception({ fromDate: "2026-12-24", toDate: null, label: { sv: "Julafton", en: null }, closed: true, opens: null, closes: null }),
    ];
    expect(exceptionProblems(rows)).toEqual([]);
    const stored = exceptionsOf(rows);
    expect(stored).toEqual([
      {
        fromDate: "2026-07-06",
        toDate: "2026-08-09",
        label: { sv: "Sommartider", en: "Summer hours" },
        spans: [1, 2, 3, 4].map((weekday) => ({ weekday, opens: 540, closes: 900 })).concat([{ weekday: 5, opens: 540, closes: 840 }]),
      },
      { fromDate: "2026-12-24", toDate: "2026-12-24", label: { sv: "Julafton", en: null }, spans: [] },
    ]);
    expect(exceptionRowsOf(stored)).toEqual(rows);
  });

  it("refuses a last day before the first, a closed row with hours, and rows of one period with two labels", () => {
    const problems = exceptionProblems([
      exception({ toDate: "2026-07-01" }),
      exception({ fromDate: "2026-12-24", toDate: null, closed: true }),
      exception({ fromDate: "2026-09-01", toDate: "2026-09-30" }),
      exception({ fromDate: "2026-09-01", toDate: "2026-09-30", label: { sv: "Annat", en: null }, weekdays: ["SAT"] }),
    ]);
    expect(paths(problems)).toEqual(["hoursExceptions.0.toDate", "hoursExceptions.1.closed", "hoursExceptions.3.label.sv"]);
  });

  it("refuses hours missing on an open row, and spans of a period that overlap on a day", () => {
    expect(paths(exceptionProblems([exception({ opens: null })]))).toEqual(["hoursExceptions.0.opens"]);
    const overlap = exceptionProblems([exception({}), exception({ weekdays: ["SAT"], opens: "14:00", closes: "18:00" })]);
    expect(overlap).toEqual([{ path: ["hoursExceptions", 1, "opens"], message: "Passet överlappar ett annat pass under perioden (lördag)." }]);
  });

  it("a period is at most 366 days, both ends counted", () => {
    expect(paths(exceptionProblems([exception({ fromDate: "2026-01-01", toDate: "2027-01-02" })]))).toEqual(["hoursExceptions.0.toDate"]);
    expect(exceptionProblems([exception({ fromDate: "2026-01-01", toDate: "2027-01-01" })])).toEqual([]);
  });
});
