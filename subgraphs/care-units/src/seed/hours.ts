import { DateTime } from "luxon";
import type { ExceptionSpan, WeeklySpan } from "../rules/opening-hours.js";
import { MINUTES_PER_DAY, SWEDISH_ZONE, type IsoDate, type Weekday } from "../rules/stockholm-time.js";

/** Ways of writing sample opening hours compactly: "08:00", weekday lists, summer weeks. */
export const minutes = (clock: string): number => {
  const [hours, mins] = clock.split(":").map(Number) as [number, number];
  return hours * 60 + mins;
};

export const MON_FRI: Weekday[] = [1, 2, 3, 4, 5];
export const MON_THU: Weekday[] = [1, 2, 3, 4];
export const EVERY_DAY: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** The same span on each weekday; a closing time at or before the opening runs into the next morning. */
export function on(weekdays: Weekday[], opens: string, closes: string): WeeklySpan[] {
  const from = minutes(opens);
  const to = minutes(closes);
  return weekdays.map((weekday) => ({ weekday, opens: from, closes: to > from ? to : to + MINUTES_PER_DAY }));
}

export const aroundTheClock = (): WeeklySpan[] => EVERY_DAY.map((weekday) => ({ weekday, opens: 0, closes: MINUTES_PER_DAY }));

/** An exception's spans: the same hours on the given weekdays of its period, or on every day (null). */
export function exceptionHours(weekdays: Weekday[] | null, opens: string, closes: string): ExceptionSpan[] {
  const span = { opens: minutes(opens), closes: minutes(closes) };
  return weekdays === null ? [{ weekday: null, ...span }] : weekdays.map((weekday) => ({ weekday, ...span }));
}

export interface ExceptionSeed {
  fromDate: IsoDate;
  toDate: IsoDate;
  label: [sv: string, en: string];
  spans: ExceptionSpan[];
}

/** Monday of the first ISO week to Sunday of the last, in that year: how summer hours are announced. */
export function weeks(year: number, first: number, last: number): { fromDate: IsoDate; toDate: IsoDate } {
  const monday = DateTime.fromObject({ weekYear: year, weekNumber: first, weekday: 1 }, { zone: SWEDISH_ZONE });
  const sunday = DateTime.fromObject({ weekYear: year, weekNumber: last, weekday: 7 }, { zone: SWEDISH_ZONE });
  return { fromDate: monday.toISODate()!, toDate: sunday.toISODate()! };
}

/** The first given weekday at least `days` days after the seed's date: a closed day "in a few weeks". */
export function weekdayAfter(now: Date, days: number, weekday: Weekday): IsoDate {
  const start = DateTime.fromJSDate(now, { zone: SWEDISH_ZONE }).startOf("day").plus({ days });
  return start.plus({ days: (weekday - start.weekday + 7) % 7 }).toISODate()!;
}

/** The seed's year in Sweden, and the next: sample exceptions are written for both. */
export function seedYears(now: Date): [number, number] {
  const year = DateTime.fromJSDate(now, { zone: SWEDISH_ZONE }).year;
  return [year, year + 1];
}
