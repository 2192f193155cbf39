import { tFor } from "~/i18n/instance";
import { defaultLang, type Lang } from "~/i18n/languages";

/**
 * Opening hours as residents read them, in the page's language and on Swedish clocks whatever zone the
 * server runs in (the units are in Sweden, so their times are Swedish in both languages). The API gives
 * instants (ISO) and clock times ("08:00"); these turn them into "stänger 17:00" / "closes 17:00",
 * "öppnar i morgon 08:00" / "opens tomorrow 08:00" and "mån–fre 08:00–17:00" / "Mon–Fri 08:00–17:00".
 * Every word comes from the `careUnits` strings (`time.*`); `lang` is last and defaults to Swedish.
 */
export const SWEDISH_ZONE = "Europe/Stockholm";

const words = (lang: Lang) => tFor(lang, "careUnits");

/** "måndag"/"Monday" for ISO weekday 1 … "söndag"/"Sunday" for 7. */
export const weekdayName = (weekday: number, lang: Lang = defaultLang) =>
  weekday >= 1 && weekday <= 7 ? words(lang)(`time.weekdays.${weekday}` as "time.weekdays.1") : "";
/** "mån"/"Mon" … "sön"/"Sun". */
export const weekdayShort = (weekday: number, lang: Lang = defaultLang) =>
  weekday >= 1 && weekday <= 7 ? words(lang)(`time.weekdaysShort.${weekday}` as "time.weekdaysShort.1") : "";
const monthName = (month: number, lang: Lang) => words(lang)(`time.months.${month}` as "time.months.1");

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

/** "3 april" / "3 April" for a calendar date; with the weekday, "fredag 3 april" / "Friday 3 April". */
export function formatDay(isoDate: string, options: { weekday?: boolean; year?: boolean } = {}, lang: Lang = defaultLang): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const weekday = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  const text = `${day} ${monthName(month, lang)}${options.year ? ` ${year}` : ""}`;
  return options.weekday ? `${weekdayName(weekday, lang)} ${text}` : text;
}

/** "3–9 augusti", "22 juni–16 augusti", or one day (British English writes dates in the same order). */
export function formatDateRange(from: string, to: string, lang: Lang = defaultLang): string {
  if (from === to) return formatDay(from, { weekday: true }, lang);
  const [fromYear, fromMonth] = from.split("-");
  const [toYear, toMonth] = to.split("-");
  if (fromYear !== toYear) return `${formatDay(from, { year: true }, lang)}–${formatDay(to, { year: true }, lang)}`;
  if (fromMonth === toMonth) return `${Number(from.slice(8))}–${formatDay(to, {}, lang)}`;
  return `${formatDay(from, {}, lang)}–${formatDay(to, {}, lang)}`;
}

/**
 * When a change happens, relative to now: "17:00" today, "i morgon 08:00" / "tomorrow 08:00", "mån 08:00" /
 * "Mon 08:00" within the week, "16 mars 08:00" / "16 March 08:00" further on.
 */
export function formatWhen(instantIso: string, nowIso: string, lang: Lang = defaultLang): string {
  const at = swedishClock(new Date(instantIso));
  const now = swedishClock(new Date(nowIso));
  const days = daysBetween(now.date, at.date);
  if (days === 0) return at.time;
  if (days === 1) return words(lang)("time.tomorrow", { time: at.time });
  if (days > 1 && days < 7) return `${weekdayShort(at.weekday, lang)} ${at.time}`;
  return `${formatDay(at.date, {}, lang)} ${at.time}`;
}

export type Span = { opens: string; closes: string; closesNextDay?: boolean | null };

/** "08:00–12:00, 13:00–16:00"; a span into the next morning reads "16:00–01:00". No spans: "Stängt" / "Closed". */
export function formatSpans(spans: readonly Span[], lang: Lang = defaultLang): string {
  return spans.length === 0 ? words(lang)("time.closed") : spans.map((s) => `${s.opens}–${s.closes}`).join(", ");
}

/** Open around the clock that day: 00:00–24:00. */
export const isAllDay = (spans: readonly Span[]) => spans.length === 1 && spans[0]!.opens === "00:00" && spans[0]!.closes === "24:00";

/** A day's hours in words: "Dygnet runt" / "24 hours" for all day, else the spans. */
export const formatDayHours = (spans: readonly Span[], lang: Lang = defaultLang) => (isAllDay(spans) ? words(lang)("time.allDay") : formatSpans(spans, lang));

export type WeekLine = { days: string; hours: string; closed: boolean };

/**
 * The regular week folded into lines for consecutive weekdays with the same hours:
 * "mån–fre 08:00–17:00", "lör–sön Stängt" (English: "Mon–Fri", "Sat–Sun Closed"). `closed` says a line
 * has no hours, so a sentence can use its own word for it.
 */
export function foldWeek(week: readonly { weekday: number; spans: readonly Span[] }[], lang: Lang = defaultLang): WeekLine[] {
  const lines: { first: number; last: number; hours: string; closed: boolean }[] = [];
  for (const day of [...week].sort((a, b) => a.weekday - b.weekday)) {
    const hours = formatDayHours(day.spans, lang);
    const last = lines.at(-1);
    if (last && last.hours === hours && last.last === day.weekday - 1) last.last = day.weekday;
    else lines.push({ first: day.weekday, last: day.weekday, hours, closed: day.spans.length === 0 });
  }
  return lines.map((l) => ({
    days: l.first === l.last ? weekdayName(l.first, lang) : `${weekdayShort(l.first, lang)}–${weekdayShort(l.last, lang)}`,
    hours: l.hours,
    closed: l.closed,
  }));
}

/** A distance as residents read it: "800 m" near, "4,2 km" / "4.2 km" within ten kilometres, "37 km" beyond. */
export function formatDistance(km: number, lang: Lang = defaultLang): string {
  if (km < 1) return `${Math.max(100, Math.round(km * 10) * 100)} m`;
  if (km < 10) return `${km.toFixed(1).replace(".", words(lang)("time.decimalSeparator"))} km`;
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

/**
 * The badge and line a list item or unit page shows: "Öppet nu · stänger 17:00", "Stängt · öppnar mån 08:00"
 * ("Open now · closes 17:00", "Closed · opens Mon 08:00").
 */
export function describeStatus(status: OpeningStatusInput, nowIso: string, lang: Lang = defaultLang): StatusView {
  const t = words(lang);
  if (!status.hoursKnown) return { tone: "unknown", badge: t("time.badgeUnknown"), detail: null };
  if (status.open) {
    return status.closesAt
      ? { tone: "open", badge: t("time.badgeOpen"), detail: t("time.closes", { when: formatWhen(status.closesAt, nowIso, lang) }) }
      : { tone: "open", badge: t("time.badgeAllDay"), detail: null };
  }
  return {
    tone: "closed",
    badge: t("time.badgeClosed"),
    detail: status.opensNext ? t("time.opens", { when: formatWhen(status.opensNext, nowIso, lang) }) : t("time.notOpeningSoon"),
  };
}
