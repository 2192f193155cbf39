import type { FacetView, HitView, SearchView } from "~/routes/sok.view";
import { SearchHighlight } from "./search-highlight";

export function SearchFacets({ facets }: { facets: FacetView[] }) {
  return (
    <nav aria-label="Visa träffar av typ" className="mt-4">
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

export function SearchHitList({ hits, start }: { hits: HitView[]; start: number }) {
  return (
    <ol start={start} className="mt-4 space-y-4" data-testid="sokresultat">
      {hits.map((hit) => (
        <li key={hit.key} className="list-none rounded border border-line p-4">
          <h3 className="text-lg font-bold">
            <a href={hit.path}>
              <SearchHighlight value={hit.title} />
            </a>
          </h3>
          <p className="text-sm text-muted">{hit.typeLabel}</p>
          {hit.snippet ? (
            <p className="mt-1">
              <SearchHighlight value={hit.snippet} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function SearchPagination({ pages }: { pages: SearchView["pages"] }) {
  if (pages.length < 2) return null;
  return (
    <nav aria-label="Sidor i sökresultatet" className="mt-6">
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
              <span className="sr-only">Sida </span>
              {page.number}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SearchTips() {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6">
      <li>Kontrollera stavningen, eller skriv bara början av ordet: ”vårdc” hittar ”vårdcentral”.</li>
      <li>Skriv färre ord: varje ord måste finnas i träffen.</li>
      <li>Sök på ort, typ av vård eller e-tjänst, till exempel ”Luleå”, ”tandvård” eller ”recept”.</li>
      <li>
        Letar du efter en vårdenhet? <a href="/hitta-vard">Hitta vård</a> har filter för kommun, typ och öppettider.
      </li>
    </ul>
  );
}
