import { DateTime } from "luxon";

export const SWEDISH_ZONE = "Europe/Stockholm";

/** When a region lets patients check in, relative to the visit's start. A per-region setting. */
export interface CheckInSettings {
  opensMinutesBefore: number;
  closesMinutesAfter: number;
}

/** Norrbotten: from 30 minutes before the visit until 15 minutes after it started. */
export const checkInSettingsByRegion: Readonly<Record<string, CheckInSettings>> = {
  Norrbotten: { opensMinutesBefore: 30, closesMinutesAfter: 15 },
};

export const DEFAULT_CHECK_IN_SETTINGS: CheckInSettings = { opensMinutesBefore: 30, closesMinutesAfter: 15 };

export const settingsFor = (region: string): CheckInSettings => checkInSettingsByRegion[region] ?? DEFAULT_CHECK_IN_SETTINGS;

export type CheckInWindow =
  | { state: "NOT_YET_OPEN"; opensAt: Date; closesAt: Date }
  | { state: "OPEN"; opensAt: Date; closesAt: Date }
  | { state: "CLOSED"; opensAt: Date; closesAt: Date };

/**
 * Where `now` falls in a visit's check-in window. The window opens at its first minute (inclusive)
 * and closes at `closesAt` (exclusive): one minute before the opening is too early.
 */
export function checkInWindow(startsAt: Date, now: Date, settings: CheckInSettings): CheckInWindow {
  const opensAt = new Date(startsAt.getTime() - settings.opensMinutesBefore * 60_000);
  const closesAt = new Date(startsAt.getTime() + settings.closesMinutesAfter * 60_000);
  const state = now < opensAt ? "NOT_YET_OPEN" : now >= closesAt ? "CLOSED" : "OPEN";
  return { state, opensAt, closesAt };
}

/** "14:30" in Swedish time, and the date when it is not `now`'s Swedish day. */
export function swedishTime(at: Date, now: Date): { sv: string; en: string } {
  const when = DateTime.fromJSDate(at, { zone: SWEDISH_ZONE });
  const sameDay = when.hasSame(DateTime.fromJSDate(now, { zone: SWEDISH_ZONE }), "day");
  const time = when.toFormat("HH:mm");
  if (sameDay) return { sv: `kl. ${time}`, en: `at ${time}` };
  return { sv: `${when.setLocale("sv").toFormat("d MMMM")} kl. ${time}`, en: `on ${when.setLocale("en-GB").toFormat("d MMMM")} at ${time}` };
}

/** The Swedish day of an instant, YYYY-MM-DD: the visit day the fee rules use. */
export const swedishDate = (at: Date): string => DateTime.fromJSDate(at, { zone: SWEDISH_ZONE }).toISODate() ?? "";

/** The start and end of the Swedish day an instant falls on, as instants. */
export function swedishDayBounds(at: Date): { from: Date; to: Date } {
  const day = DateTime.fromJSDate(at, { zone: SWEDISH_ZONE }).startOf("day");
  return { from: day.toJSDate(), to: day.plus({ days: 1 }).toJSDate() };
}

/** How far ahead "today's visits" reaches late in the evening: the SMS with the check-in link comes two hours before. */
export const VISITS_AHEAD_HOURS = 3;

/**
 * The visits a resident sees on "Checka in": the Swedish day's, and late in the evening also those of
 * the next few hours, so a visit at 00:20 is there at 23:55 when its check-in has already opened.
 */
export function visitListBounds(at: Date): { from: Date; to: Date } {
  const day = swedishDayBounds(at);
  const ahead = at.getTime() + VISITS_AHEAD_HOURS * 3_600_000;
  return { from: day.from, to: new Date(Math.max(day.to.getTime(), ahead)) };
}
