import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { PageSection, SectionNotice } from "~/components/page-section";
import { SearchFacets, SearchHitList, SearchPagination, SearchTips } from "~/components/search-results";
import { getViewer } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle, site } from "~/utils/site";
import { SiteSearchQuery } from "./sok.graphql";
import { hasErrors, MAX_QUERY, PAGE_SIZE, parseSearch, searchHref, searchTypes, searchVariables, toSearchView, type SearchErrors } from "./sok.view";

export const meta: MetaFunction<typeof loader> = ({ data: view }) => {
  const q = view?.values.q;
  const invalid = view?.status === "invalid";
  return [
    { title: pageTitle(invalid ? "Sök (kontrollera sökningen)" : q ? `Sökresultat för ”${q}”` : "Sök") },
    { name: "description", content: `Sök bland vårdenheter, e-tjänster, avgifter och arkivet i ${site.owner}.` },
  ];
};

/**
 * A plain GET page: the search is in the URL and works without JavaScript. Each subgraph searches what
 * the viewer may see; the view merges the answers (decision 022). A wrong field is answered with 400
 * and the form again with the message.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { session, headers } = await getViewer(request);
  if (session) headers.set("Cache-Control", "private, no-store");
  const search = parseSearch(new URL(request.url).searchParams);
  if (hasErrors(search)) return data(toSearchView(null, search), { status: 400, headers });
  if (!search.values.q) return data(toSearchView(null, search), { headers });
  const result = await gatewayRequest({
    query: SiteSearchQuery,
    operationName: "SiteSearch",
    variables: searchVariables(search),
    accessToken: session?.accessToken,
    signal: request.signal,
  });
  return data(toSearchView(result, search), { headers });
}

const fieldClass = (invalid: boolean) => `mt-1 block w-full rounded border-2 bg-white px-3 py-2 ${invalid ? "border-[#8a1c1c]" : "border-line"}`;

function FieldError({ name, errors }: { name: keyof SearchErrors; errors: SearchErrors }) {
  return errors[name] ? (
    <p id={`sok-${name}-fel`} className="mt-1 font-semibold text-[#7a1414]">
      {errors[name]}
    </p>
  ) : null;
}

const invalidProps = (name: keyof SearchErrors, errors: SearchErrors) =>
  errors[name] ? { "aria-invalid": true as const, "aria-describedby": `sok-${name}-fel` } : {};

export default function Search() {
  const view = useLoaderData<typeof loader>();
  const location = useLocation();
  const q = view.values.q;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Sök</h1>
      <Form
        key={location.search}
        method="get"
        action="/sok"
        role="search"
        aria-label="Ändra sökningen"
        className="mt-6 grid gap-4 rounded border border-line bg-surface p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
        noValidate
      >
        <div>
          <label htmlFor="sok-q" className="font-semibold">
            Vad söker du?
          </label>
          <input
            id="sok-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={MAX_QUERY}
            autoComplete="off"
            className={fieldClass(!!view.errors.q)}
            {...invalidProps("q", view.errors)}
          />
          <FieldError name="q" errors={view.errors} />
        </div>
        <div>
          <label htmlFor="sok-typ" className="font-semibold">
            Visa
          </label>
          <select id="sok-typ" name="typ" defaultValue={view.values.typ} className={fieldClass(!!view.errors.typ)} {...invalidProps("typ", view.errors)}>
            <option value="">Alla typer</option>
            {searchTypes.map((type) => (
              <option key={type.slug} value={type.slug}>
                {type.label}
              </option>
            ))}
          </select>
          <FieldError name="typ" errors={view.errors} />
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          Sök
        </button>
      </Form>
      {view.errors.sida ? (
        <SectionNotice>
          {view.errors.sida} <a href={searchHref({ q, typ: view.values.typ })}>Visa första sidan</a>.
        </SectionNotice>
      ) : null}
      {view.status === "idle" ? (
        <PageSection id="sokhjalp" title="Så söker du">
          <p>Sök bland vårdenheter, e-tjänster, avgifter och arkivet{" "}– och, för vårdpersonal, bland riktlinjerna.</p>
          <SearchTips />
        </PageSection>
      ) : view.status === "ok" ? (
        <PageSection id="sokresultat" title={view.total === 1 ? `1 träff` : `${view.total} träffar`}>
          {view.unavailable.length === searchTypes.length ? (
            <SectionNotice>Sökningen kan inte göras just nu. Försök igen om en stund.</SectionNotice>
          ) : (
            <>
              {view.unavailable.length > 0 ? (
                <SectionNotice>
                  Träffar bland {view.unavailable.join(", ").toLowerCase()} kan inte visas just nu. Övriga träffar visas.
                </SectionNotice>
              ) : null}
              {view.didYouMean ? (
                <p role="status" className="mt-2 text-lg" data-testid="visar-resultat-for">
                  Inga träffar på ”{q}”. Visar resultat för <strong>”{view.didYouMean}”</strong>.
                </p>
              ) : null}
              {view.total === 0 ? (
                <div>
                  <p className="text-lg">Inga träffar på ”{q}”.</p>
                  <SearchTips />
                </div>
              ) : (
                <>
                  <SearchFacets facets={view.facets} />
                  {view.hits.length === 0 ? (
                    <SectionNotice>
                      Den här sidan av sökresultatet är tom. <a href={searchHref({ q, typ: view.values.typ })}>Visa första sidan</a>.
                    </SectionNotice>
                  ) : (
                    <>
                      <p className="mt-4 text-muted" aria-live="polite">
                        Visar {view.from}–{view.to} av {view.total}.
                      </p>
                      <SearchHitList hits={view.hits} start={view.from} />
                    </>
                  )}
                  <SearchPagination pages={view.pages} />
                  {view.truncated ? (
                    <p className="mt-4 text-muted">Bara de {view.pages.length * PAGE_SIZE} bästa träffarna visas. Skriv fler ord för att hitta rätt.</p>
                  ) : null}
                </>
              )}
            </>
          )}
        </PageSection>
      ) : null}
    </>
  );
}
