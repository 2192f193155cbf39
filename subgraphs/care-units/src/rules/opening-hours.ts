import {
  addDays,
  firstInstantAtOrAfter,
  MINUTES_PER_DAY,
  swedishDate,
  swedishMoment,
  weekdayOf,
  type IsoDate,
  type Weekday,
} from "./stockholm-time.js";
import { swedishHolidayOn, type SwedishHoliday } from "./swedish-holidays.js";

/**
 * A unit's opening hours: spans per weekday, exceptions for dates and periods, and whether it closes
 * on public holidays. Times are minutes after the day's midnight on a Swedish wall clock; `closes`
 * may pass 24:00 (1440) for hours that run into the next morning, so a span always belongs to the
 * day it opens on. The precedence of exceptions and holidays is in docs/decisions/008-opening-hours-and-distance.md.
 */
export interface Span {
  opens: number;
  closes: number;
}

export interface WeeklySpan extends Span {
  weekday: Weekday;
}

/** An exception's hours: for one weekday of its period, or for every day in it when `weekday` is null. */
export interface ExceptionSpan extends Span {
  weekday: Weekday | null;
}

export interface HoursException {
  id: number;
  fromDate: IsoDate;
  toDate: IsoDate;
  label: { sv: string; en: string | null };
  /** No spans at all: closed for the whole period. */
  spans: ExceptionSpan[];
}

export interface Schedule {
  weekly: WeeklySpan[];
  exceptions: HoursException[];
  closedOnPublicHolidays: boolean;
}

export type HoursSource = "REGULAR" | "EXCEPTION" | "PUBLIC_HOLIDAY";

export interface DayHours {
  date: IsoDate;
  weekday: Weekday;
  spans: Span[];
  /** What decided the day's hours. */
  source: HoursSource;
  /** The public holiday or eve on that date, whether or not it closed the unit. */
  holiday: SwedishHoliday | null;
  /** The exception that decided the day, when one did. */
  exception: HoursException | null;
}

/** The longest a span may last: a day. Longer runs are spans on consecutive days, joined. */
export const MAX_SPAN_MINUTES = MINUTES_PER_DAY;

/** What is wrong with a span, or null when it is a span a unit can have. */
export function spanProblem(span: Span): string | null {
  if (!Number.isInteger(span.opens) || !Number.isInteger(span.closes)) return "Times are whole minutes.";
  if (span.opens < 0 || span.opens >= MINUTES_PER_DAY) return "A span opens between 00:00 and 23:59.";
  if (span.closes <= span.opens) return "A span closes after it opens.";
  if (span.closes - span.opens > MAX_SPAN_MINUTES) return "A span lasts at most 24 hours.";
  return null;
}

/** Problems with one day's spans: each must be valid, and no two may overlap. */
export function daySpanProblems(spans: readonly Span[]): string[] {
  const problems = spans.map(spanProblem).filter((p): p is string => p !== null);
  const sorted = [...spans].sort((a, b) => a.opens - b.opens);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.opens < sorted[i - 1]!.closes) problems.push("Two spans of the same day overlap.");
  }
  return problems;
}

const byOpening = (a: Span, b: Span) => a.opens - b.opens || a.closes - b.closes;
const spanOnly = ({ opens, closes }: Span): Span => ({ opens, closes });

/**
 * Where several exceptions cover a date, the one that starts latest wins (a closed day inside the
 * summer hours), then the one that ends first, then the first written.
 */
export function exceptionFor(exceptions: readonly HoursException[], date: IsoDate): HoursException | null {
  let winner: HoursException | null = null;
  for (const candidate of exceptions) {
    if (candidate.fromDate > date || candidate.toDate < date) continue;
    if (
      !winner ||
      candidate.fromDate > winner.fromDate ||
      (candidate.fromDate === winner.fromDate && (candidate.toDate < winner.toDate || (candidate.toDate === winner.toDate && candidate.id < winner.id)))
    ) {
      winner = candidate;
    }
  }
  return winner;
}

/**
 * A unit's hours on one date. An exception for that single date decides it; otherwise a unit that
 * closes on public holidays is closed on one; otherwise an exception period covering the date (summer
 * hours) decides it; otherwise the regular hours for the weekday do.
 */
export function hoursOn(schedule: Schedule, date: IsoDate): DayHours {
  const weekday = weekdayOf(date);
  const holiday = swedishHolidayOn(date);
  const exception = exceptionFor(schedule.exceptions, date);
  const day = { date, weekday, holiday };
  const fromException = (e: HoursException): DayHours => ({
    ...day,
    source: "EXCEPTION",
    exception: e,
    spans: e.spans.filter((s) => s.weekday === null || s.weekday === weekday).map(spanOnly).sort(byOpening),
  });
  if (exception && exception.fromDate === exception.toDate) return fromException(exception);
  if (holiday && schedule.closedOnPublicHolidays) return { ...day, source: "PUBLIC_HOLIDAY", exception: null, spans: [] };
  if (exception) return fromException(exception);
  return { ...day, source: "REGULAR", exception: null, spans: schedule.weekly.filter((s) => s.weekday === weekday).map(spanOnly).sort(byOpening) };
}

export interface OpenInterval {
  start: Date;
  end: Date;
}

/**
 * The instants the unit is open, from the first date's spans to the last date's, in order, with spans
 * that touch or overlap joined: a unit open 00:00–24:00 every day is one interval, not seven.
 */
