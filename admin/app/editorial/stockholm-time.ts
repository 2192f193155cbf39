/**
 * Times as editors type and read them: Swedish wall-clock time in Europe/Stockholm, whatever the server's
 * own zone. `<input type="datetime-local">` gives "2026-12-01T08:00"; the API takes and gives ISO instants.
 */
const zone = "Europe/Stockholm";

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: zone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function wallClock(instant: Date) {
  const parts = Object.fromEntries(partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Stockholm's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(instant: Date): number {
  const w = wallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2026-12-01T08:00" (Stockholm) → "2026-12-01T07:00:00.000Z", or null when it is not such a time or does
 * not exist (the hour skipped when the clocks go forward in March).
 */
export function stockholmLocalToIso(local: string): string | null {
  const match = localPattern.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((n) => Number(n ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(asUtc).getUTCDate() !== day) return null; // 31 November and the like
  // Two passes settle the offset on either side of a change of clocks.
  let instant = asUtc - offsetAt(new Date(asUtc));
  instant = asUtc - offsetAt(new Date(instant));
  const back = wallClock(new Date(instant));
  if (back.hour !== hour || back.minute !== minute || back.day !== day) return null;
  return new Date(instant).toISOString();
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An ISO instant as the value of a datetime-local input in Stockholm time ("2026-12-01T08:00"). */
export function isoToStockholmLocal(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return "";
  const w = wallClock(instant);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

const longFormatter = new Intl.DateTimeFormat("sv-SE", { timeZone: zone, day: "numeric", month: "long", year: "numeric" });
const clockFormatter = new Intl.DateTimeFormat("sv-SE", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "1 december 2026 kl. 08:00" — how the admin shows a point in time. */
export function formatSwedishDateTime(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return `${longFormatter.format(instant)} kl. ${clockFormatter.format(instant)}`;
}

/** "14:03" — the autosave status line's clock. */
export function formatSwedishClock(iso: string): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso : clockFormatter.format(instant);
}

/** A calendar date "2026-12-01" as "1 december 2026". */
export function formatSwedishDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
  );
}
