import { Trans, useTranslation } from "react-i18next";
import { LocaleLink, useLang } from "~/i18n/react";
import type { FacetView, HitView, SearchView } from "~/routes/($lang).sok.view";
import { SearchHighlight } from "./search-highlight";

export function SearchFacets({ facets }: { facets: FacetView[] }) {
  const { t } = useTranslation("search");
  return (
    <nav aria-label={t("results.facetsLabel")} className="mt-4">
      <ul className="flex flex-wrap gap-2">
        {facets.map((facet) => (
          <li key={facet.slug || "alla"}>
            <a
              href={facet.href}
              aria-current={facet.current ? "page" : undefined}
              className={`inline-block rounded border-2 border-brand px-3 py-1 font-semibold no-underline hover:underline ${
                facet.current ? "bg-brand text-white" : "text-brand-dark"
              }`}
            >
              {facet.label} <span className="font-normal">({facet.count})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The hits' titles and snippets are the Swedish text the search has: on an English page they are marked so. */
export function SearchHitList({ hits, start }: { hits: HitView[]; start: number }) {
  const sv = useLang() === "sv" ? undefined : "sv";
  return (
    <ol start={start} className="mt-4 space-y-4" data-testid="sokresultat">
      {hits.map((hit) => (
        <li key={hit.key} className="list-none rounded border border-line p-4">
          <h3 className="text-lg font-bold">
            <a href={hit.path} lang={sv}>
              <SearchHighlight value={hit.title} />
            </a>
          </h3>
          <p className="text-sm text-muted">{hit.typeLabel}</p>
          {hit.snippet ? (
            <p className="mt-1" lang={sv}>
              <SearchHighlight value={hit.snippet} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function SearchPagination({ pages }: { pages: SearchView["pages"] }) {
  const { t } = useTranslation("search");
  if (pages.length < 2) return null;
  return (
    <nav aria-label={t("results.pagesLabel")} className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {pages.map((page) => (
          <li key={page.number}>
            <a
              href={page.href}
              aria-current={page.current ? "page" : undefined}
              className={`inline-block min-w-10 rounded border-2 border-brand px-3 py-1 text-center font-semibold no-underline hover:underline ${
                page.current ? "bg-brand text-white" : "text-brand-dark"
              }`}
            >
              <span className="sr-only">{t("results.page")}</span>
              {page.number}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SearchTips() {
  const { t } = useTranslation("search");
  const sv = <span lang={useLang() === "sv" ? undefined : "sv"} />;
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6">
      <li>{t("results.tips.spelling")}</li>
      <li>{t("results.tips.fewer")}</li>
      <li>
        <Trans t={t} i18nKey="results.tips.examples" components={{ sv }} />
      </li>
      <li>
        <Trans t={t} i18nKey="results.tips.findCare" components={{ a: <LocaleLink to="/hitta-vard" /> }} />
      </li>
    </ul>
  );
}