export function openIntervals(schedule: Schedule, firstDate: IsoDate, lastDate: IsoDate): OpenInterval[] {
  const intervals: OpenInterval[] = [];
  for (let date = firstDate; date <= lastDate; date = addDays(date, 1)) {
    for (const span of hoursOn(schedule, date).spans) {
      const start = firstInstantAtOrAfter(date, span.opens);
      const end = firstInstantAtOrAfter(date, span.closes);
      // A span that lies wholly in the hour skipped in March never opens.
      if (end > start) intervals.push({ start, end });
    }
  }
  intervals.sort((a, b) => a.start.getTime() - b.start.getTime());
  const joined: OpenInterval[] = [];
  for (const interval of intervals) {
    const last = joined.at(-1);
    if (last && interval.start <= last.end) {
      if (interval.end > last.end) last.end = interval.end;
    } else {
      joined.push({ ...interval });
    }
  }
  return joined;
}

/** How far "closes at" and "opens next" look: beyond two weeks a unit is "closed until further notice". */
export const LOOK_AHEAD_DAYS = 14;

export interface OpeningStatus {
  at: Date;
  open: boolean;
  /** When open: when it next closes; null when that is more than the look-ahead away (open around the clock). */
  closesAt: Date | null;
  /** When closed: when it next opens; null when not within the look-ahead. */
  opensNext: Date | null;
  today: DayHours;
  /** Whether the unit has any hours at all; a unit without them is not "closed", its hours are unknown. */
  hoursKnown: boolean;
}

export function openingStatus(schedule: Schedule, at: Date, lookAheadDays = LOOK_AHEAD_DAYS): OpeningStatus {
  const today = swedishDate(at);
  const horizon = at.getTime() + lookAheadDays * 86_400_000;
  // Yesterday's spans may run past midnight into today; the last day's may run past the horizon.
  const intervals = openIntervals(schedule, addDays(today, -1), addDays(today, lookAheadDays));
  const current = intervals.find((i) => i.start <= at && at < i.end);
  const next = intervals.find((i) => i.start > at);
  const within = (instant: Date | undefined) => (instant && instant.getTime() <= horizon ? instant : null);
  return {
    at,
    open: current !== undefined,
    closesAt: current ? within(current.end) : null,
    opensNext: current ? null : within(next?.start),
    today: hoursOn(schedule, today),
    hoursKnown: schedule.weekly.length > 0 || schedule.exceptions.some((e) => e.spans.length > 0),
  };
}

/** A departure from the regular hours that a resident should know about in advance. */
export interface HoursDeviation {
  fromDate: IsoDate;
  toDate: IsoDate;
  reason: "EXCEPTION" | "PUBLIC_HOLIDAY";
  label: { sv: string; en: string | null };
  closed: boolean;
  spans: ExceptionSpan[];
}

/**
 * The exceptions that touch the coming `days` days from `from`, and the public holidays in them on
 * which the unit is closed because of the holiday, in date order.
 */
export function upcomingDeviations(schedule: Schedule, from: IsoDate, days: number): HoursDeviation[] {
  const last = addDays(from, days - 1);
  const deviations: HoursDeviation[] = schedule.exceptions
    .filter((e) => e.toDate >= from && e.fromDate <= last)
    .map((e) => ({
      fromDate: e.fromDate,
      toDate: e.toDate,
      reason: "EXCEPTION",
      label: e.label,
      closed: e.spans.length === 0,
      spans: [...e.spans].sort((a, b) => (a.weekday ?? 0) - (b.weekday ?? 0) || byOpening(a, b)),
    }));
  if (schedule.closedOnPublicHolidays) {
    for (let date = from; date <= last; date = addDays(date, 1)) {
      const day = hoursOn(schedule, date);
      // Only a holiday that takes away hours the unit would otherwise have is news.
      if (day.source !== "PUBLIC_HOLIDAY" || !day.holiday) continue;
      const otherwise = hoursOn({ ...schedule, closedOnPublicHolidays: false }, date);
      if (otherwise.spans.length === 0) continue;
      deviations.push({ fromDate: date, toDate: date, reason: "PUBLIC_HOLIDAY", label: day.holiday.name, closed: true, spans: [] });
    }
  }
  return deviations.sort((a, b) => (a.fromDate < b.fromDate ? -1 : a.fromDate > b.fromDate ? 1 : a.toDate < b.toDate ? -1 : a.toDate > b.toDate ? 1 : 0));
}

/** The SQL filter's view of one day: which date, weekday and minute to test spans against. */
export interface DayProbe {
  date: IsoDate;
  weekday: Weekday;
  minute: number;
  /** Whether the date is a public holiday or closing eve. */
  closingDay: boolean;
}

/**
 * What "open at this instant" asks of the stored hours: a span of today with opens <= minute < closes,
 * or a span of yesterday that runs past midnight, tested with minute + 24:00.
 */
export function openAtProbes(at: Date): { today: DayProbe; yesterday: DayProbe } {
  const moment = swedishMoment(at);
  const yesterday = addDays(moment.date, -1);
  return {
    today: { date: moment.date, weekday: moment.weekday, minute: moment.minute, closingDay: swedishHolidayOn(moment.date) !== null },
    yesterday: { date: yesterday, weekday: weekdayOf(yesterday), minute: moment.minute + MINUTES_PER_DAY, closingDay: swedishHolidayOn(yesterday) !== null },
  };
}

/** "08:00"; a closing time at or past midnight is shown on the next day's clock ("24:00" for midnight itself). */
export function clockTime(minute: number): string {
  const shown = minute > MINUTES_PER_DAY ? minute - MINUTES_PER_DAY : minute;
  return `${String(Math.floor(shown / 60)).padStart(2, "0")}:${String(shown % 60).padStart(2, "0")}`;
}
