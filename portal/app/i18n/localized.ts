import type { Lang } from "./languages";

/** A text as the API gives it: Swedish always, English where someone wrote it. */
export type LocalizedValue = { sv: string; en?: string | null };

/**
 * A text chosen for the page's language. `lang` is the language the text IS in; `fallback` says that an
 * English page is showing Swedish because no English was written: render it with `lang="sv"` and mark it
 * (`<Localized>` / `<FallbackNotice>` do both).
 */
export type PickedText = { text: string; lang: Lang; fallback: boolean };

export function pickText(value: LocalizedValue, lang: Lang): PickedText {
  if (lang === "en" && value.en && value.en.trim()) return { text: value.en, lang: "en", fallback: false };
  return { text: value.sv, lang: "sv", fallback: lang !== "sv" };
}

/** The same for an optional text: null stays null. */
export function pickOptional(value: LocalizedValue | null | undefined, lang: Lang): PickedText | null {
  return value ? pickText(value, lang) : null;
}
