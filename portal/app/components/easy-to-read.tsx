import type { Lang } from "~/i18n/languages";
import { FallbackNotice } from "./localized";

/**
 * The easy-to-read summary (lättläst) at the top of an e-service or a guideline: a titled box of plain
 * paragraphs (each a list of lines) in larger text. On an English page without an English summary it is the
 * Swedish one, marked.
 */
export function EasyToRead({ title, paragraphs, lang, fallback }: { title: string; paragraphs: string[][]; lang: Lang; fallback: boolean }) {
  return (
    <section aria-labelledby="lattlast-rubrik" className="mt-6 max-w-2xl rounded border-2 border-brand bg-surface p-5" data-testid="easy-to-read">
      <h2 id="lattlast-rubrik" className="text-2xl font-bold text-brand-dark">
        {title}
      </h2>
      {fallback ? (
        <div className="mt-3">
          <FallbackNotice />
        </div>
      ) : null}
      <div lang={fallback ? lang : undefined} className="text-xl leading-relaxed" data-content="">
        {paragraphs.map((lines, i) => (
          <p key={i} className="mt-3">
            {lines.map((line, j) => (
              <span key={j}>
                {j > 0 ? <br /> : null}
                {line}
              </span>
            ))}
          </p>
        ))}
      </div>
    </section>
  );
}
