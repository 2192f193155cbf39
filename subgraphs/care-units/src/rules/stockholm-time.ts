import { DateTime, IANAZone } from "luxon";

/**
 * Opening hours are wall-clock times in Sweden. Everything that turns them into instants, or an
 * instant into "which day, which minute", lives here, so the daylight-saving rules live in one place.
 */
export const SWEDISH_ZONE = "Europe/Stockholm";
const zone = IANAZone.create(SWEDISH_ZONE);

export const MINUTES_PER_DAY = 1_440;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A calendar date, "YYYY-MM-DD". Compared as text, it compares as a date, in SQL as in code. */
export type IsoDate = string;

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date itself when the text is a real "YYYY-MM-DD" date, otherwise null. */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const date = DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }, { zone: "utc" });
  return date.isValid ? text : null;
}

/*
 * Speed (issue 11): an opening status reads 16 days of hours, and a list asks it of 100 units, so these run
 * thousands of times a request. They do plain UTC arithmetic on `Date` and ask luxon only for the zone's
 * offset, once per hour of UTC time (Swedish clocks have changed only on the hour since 1980), instead of
 * building luxon DateTimes; and `firstInstantAtOrAfter`, a pure function of a date and a minute that most units
 * share, is remembered. Dates outside the years 1000–9999 take luxon's own path.
 */
const HOUR_MS = 3_600_000;
/** From here on Sweden's clocks change only on the hour (EU rules, at 01:00 UTC). */
const CHANGES_ON_THE_HOUR_FROM = Date.UTC(1980, 0, 1);
const offsetByHour = new Map<number, number>();
/** The zone's offset from UTC in minutes at that instant. */
function offsetAt(instant: number): number {
  if (instant < CHANGES_ON_THE_HOUR_FROM) return zone.offset(instant);
  const hour = Math.floor(instant / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    if (offsetByHour.size >= 100_000) offsetByHour.clear();
    offset = zone.offset(hour * HOUR_MS);
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** UTC midnight of the date, in ms; null when the year is outside 1000–9999 (luxon's path then). */
function utcMidnight(date: IsoDate): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a calendar date: ${date}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) throw new RangeError(`Not a calendar date: ${date}`);
  return ms;
}

/** "YYYY-MM-DD" of the UTC calendar day of `ms`; null outside the years 1000–9999. */
function isoDateOf(ms: number): IsoDate | null {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  return `${year}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

function utcDate(date: IsoDate): DateTime {
  const parsed = DateTime.fromISO(date, { zone: "utc" });
  if (!parsed.isValid || !ISO_DATE.test(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return parsed;
}

/** Calendar arithmetic: the date `days` after (or before) `date`, whatever the clocks do in between. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const midnight = utcMidnight(date);
  const fast = midnight === null ? null : isoDateOf(midnight + days * DAY_MS);
  return fast ?? utcDate(date).plus({ days }).toISODate()!;
}

export function weekdayOf(date: IsoDate): Weekday {
  const midnight = utcMidnight(date);
  if (midnight === null) return utcDate(date).weekday as Weekday;
  const day = new Date(midnight).getUTCDay();
  return (day === 0 ? 7 : day) as Weekday;
}

/** The date in Sweden at that instant: a unit's day starts at midnight Swedish time, not UTC. */
export function swedishDate(instant: Date): IsoDate {
  const ms = instant.getTime();
  return isoDateOf(ms + offsetAt(ms) * MINUTE_MS) ?? DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** What a Swedish clock on the wall shows at that instant, as if it were UTC (for arithmetic only). */
const wallClockOf = (instant: number) => instant + offsetAt(instant) * MINUTE_MS;

/** `firstInstantAtOrAfter`'s answers by date and minute (most units share their opening times). */
const firstInstants = new Map<string, number>();

/**
 * The first instant at which a Swedish wall clock, counted from the start of `date`, shows `minute`
 * or later. `minute` may pass 24:00 (up to 48:00) for hours that run into the next day.
 *
 * Normally that is simply "that date at that time". On the last Sunday of March 02:00–03:00 does not
 * exist: a boundary in that hour falls on 03:00, the moment the clocks jump. On the last Sunday of
 * October 02:00–03:00 happens twice: a boundary in that hour falls on its first pass, so a span that
 * ends at 02:30 ends once and does not open again when the clocks go back.
 */
export function firstInstantAtOrAfter(date: IsoDate, minute: number): Date {
  const key = `${date} ${minute}`;
  const known = firstInstants.get(key);
  if (known !== undefined) return new Date(known);
  const instant = computeFirstInstantAtOrAfter(date, minute);
  if (firstInstants.size >= 100_000) firstInstants.clear();
  firstInstants.set(key, instant.getTime());
  return instant;
}

function computeFirstInstantAtOrAfter(date: IsoDate, minute: number): Date {
  const midnight = utcMidnight(date);
  const whole = Math.floor(minute / MINUTES_PER_DAY);
  const rest = minute - whole * MINUTES_PER_DAY;
  let wall: number;
  if (midnight === null) {
    const day = utcDate(date).plus({ days: whole });
    wall = Date.UTC(day.year, day.month - 1, day.day, Math.floor(rest / 60), rest % 60);
  } else {
    wall = midnight + whole * DAY_MS + Math.floor(rest / 60) * HOUR_MS + (rest % 60) * MINUTE_MS;
  }
  // Swedish clocks change at most once within a day either side, so these are the only offsets in play.
  const offsets = [...new Set([offsetAt(wall - DAY_MS), offsetAt(wall + DAY_MS)])];
  const exact = offsets.map((offset) => wall - offset * MINUTE_MS).filter((instant) => wallClockOf(instant) === wall);
  if (exact.length > 0) return new Date(Math.min(...exact));
  // In the spring gap: find the jump itself, to the minute, between the two readings of the wall time.
  let before = wall - Math.max(...offsets) * MINUTE_MS;
  let after = wall - Math.min(...offsets) * MINUTE_MS;
  while (after - before > MINUTE_MS) {
    const middle = before + Math.floor((after - before) / MINUTE_MS / 2) * MINUTE_MS;
    if (wallClockOf(middle) >= wall) after = middle;
    else before = middle;
  }
  return new Date(after);
}

export interface SwedishMoment {
  date: IsoDate;
  weekday: Weekday;
  /**
   * The latest minute of the day whose boundary (see `firstInstantAtOrAfter`) has been reached. It is
   * the minute on the wall clock, except in October's repeated hour: on its second pass every boundary
   * in that hour is already behind us, so the minute is the last one of that hour. A span is open at
   * this instant exactly when `opens <= minute < closes`, which is what the SQL filter relies on.
   */
  minute: number;
}

export function swedishMoment(instant: Date): SwedishMoment {
  const local = DateTime.fromJSDate(instant, { zone });
  const date = local.toISODate()!;
  let minute = local.hour * 60 + local.minute;
  while (minute + 1 < MINUTES_PER_DAY && firstInstantAtOrAfter(date, minute + 1).getTime() <= instant.getTime()) minute++;
  return { date, weekday: local.weekday as Weekday, minute };
}
