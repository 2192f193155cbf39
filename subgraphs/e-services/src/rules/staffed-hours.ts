import { DateTime } from "luxon";
import { SWEDISH_ZONE } from "./check-in-window.js";

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * One weekly stretch when staff answer, in Swedish wall-clock minutes after midnight: `opens`
 * inclusive, `closes` exclusive, within one day (no service in the catalogue answers past midnight).
 */
export interface StaffedSpan {
  weekday: Weekday;
  opens: number;
  closes: number;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "07:30" → 450; null when it is not a 24-hour clock time. "24:00" closes a day. */
export function parseClock(text: string): number | null {
  if (text === "24:00") return 1_440;
  const match = CLOCK.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** 450 → "07:30". */
export const formatClock = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** Why a weekly schedule cannot be stored, or null when it can: real days, opens before closes, no overlaps. */
export function checkStaffedHours(spans: readonly StaffedSpan[]): string | null {
  for (const span of spans) {
    if (!Number.isInteger(span.weekday) || span.weekday < 1 || span.weekday > 7) return `Weekday ${span.weekday} is not 1 (Monday) to 7 (Sunday).`;
    if (!Number.isInteger(span.opens) || !Number.isInteger(span.closes) || span.opens < 0 || span.closes > 1_440 || span.opens >= span.closes) {
      return `${formatClock(span.opens)}–${formatClock(span.closes)} is not a span within one day.`;
    }
  }
  const sorted = [...spans].sort((a, b) => a.weekday - b.weekday || a.opens - b.opens);
  for (let i = 1; i < sorted.length; i++) {
    const [before, after] = [sorted[i - 1]!, sorted[i]!];
    if (before.weekday === after.weekday && after.opens < before.closes) return `Two spans overlap on weekday ${after.weekday}.`;
  }
  return null;
}

/** Each of `days` with the same span, e.g. weekdays 08:00–18:00. */
export function spansOn(days: readonly Weekday[], opens: string, closes: string): StaffedSpan[] {
  const [from, to] = [parseClock(opens), parseClock(closes)];
  if (from === null || to === null) throw new RangeError(`Not clock times: ${opens}–${closes}`);
  return days.map((weekday) => ({ weekday, opens: from, closes: to }));
}

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
export const WEEKEND: readonly Weekday[] = [6, 7];

export interface StaffingStatus {
  /** Whether staff answer at this instant (Swedish time). */
  staffedNow: boolean;
  /** When that changes next (the current span's end, or the next span's start); null if never in the coming week. */
  changesAt: Date | null;
}

/** The instant a Swedish clock shows `minute` on that day: set on the wall clock, not added as a duration, so a DST day keeps 08:00 at 08:00. */
const wallClock = (day: DateTime, minute: number): Date =>
  (minute >= 1_440 ? day.plus({ days: 1 }) : day.set({ hour: Math.floor(minute / 60), minute: minute % 60 })).toJSDate();

/**
 * Whether a weekly schedule is staffed at an instant, read on a Swedish wall clock (Europe/Stockholm,
 * summer time included), and when that next changes. Back-to-back spans count as one.
 */
export function staffingAt(spans: readonly StaffedSpan[], at: Date): StaffingStatus {
  const local = DateTime.fromJSDate(at, { zone: SWEDISH_ZONE });
  const dayStart = local.startOf("day");
  // Each span of the coming eight days as instants, in order; luxon places wall-clock times across DST.
  const instants: { from: Date; to: Date }[] = [];
  for (let offset = -1; offset <= 8; offset++) {
    const day = dayStart.plus({ days: offset });
    for (const span of spans.filter((s) => s.weekday === day.weekday).sort((a, b) => a.opens - b.opens)) {
      instants.push({ from: wallClock(day, span.opens), to: wallClock(day, span.closes) });
    }
  }
  const current = instants.find((span) => span.from <= at && at < span.to);
  if (current) {
    let end = current.to;
    for (const next of instants) if (next.from.getTime() === end.getTime()) end = next.to;
    return { staffedNow: true, changesAt: end };
  }
  const next = instants.find((span) => span.from > at);
  return { staffedNow: false, changesAt: next?.from ?? null };
}
