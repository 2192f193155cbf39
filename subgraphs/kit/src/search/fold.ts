/**
 * Text handling for search (docs/decisions/022-search.md).
 *
 * Å, ä and ö are letters of their own in Swedish ("år" is not "ar", "får" is not "far"), so they are
 * kept; every other accent is folded away (é → e, ü → u, è, à, ñ, ç …), so "cafe" finds "Café" and
 * "Muller" finds "Müller". Letter case is folded too. The fold maps each character to exactly one
 * character, so an offset in the folded text is the same offset in the original: that is how
 * snippets are highlighted without the database ever producing markup.
 *
 * The same function is registered in SQLite as `vp_search_fold` (see `registerSearchFunctions`): the
 * triggers that keep each FTS5 index in step with its content table fold what they index with it,
 * and the query is folded with it here, so both sides agree by construction. On PostgreSQL the
 * function's tables are generated from this one (postgres.ts).
 */
const KEPT = new Set(["å", "ä", "ö", "Å", "Ä", "Ö"]);
const COMBINING = /\p{M}/gu;

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  if (ch.length !== 1) return ch; // outside the BMP: kept as it is, so offsets stay put
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let out = ch;
  if (KEPT.has(ch)) {
    out = ch.toLowerCase();
  } else {
    const lower = ch.toLowerCase();
    const base = lower.length === 1 ? lower : ch;
    const stripped = base.normalize("NFD").replace(COMBINING, "");
    out = stripped.length === 1 ? stripped : base;
  }
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

/** Lower case, accents folded, å/ä/ö kept; the result has exactly the length of the input. */
export function foldForSearch(text: string | null | undefined): string {
  if (!text) return "";
  let out = "";
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** The "no Swedish keyboard" spelling of a word: å and ä as a, ö as o. Used only to suggest a word. */
export const withoutSwedishLetters = (folded: string) => folded.replace(/[åä]/g, "a").replace(/ö/g, "o");

/** What separates words, as FTS5's unicode61 tokenizer sees it: anything but a letter, a digit or a private-use character. */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** The words of a query, folded: FTS5 syntax ("  * ^ : NEAR( OR -) is never more than a separator. */
export function searchTerms(text: string): string[] {
  const words = foldForSearch(text).match(WORD) ?? [];
  const seen = new Set<string>();
  return words.filter((word) => (seen.has(word) ? false : (seen.add(word), true)));
}
