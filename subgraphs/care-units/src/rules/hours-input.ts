import { daySpanProblems, spanProblem, type ExceptionSpan, type HoursException, type Span, type WeeklySpan } from "./opening-hours.js";
import { MINUTES_PER_DAY, parseIsoDate, type Weekday } from "./stockholm-time.js";

/**
 * Opening hours as an editor writes them (the admin form and the CSV import) and as they are stored
 * (decision 008). A form row is clock times on some weekdays: "Mon–Fri 08:00–17:00" is one row. A
 * closing time at or before the opening runs into the next morning ("16:00"–"01:00"); "24:00" is
 * midnight at the end of the day. Messages are Swedish: they are shown beside the editor's fields.
 */

export const WEEKDAY_CODES = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

export const WEEKDAY_NAMES: Record<WeekdayCode, { sv: string; en: string }> = {
  MON: { sv: "måndag", en: "Monday" },
  TUE: { sv: "tisdag", en: "Tuesday" },
  WED: { sv: "onsdag", en: "Wednesday" },
  THU: { sv: "torsdag", en: "Thursday" },
  FRI: { sv: "fredag", en: "Friday" },
  SAT: { sv: "lördag", en: "Saturday" },
  SUN: { sv: "söndag", en: "Sunday" },
};

export const weekdayOfCode = (code: WeekdayCode): Weekday => (WEEKDAY_CODES.indexOf(code) + 1) as Weekday;
export const codeOfWeekday = (weekday: Weekday): WeekdayCode => WEEKDAY_CODES[weekday - 1]!;

/** One row of the regular week in the form. */
export interface OpeningHoursRow {
  weekdays: WeekdayCode[];
  opens: string;
  closes: string;
}

/**
 * One row of an exception in the form. Rows with the same first and last day are one exception (one
 * period, one label); each row gives hours on its weekdays (none: every day of the period), or says the
 * unit is closed for the whole period.
 */
export interface HoursExceptionRow {
  fromDate: string;
  toDate: string | null;
  label: { sv: string; en: string | null };
  closed: boolean;
  weekdays: WeekdayCode[];
  opens: string | null;
  closes: string | null;
}

