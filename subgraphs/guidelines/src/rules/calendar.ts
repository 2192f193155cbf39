/**
 * The rules speak in Swedish calendar dates written "YYYY-MM-DD", so comparing the text compares the
 * dates. Arithmetic goes through UTC midnights, where no day is ever 23 or 25 hours long.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date itself when the text is a real "YYYY-MM-DD" date, otherwise null. */
export function parseIsoDate(text: string | null | undefined): string | null {
  const match = ISO_DATE.exec(text?.trim() ?? "");
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? match[0] : null;
}

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return toIso(new Date(toDate(iso).getTime() + days * 86_400_000));
}

/** The same day `months` later; where that day does not exist, the last day of that month. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const lastOfTarget = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastOfTarget))));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/** Whether `on` falls in the period; an open end is open. */
export const within = (on: string, from: string | null, until: string | null) => (from === null || from <= on) && (until === null || on <= until);

/** The calendar date in Sweden at that instant. */
export function stockholmDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm" }).format(instant);
}
