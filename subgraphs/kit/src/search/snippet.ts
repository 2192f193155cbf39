import { foldForSearch } from "./fold.js";
import type { HighlightedText, TextRange } from "./types.js";

const WORD = /[\p{L}\p{N}\p{Co}]+/gu;
export const SNIPPET_LENGTH = 160;

/** Markdown as plain words for a snippet: links keep their text, marks and tags go. */
export function plainText(markdown: string | null | undefined): string {
  if (!markdown) return "";
  return markdown
    .normalize("NFC")
    .replace(/<[^>]*>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/[*_`~|]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of `text` that start with one of the (folded) terms: whole words are highlighted. */
export function matchRanges(text: string, terms: readonly string[]): TextRange[] {
  const folded = foldForSearch(text);
  const ranges: TextRange[] = [];
  for (const match of folded.matchAll(WORD)) {
    if (terms.some((term) => match[0].startsWith(term))) ranges.push({ start: match.index, length: match[0].length });
  }
  return ranges;
}

export function highlighted(text: string, terms: readonly string[]): HighlightedText {
  return { text, highlights: matchRanges(text, terms) };
}

/**
 * About SNIPPET_LENGTH characters of the first text with a match, around its first match and cut at
 * spaces, with "…" where it was cut; the highlights are offsets into the snippet. With no match in
 * any text (the hit matched on a keyword), the start of the first text; null when there is none.
 */
export function snippetOf(sources: readonly (string | null | undefined)[], terms: readonly string[]): HighlightedText | null {
  const texts = sources.map((source) => plainText(source)).filter((text) => text.length > 0);
  if (texts.length === 0) return null;
  for (const text of texts) {
    const ranges = matchRanges(text, terms);
    if (ranges.length === 0) continue;
    return cut(text, ranges, ranges[0]!.start);
  }
  return cut(texts[0]!, [], 0);
}

function cut(text: string, ranges: TextRange[], focus: number): HighlightedText {
  if (text.length <= SNIPPET_LENGTH) return { text, highlights: ranges };
  let start = Math.max(0, focus - 50);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < focus ? space + 1 : start;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > focus) end = space;
  }
  const prefix = start > 0 ? "…" : "";
  const suffix = end < text.length ? "…" : "";
  const highlights = ranges
    .filter((range) => range.start >= start && range.start + range.length <= end)
    .map((range) => ({ start: range.start - start + prefix.length, length: range.length }));
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, highlights };
}
