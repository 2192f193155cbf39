/** The calendar date in Sweden at `now`, "YYYY-MM-DD": a request arrives on the Swedish day, whatever the server's zone. */
export function swedishDate(now: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