/** A problem at a path inside the values ("openingHours.2.closes"). */
export interface HoursProblem {
  path: (string | number)[];
  message: string;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "08:30" → 510; "24:00" only where `endOfDay` allows it (a closing time); null for anything else. */
export function parseClock(text: string, endOfDay = false): number | null {
  if (endOfDay && text === "24:00") return MINUTES_PER_DAY;
  const match = CLOCK.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Minutes as the form writes them: 510 → "08:30"; past midnight the next morning's clock; the end of a day "24:00". */
export function formClock(minute: number): string {
  const m = minute === MINUTES_PER_DAY ? minute : minute % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** Two clock times as a stored span; a closing at or before the opening is the next morning's. */
export function spanOfClocks(opens: number, closes: number): Span {
  return { opens, closes: closes > opens ? closes : closes + MINUTES_PER_DAY };
}

export const CLOCK_MESSAGE = "Skriv tiden som TT:MM, t.ex. 08:00.";
export const CLOSES_CLOCK_MESSAGE = "Skriv tiden som TT:MM, t.ex. 17:00 (24:00 för midnatt).";

const spanMessage: Record<string, string> = {
  "A span lasts at most 24 hours.": "Ett pass varar högst 24 timmar.",
  "A span closes after it opens.": "Passet måste stänga efter att det öppnar.",
};
const swedishSpanProblem = (span: Span) => {
  const problem = spanProblem(span);
  return problem ? (spanMessage[problem] ?? "Tiderna går inte att använda.") : null;
};

const dayName = (weekday: Weekday) => WEEKDAY_NAMES[codeOfWeekday(weekday)].sv;

/**
 * Problems with the regular week: times that are not clock times, spans that are too long, two spans
 * on a day that overlap, and a span past midnight that runs into the next day's first one. Each problem
 * is reported at the row that comes later in the day, so the editor sees it where the clash is.
 */
export function openingHoursProblems(rows: readonly OpeningHoursRow[], field = "openingHours"): HoursProblem[] {
  const problems: HoursProblem[] = [];
  const spans: { row: number; span: WeeklySpan }[] = [];
  rows.forEach((row, i) => {
    const opens = parseClock(row.opens);
    const closes = parseClock(row.closes, true);
    if (opens === null) problems.push({ path: [field, i, "opens"], message: CLOCK_MESSAGE });
    if (closes === null) problems.push({ path: [field, i, "closes"], message: CLOSES_CLOCK_MESSAGE });
    if (row.weekdays.length === 0) problems.push({ path: [field, i, "weekdays"], message: "Välj minst en veckodag." });
    if (new Set(row.weekdays).size !== row.weekdays.length) problems.push({ path: [field, i, "weekdays"], message: "Välj varje veckodag en gång." });
    if (opens === null || closes === null) return;
    const span = spanOfClocks(opens, closes);
    const problem = swedishSpanProblem(span);
    if (problem) problems.push({ path: [field, i, "closes"], message: problem });
    else for (const code of new Set(row.weekdays)) spans.push({ row: i, span: { weekday: weekdayOfCode(code), ...span } });
  });
  for (let weekday = 1 as Weekday; weekday <= 7; weekday = (weekday + 1) as Weekday) {
    const day = spans.filter((s) => s.span.weekday === weekday).sort((a, b) => a.span.opens - b.span.opens);
    for (let k = 1; k < day.length; k++) {
      if (day[k]!.span.opens < day[k - 1]!.span.closes) {
        problems.push({ path: [field, day[k]!.row, "opens"], message: `Passet överlappar ett annat pass på ${dayName(weekday)}.` });
      }
    }
    // A span that runs past midnight must end before the next day's first span opens.
    const next = ((weekday % 7) + 1) as Weekday;
    for (const late of day.filter((s) => s.span.closes > MINUTES_PER_DAY)) {
      const clash = spans.find((s) => s.span.weekday === next && s.span.opens < late.span.closes - MINUTES_PER_DAY);
      if (clash) {
        problems.push({ path: [field, clash.row, "opens"], message: `Passet överlappar kvällspasset från ${dayName(weekday)} som pågår till ${formClock(late.span.closes)}.` });
      }
    }
  }
  return dedupe(problems);
}

/** The stored spans of valid rows (check them first with `openingHoursProblems`). */
export function weeklySpansOf(rows: readonly OpeningHoursRow[]): WeeklySpan[] {
  return rows.flatMap((row) => {
    const span = spanOfClocks(parseClock(row.opens)!, parseClock(row.closes, true)!);
    return [...new Set(row.weekdays)].map((code) => ({ weekday: weekdayOfCode(code), ...span }));
  });
}

/** Stored spans as form rows: the same hours on several days become one row, in the order of the week. */
export function openingHoursRowsOf(spans: readonly WeeklySpan[]): OpeningHoursRow[] {
  const groups = new Map<string, { opens: number; closes: number; weekdays: Weekday[] }>();
  for (const span of [...spans].sort((a, b) => a.weekday - b.weekday || a.opens - b.opens)) {
    const key = `${span.opens}-${span.closes}`;
    const group = groups.get(key) ?? { opens: span.opens, closes: span.closes, weekdays: [] };
    if (!group.weekdays.includes(span.weekday)) group.weekdays.push(span.weekday);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.weekdays[0]! - b.weekdays[0]! || a.opens - b.opens)
    .map((g) => ({ weekdays: g.weekdays.map(codeOfWeekday), opens: formClock(g.opens), closes: formClock(g.closes) }));
}

/** The longest exception period: a year, as far as the portal looks ahead for coming exceptions. */
export const MAX_EXCEPTION_DAYS = 366;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const periodKey = (row: Pick<HoursExceptionRow, "fromDate" | "toDate">) => `${row.fromDate}/${row.toDate || row.fromDate}`;

/**
 * Problems with the exception rows: dates, a last day before the first, rows of one period that
 * disagree on the label or on being closed, times, and spans of a period that overlap on a day.
 */
export function exceptionProblems(rows: readonly HoursExceptionRow[], field = "hoursExceptions"): HoursProblem[] {
  const problems: HoursProblem[] = [];
  const periods = new Map<string, { first: number; rows: number[] }>();
  rows.forEach((row, i) => {
    const from = parseIsoDate(row.fromDate);
    const to = row.toDate ? parseIsoDate(row.toDate) : from;
    if (!from) problems.push({ path: [field, i, "fromDate"], message: "Ange ett datum som ÅÅÅÅ-MM-DD." });
    if (row.toDate && !to) problems.push({ path: [field, i, "toDate"], message: "Ange ett datum som ÅÅÅÅ-MM-DD, eller lämna tomt för en enda dag." });
    if (from && to && to < from) problems.push({ path: [field, i, "toDate"], message: "Sista dagen kan inte komma före första." });
    else if (from && to && daysBetween(from, to) >= MAX_EXCEPTION_DAYS) problems.push({ path: [field, i, "toDate"], message: `En period är högst ${MAX_EXCEPTION_DAYS} dagar.` });
    if (new Set(row.weekdays).size !== row.weekdays.length) problems.push({ path: [field, i, "weekdays"], message: "Välj varje veckodag en gång." });
    if (row.closed) {
      if (row.opens || row.closes || row.weekdays.length) problems.push({ path: [field, i, "closed"], message: "Lämna veckodagar och tider tomma när enheten är stängd hela perioden." });
    } else {
      const opens = row.opens ? parseClock(row.opens) : null;
      const closes = row.closes ? parseClock(row.closes, true) : null;
      if (opens === null) problems.push({ path: [field, i, "opens"], message: row.opens ? CLOCK_MESSAGE : "Ange när enheten öppnar, eller markera att den är stängd." });
      if (closes === null) problems.push({ path: [field, i, "closes"], message: row.closes ? CLOSES_CLOCK_MESSAGE : "Ange när enheten stänger, eller markera att den är stängd." });
      if (opens !== null && closes !== null) {
        const problem = swedishSpanProblem(spanOfClocks(opens, closes));
        if (problem) problems.push({ path: [field, i, "closes"], message: problem });
      }
    }
    const key = periodKey(row);
    const period = periods.get(key);
    if (!period) periods.set(key, { first: i, rows: [i] });
    else {
      period.rows.push(i);
      const first = rows[period.first]!;
      if (first.label.sv.trim() !== row.label.sv.trim() || (first.label.en ?? "").trim() !== (row.label.en ?? "").trim()) {
        problems.push({ path: [field, i, "label", "sv"], message: "Rader för samma period ska ha samma benämning." });
      }
      if (first.closed || row.closed) problems.push({ path: [field, i, "closed"], message: "En period som är stängd har bara en rad." });
    }
  });
  if (problems.length > 0) return dedupe(problems);
  for (const period of periods.values()) {
    const spans = period.rows
      .filter((i) => !rows[i]!.closed)
      .flatMap((i) => exceptionSpansOfRow(rows[i]!).map((span) => ({ row: i, span })));
    for (let weekday = 1 as Weekday; weekday <= 7; weekday = (weekday + 1) as Weekday) {
      const day = spans.filter((s) => s.span.weekday === null || s.span.weekday === weekday).sort((a, b) => a.span.opens - b.span.opens);
      if (daySpanProblems(day.map((s) => s.span)).length === 0) continue;
      for (let k = 1; k < day.length; k++) {
        if (day[k]!.span.opens < day[k - 1]!.span.closes) problems.push({ path: [field, day[k]!.row, "opens"], message: `Passet överlappar ett annat pass under perioden (${dayName(weekday)}).` });
      }
    }
  }
  return dedupe(problems);
}

function exceptionSpansOfRow(row: HoursExceptionRow): ExceptionSpan[] {
  if (row.closed) return [];
  const span = spanOfClocks(parseClock(row.opens!)!, parseClock(row.closes!, true)!);
  return row.weekdays.length === 0 ? [{ weekday: null, ...span }] : [...new Set(row.weekdays)].map((code) => ({ weekday: weekdayOfCode(code), ...span }));
}

/** The exceptions valid rows describe, one per period, in the order the periods first appear. */
export function exceptionsOf(rows: readonly HoursExceptionRow[]): Omit<HoursException, "id">[] {
  const periods = new Map<string, Omit<HoursException, "id">>();
  for (const row of rows) {
    const key = periodKey(row);
    const period = periods.get(key) ?? {
      fromDate: row.fromDate,
      toDate: row.toDate || row.fromDate,
      label: { sv: row.label.sv.trim(), en: row.label.en?.trim() || null },
      spans: [],
    };
    period.spans.push(...exceptionSpansOfRow(row));
    periods.set(key, period);
  }
  return [...periods.values()];
}

/** Stored exceptions as form rows: a closed period is one row; otherwise one row per set of hours. */
export function exceptionRowsOf(exceptions: readonly Omit<HoursException, "id">[]): HoursExceptionRow[] {
  return exceptions.flatMap((exception): HoursExceptionRow[] => {
    const base = { fromDate: exception.fromDate, toDate: exception.toDate === exception.fromDate ? null : exception.toDate, label: { sv: exception.label.sv, en: exception.label.en } };
    if (exception.spans.length === 0) return [{ ...base, closed: true, weekdays: [], opens: null, closes: null }];
    const groups = new Map<string, { span: Span; weekdays: Weekday[]; everyDay: boolean }>();
    for (const span of exception.spans) {
      const key = `${span.weekday === null ? "all" : "days"}:${span.opens}-${span.closes}`;
      const group = groups.get(key) ?? { span, weekdays: [], everyDay: span.weekday === null };
      if (span.weekday !== null && !group.weekdays.includes(span.weekday)) group.weekdays.push(span.weekday);
      groups.set(key, group);
    }
    return [...groups.values()].map((g) => ({
      ...base,
      closed: false,
      weekdays: g.everyDay ? [] : [...g.weekdays].sort((a, b) => a - b).map(codeOfWeekday),
      opens: formClock(g.span.opens),
      closes: formClock(g.span.closes),
    }));
  });
}

function dedupe(problems: HoursProblem[]): HoursProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path.join(".")}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
