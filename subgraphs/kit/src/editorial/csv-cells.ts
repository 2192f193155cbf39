/**
 * What the cells of a CSV file written in Swedish Excel look like, read as values: "ja"/"nej",
 * decimal commas, "08.00" for a clock time. Each reader returns the value, or a Swedish problem.
 */
export type Cell<T> = { value: T } | { problem: string };

const YES = new Set(["ja", "j", "yes", "y", "true", "1", "x", "sant"]);
const NO = new Set(["nej", "n", "no", "false", "0", "falskt", ""]);

export function booleanCell(text: string): Cell<boolean> {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return { value: true };
  if (NO.has(t)) return { value: false };
  return { problem: "Skriv ja eller nej." };
}

/** "65,5848" or "65.5848"; empty is null. */
export function decimalCell(text: string): Cell<number | null> {
  const t = text.trim().replace(/\s/g, "");
  if (!t) return { value: null };
  if (!/^[+-]?\d+([.,]\d+)?$/.test(t)) return { problem: "Skriv ett tal, t.ex. 65,5848." };
  return { value: Number(t.replace(",", ".")) };
}

/** "08:00", "8.00", "8:00" → "08:00"; the format check itself belongs to the values' schema. */
export function clockCell(text: string): string {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  return match ? `${match[1]!.padStart(2, "0")}:${match[2]}` : text.trim();
}

/** An optional text: empty is null. */
export const textCell = (text: string): string | null => (text.trim() ? text.trim() : null);

/** A code from a list, written as the code in any letter case or as one of its labels. */
export function codeCell<T extends string>(text: string, codes: readonly T[], labels: Partial<Record<T, readonly string[]>> = {}): Cell<T | null> {
  const t = text.trim();
  if (!t) return { value: null };
  const upper = t.toUpperCase().replace(/[\s-]+/g, "_");
  const byCode = codes.find((code) => code === upper);
  if (byCode) return { value: byCode };
  const byLabel = codes.find((code) => labels[code]?.some((label) => label.toLowerCase() === t.toLowerCase()));
  if (byLabel) return { value: byLabel };
  return { problem: `Okänt värde "${t}". Använd något av: ${codes.join(", ")}.` };
}
