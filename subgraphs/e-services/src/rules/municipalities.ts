/**
 * The municipalities each region's residents live in, so a rule can tell "lives in the region" from a
 * municipality name. Norrbotten's 14 (the same list care-units places its units in).
 */
export const MUNICIPALITIES_BY_REGION: Readonly<Record<string, readonly string[]>> = {
  Norrbotten: [
    "Arjeplog",
    "Arvidsjaur",
    "Boden",
    "Gällivare",
    "Haparanda",
    "Jokkmokk",
    "Kalix",
    "Kiruna",
    "Luleå",
    "Pajala",
    "Piteå",
    "Älvsbyn",
    "Överkalix",
    "Övertorneå",
  ],
};

/** Letters, spaces and hyphens, as in "Upplands Väsby" or "Malung-Sälen"; nothing a LIKE pattern or JSON treats specially. */
const MUNICIPALITY_NAME = /^\p{L}[\p{L} -]{0,63}$/u;

const fold = (text: string) => text.toLocaleLowerCase("sv-SE");

/**
 * The municipality as the catalogue stores it: a known name whatever its case ("LULEÅ" → "Luleå"),
 * otherwise the text trimmed and with single spaces; null when it cannot be a municipality's name.
 */
export function canonicalMunicipality(input: string): string | null {
  const text = input.trim().replace(/\s+/g, " ");
  if (!MUNICIPALITY_NAME.test(text)) return null;
  for (const names of Object.values(MUNICIPALITIES_BY_REGION)) {
    const known = names.find((name) => fold(name) === fold(text));
    if (known) return known;
  }
  return text;
}

/** The regions whose residents live in this (canonical) municipality; empty for one we do not know. */
export function regionsOf(municipality: string): string[] {
  return Object.entries(MUNICIPALITIES_BY_REGION)
    .filter(([, names]) => names.includes(municipality))
    .map(([region]) => region);
}
