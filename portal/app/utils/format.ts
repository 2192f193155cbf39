const sek = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });
const longDate = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: "UTC" });

/** A fee in kronor as residents read it: "300 kr", "1 450 kr", and "Avgiftsfritt" for nothing to pay. */
export function formatSek(amount: number): string {
  return amount === 0 ? "Avgiftsfritt" : `${sek.format(amount)} kr`;
}

/** "2025-01-01" → "1 januari 2025". Calendar dates carry no time zone, so they are read as UTC. */
export function formatIsoDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO date: ${isoDate}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return longDate.format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatValidity(validFrom: string, validTo: string | null): string {
  return validTo
    ? `Gäller ${formatIsoDate(validFrom)} – ${formatIsoDate(validTo)}`
    : `Gäller från ${formatIsoDate(validFrom)}`;
}

/** An amount of money as it is, nothing to pay included: "0 kr", "1 450 kr" (running totals, remaining amounts). */
export function formatKronor(amount: number): string {
  return `${sek.format(amount)} kr`;
}

/** "17 december 2025 – 16 december 2026": a period with both days included. */
export function formatPeriod(from: string, to: string): string {
  return `${formatIsoDate(from)} – ${formatIsoDate(to)}`;
}
