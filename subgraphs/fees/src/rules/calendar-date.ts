import { DateTime } from "luxon";

/**
 * Fees are a matter of Swedish calendar dates: a schedule is valid from and to a date, a visit is on
 * a date, and the high-cost period ends on a date. Dates are written "YYYY-MM-DD" so that comparing
 * the text compares the dates, in SQL as in code; arithmetic on them goes through luxon.
 */
const SWEDISH_TIME_ZONE = "Europe/Stockholm";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const calendar = (date: string) => DateTime.fromISO(date, { zone: "utc" });

function isoOf(date: DateTime): string {
  const text = date.toISODate();
  if (!text) throw new RangeError(`Not a valid date: ${date.invalidExplanation ?? "unknown"}`);
  return text;
}

/** The date itself when the text is a real "YYYY-MM-DD" date, otherwise null. */
export function parseIsoDate(text: string): string | null {
  return ISO_DATE.test(text) && calendar(text).isValid ? text : null;
}

/** The last Swedish day asked for, as the instants it spans: [from, until) in ms since the epoch. */
let lastDay: { date: string; from: number; until: number } | null = null;

/**
 * The calendar date in Sweden at that instant: a fee changes at midnight Swedish time, not UTC. Every
 * request asks (currentFeeSchedule) and almost all in the same day, so the day's bounds are kept and
 * luxon's time-zone work is done once per day (issue 11); the bounds come from luxon, DST days included.
 */
export function stockholmDate(instant: Date): string {
  const ms = instant.getTime();
  if (lastDay && ms >= lastDay.from && ms < lastDay.until) return lastDay.date;
  const local = DateTime.fromJSDate(instant, { zone: SWEDISH_TIME_ZONE });
  const date = isoOf(local);
  const start = local.startOf("day");
  lastDay = { date, from: start.toMillis(), until: start.plus({ days: 1 }).toMillis() };
  return date;
}

export function addDays(date: string, days: number): string {
  return isoOf(calendar(date).plus({ days }));
}

/**
 * The last day of a period of `months` that starts on `start`: the day before the same day of the
 * month `months` later. Where that day does not exist (a period from 31 January, or from 29 February
 * into a common year) the period runs to the end of that shorter month.
 */
export function periodEnd(start: string, months: number): string {
  const from = calendar(start);
  const sameDay = from.plus({ months });
  // luxon moves a day that does not exist to the month's last day; the period then ends on that day.
  return sameDay.day === from.day ? isoOf(sameDay.minus({ days: 1 })) : isoOf(sameDay);
}

/** "9 mars 2027" and "9 March 2027", for explanations written for people. */
export function longDate(date: string): { sv: string; en: string } {
  const day = calendar(date);
  return {
    sv: day.setLocale("sv-SE").toLocaleString(DateTime.DATE_FULL),
    en: day.setLocale("en-GB").toLocaleString(DateTime.DATE_FULL),
  };
}
