import type { ReactNode } from "react";

export type HighlightedText = { text: string; highlights: { start: number; length: number }[] };

/**
 * Plain text with the matched words in <mark>. The ranges are offsets the subgraph computed; the text
 * is only ever rendered as text (React escapes it), never as markup from the database.
 */
export function SearchHighlight({ value }: { value: HighlightedText }) {
  const parts: ReactNode[] = [];
  let at = 0;
  const ranges = [...value.highlights].sort((a, b) => a.start - b.start);
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.start + range.length, value.text.length);
    if (end <= start) continue;
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(
      <mark key={start} className="bg-[#fff1a8] font-semibold text-inherit">
        {value.text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}
