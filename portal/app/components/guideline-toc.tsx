import { useTranslation } from "react-i18next";
import type { Lang } from "~/i18n/languages";
import type { TocEntry } from "~/routes/($lang).riktlinjer.$slug.view";

/**
 * "Innehåll"/"Contents": a link to every heading of the guideline, the h3s under their h2. The entries are
 * the body's own headings, so `lang` marks them when an English page shows a Swedish body.
 */
export function GuidelineToc({ entries, lang }: { entries: TocEntry[]; lang?: Lang }) {
  const { t } = useTranslation("guidelines");
  if (entries.length < 2) return null;
  return (
    <nav aria-labelledby="innehall-rubrik" className="mt-6 rounded border border-line bg-surface p-4" data-print="hide">
      <h2 id="innehall-rubrik" className="text-lg font-bold">
        {t("page.toc")}
      </h2>
      <ol lang={lang} className="mt-2 list-decimal pl-6" data-content="">
        {entries.map((e) => (
          <li key={e.id} className={e.level === 3 ? "ml-6 list-[circle]" : undefined}>
            <a href={`#${e.id}`}>{e.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
