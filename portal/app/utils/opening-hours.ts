/**
 * Opening hours as residents read them, in Swedish and on Swedish clocks whatever zone the server
 * runs in. The API gives instants (ISO) and clock times ("08:00"); these turn them into
 * "stänger 17:00", "öppnar i morgon 08:00" and "mån–fre 08:00–17:00".
 */
export const SWEDISH_ZONE = "Europe/Stockholm";

const WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"] as const;
const WEEKDAYS_SHORT = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"] as const;
const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"] as const;

/** "måndag" for ISO weekday 1 … "söndag" for 7. */
export const weekdayName = (weekday: number) => WEEKDAYS[weekday - 1] ?? "";
export const weekdayShort = (weekday: number) => WEEKDAYS_SHORT[weekday - 1] ?? "";

const stockholmParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: SWEDISH_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  weekday: "short",
  hourCycle: "h23",
});
const ENGLISH_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** What a Swedish clock and calendar show at an instant. */
export function swedishClock(instant: Date): { date: string; time: string; weekday: number } {
  const parts = Object.fromEntries(stockholmParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: ENGLISH_WEEKDAYS.indexOf(parts.weekday ?? "") + 1,
  };
}

/** Whole days from one calendar date to another ("YYYY-MM-DD"). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "3 april" for a calendar date; with the weekday, "fredag 3 april". */
export function formatDay(isoDate: string, options: { weekday?: boolean; year?: boolean } = {}): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  const text = `${day} ${MONTHS[month - 1]}${options.year ? ` ${year}` : ""}`;
  return options.weekday ? `${WEEKDAYS[weekday]} ${text}` : text;
}

/** "3–9 augusti", "22 juni–16 augusti", or one day. */
export function formatDateRange(from: string, to: string): string {
  if (from === to) return formatDay(from, { weekday: true });
  const [fromYear, fromMonth] = from.split("-");
  const [toYear, toMonth] = to.split("-");
  if (fromYear !== toYear) return `${formatDay(from, { year: true })}–${formatDay(to, { year: true })}`;
  if (fromMonth === toMonth) return `${Number(from.slice(8))}–${formatDay(to)}`;
  return `${formatDay(from)}–${formatDay(to)}`;
}

/**
 * When a change happens, relative to now: "17:00" today, "i morgon 08:00", "mån 08:00" within the
 * week, "16 mars 08:00" further on.
 */
export function formatWhen(instantIso: string, nowIso: string): string {
  const at = swedishClock(new Date(instantIso));
  const now = swedishClock(new Date(nowIso));
  const days = daysBetween(now.date, at.date);
  if (days === 0) return at.time;
  if (days === 1) return `i morgon ${at.time}`;
  if (days > 1 && days < 7) return `${weekdayShort(at.weekday)} ${at.time}`;
  return `${formatDay(at.date)} ${at.time}`;
}

export type Span = { opens: string; closes: string; closesNextDay?: boolean | null };

/** "08:00–12:00, 13:00–16:00"; a span into the next morning reads "16:00–01:00". No spans: "Stängt". */
export function formatSpans(spans: readonly Span[]): string {
  return spans.length === 0 ? "Stängt" : spans.map((s) => `${s.opens}–${s.closes}`).join(", ");
}

/** Open around the clock that day: 00:00–24:00. */
export const isAllDay = (spans: readonly Span[]) => spans.length === 1 && spans[0]!.opens === "00:00" && spans[0]!.closes === "24:00";

/**
 * The regular week folded into lines for consecutive weekdays with the same hours:
 * "mån–fre 08:00–17:00", "lör–sön Stängt".
 */
export function foldWeek(week: readonly { weekday: number; spans: readonly Span[] }[]): { days: string; hours: string }[] {
  const lines: { first: number; last: number; hours: string }[] = [];
  for (const day of [...week].sort((a, b) => a.weekday - b.weekday)) {
    const hours = isAllDay(day.spans) ? "Dygnet runt" : formatSpans(day.spans);
    const last = lines.at(-1);
    if (last && last.hours === hours && last.last === day.weekday - 1) last.last = day.weekday;
    else lines.push({ first: day.weekday, last: day.weekday, hours });
  }
  return lines.map((l) => ({
    days: l.first === l.last ? weekdayName(l.first) : `${weekdayShort(l.first)}–${weekdayShort(l.last)}`,
    hours: l.hours,
  }));
}

/** A distance as residents read it: "800 m" near, "4,2 km" within ten kilometres, "37 km" beyond. */
export function formatDistance(km: number): string {
  if (km < 1) return `${Math.max(100, Math.round(km * 10) * 100)} m`;
  if (km < 10) return `${km.toFixed(1).replace(".", ",")} km`;
  return `${Math.round(km)} km`;
}

export type OpeningStatusInput = {
  open: boolean;
  closesAt?: string | null;
  opensNext?: string | null;
  hoursKnown: boolean;
};

export type StatusView = {
  /** "open" and "closed" get a badge colour each; "unknown" a neutral one. */
  tone: "open" | "closed" | "unknown";
  badge: string;
  /** What happens next, or null when there is nothing to add. */
  detail: string | null;
};

/** The badge and line a list item or unit page shows: "Öppet nu · stänger 17:00", "Stängt · öppnar mån 08:00". */
export function describeStatus(status: OpeningStatusInput, nowIso: string): StatusView {
  if (!status.hoursKnown) return { tone: "unknown", badge: "Öppettider saknas", detail: null };
  if (status.open) {
    return status.closesAt
      ? { tone: "open", badge: "Öppet nu", detail: `stänger ${formatWhen(status.closesAt, nowIso)}` }
      : { tone: "open", badge: "Öppet dygnet runt", detail: null };
  }
  return {
    tone: "closed",
    badge: "Stängt",
    detail: status.opensNext ? `öppnar ${formatWhen(status.opensNext, nowIso)}` : "öppnar inte de närmaste två veckorna",
  };
}
