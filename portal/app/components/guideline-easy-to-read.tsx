import { useTranslation } from "react-i18next";
import type { EasyToReadView } from "~/routes/($lang).riktlinjer.$slug.view";
import { FallbackNotice } from "./localized";

/**
 * The easy-to-read summary (lättläst) at the top of a guideline: a titled box of plain paragraphs in
 * larger text. On an English page without an English summary it is the Swedish one, marked.
 */
export function GuidelineEasyToRead({ easyToRead }: { easyToRead: EasyToReadView }) {
  const { t } = useTranslation("guidelines");
  return (
    <section aria-labelledby="lattlast-rubrik" className="mt-6 max-w-2xl rounded border-2 border-brand bg-surface p-4" data-testid="easy-to-read">
      <h2 id="lattlast-rubrik" className="text-2xl font-bold text-brand-dark">
        {t("page.easyToRead")}
      </h2>
      {easyToRead.fallback ? (
        <div className="mt-2">
          <FallbackNotice />
        </div>
      ) : null}
      <div lang={easyToRead.fallback ? easyToRead.lang : undefined} className="text-xl leading-relaxed" data-content="">
        {easyToRead.paragraphs.map((paragraph, i) => (
          <p key={i} className="mt-3 whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      </div>
    </section>
  );
}
