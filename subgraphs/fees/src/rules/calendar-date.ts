/**
 * Fee schedules are valid from and to calendar dates in Sweden, written "YYYY-MM-DD" so that
 * comparing the text compares the dates, in SQL as in code.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date itself when the text is a real "YYYY-MM-DD" date, otherwise null. */
export function parseIsoDate(text: string): string | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? text : null;
}

const stockholm = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date in Sweden at that instant: a fee changes at midnight Swedish time, not UTC. */
export function stockholmDate(instant: Date): string {
  const parts = Object.fromEntries(stockholm.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
