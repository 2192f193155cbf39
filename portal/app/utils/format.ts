import { defaultLang, intlLocale, type Lang } from "~/i18n/languages";
import { tFor } from "~/i18n/instance";

const sekFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const sekFormat = (lang: Lang) =>
  sekFormats.get(lang) ?? sekFormats.set(lang, new Intl.NumberFormat(intlLocale[lang], { maximumFractionDigits: 2 })).get(lang)!;
const longDate = (lang: Lang) =>
  dateFormats.get(lang) ?? dateFormats.set(lang, new Intl.DateTimeFormat(intlLocale[lang], { dateStyle: "long", timeZone: "UTC" })).get(lang)!;

/** A fee in kronor as residents read it: "300 kr", "1 450 kr", and "Avgiftsfritt" ("Free of charge") for nothing to pay. */
export function formatSek(amount: number, lang: Lang = defaultLang): string {
  return amount === 0 ? tFor(lang)("money.free") : formatKronor(amount, lang);
}

/** "2025-01-01" → "1 januari 2025" / "1 January 2025". Calendar dates carry no time zone, so they are read as UTC. */
export function formatIsoDate(isoDate: string, lang: Lang = defaultLang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO date: ${isoDate}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return longDate(lang).format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatValidity(validFrom: string, validTo: string | null, lang: Lang = defaultLang): string {
  const t = tFor(lang);
  return validTo
    ? t("validity.between", { from: formatIsoDate(validFrom, lang), to: formatIsoDate(validTo, lang) })
    : t("validity.from", { from: formatIsoDate(validFrom, lang) });
}

/** An amount of money as it is, nothing to pay included: "0 kr", "1 450 kr" (running totals, remaining amounts). */
export function formatKronor(amount: number, lang: Lang = defaultLang): string {
  return tFor(lang)("money.kronor", { amount: sekFormat(lang).format(amount) });
}

/** "17 december 2025 – 16 december 2026": a period with both days included. */
export function formatPeriod(from: string, to: string, lang: Lang = defaultLang): string {
  return `${formatIsoDate(from, lang)} – ${formatIsoDate(to, lang)}`;
}
