import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { PageSection, SectionNotice } from "~/components/page-section";
import { SearchFacets, SearchHitList, SearchPagination, SearchTips } from "~/components/search-results";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { useLang, useLocalePath } from "~/i18n/react";
import { getViewer } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle, site } from "~/utils/site";
import { SiteSearchQuery } from "./($lang).sok.graphql";
import { hasErrors, MAX_QUERY, PAGE_SIZE, parseSearch, searchHref, searchTypeLabel, searchTypes, searchVariables, toSearchView, type SearchErrors } from "./($lang).sok.view";

export const meta: MetaFunction<typeof loader> = ({ data: view, params }) => {
  const t = metaT(params, "search");
  const q = view?.values.q;
  const invalid = view?.status === "invalid";
  return [
    { title: pageTitle(invalid ? t("meta.invalid") : q ? t("meta.results", { q }) : t("meta.title")) },
    { name: "description", content: t("meta.description", { owner: site.owner }) },
  ];
};

/**
 * A plain GET page: the search is in the URL and works without JavaScript. Each subgraph searches what
 * the viewer may see; the view merges the answers (decision 022). A wrong field is answered with 400
 * and the form again with the message.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params);
  const { session, headers } = await getViewer(request);
  if (session) headers.set("Cache-Control", "private, no-store");
  const search = parseSearch(new URL(request.url).searchParams, lang);
  if (hasErrors(search)) return data(toSearchView(null, search, lang), { status: 400, headers });
  if (!search.values.q) return data(toSearchView(null, search, lang), { headers });
  const result = await gatewayRequest({
    query: SiteSearchQuery,
    operationName: "SiteSearch",
    variables: searchVariables(search),
    accessToken: session?.accessToken,
    signal: request.signal,
  });
  return data(toSearchView(result, search, lang), { headers });
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
  const { t } = useTranslation("search");
  const lang = useLang();
  const lp = useLocalePath();
  const q = view.values.q;
  const firstPage = searchHref({ q, typ: view.values.typ }, lang);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("page.title")}</h1>
      <Form
        key={location.search}
        method="get"
        action={lp("/sok")}
        role="search"
        aria-label={t("page.formLabel")}
        className="mt-6 grid gap-4 rounded border border-line bg-surface p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
        noValidate
      >
        <div>
          <label htmlFor="sok-q" className="font-semibold">
            {t("page.query")}
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
            {t("page.type")}
          </label>
          <select id="sok-typ" name="typ" defaultValue={view.values.typ} className={fieldClass(!!view.errors.typ)} {...invalidProps("typ", view.errors)}>
            <option value="">{t("page.allTypes")}</option>
            {searchTypes.map((type) => (
              <option key={type.slug} value={type.slug}>
                {searchTypeLabel(type, lang)}
              </option>
            ))}
          </select>
          <FieldError name="typ" errors={view.errors} />
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("page.submit")}
        </button>
      </Form>
      {view.errors.sida ? (
        <SectionNotice>
          {view.errors.sida} <a href={firstPage}>{t("page.firstPage")}</a>.
        </SectionNotice>
      ) : null}
      {view.status === "idle" ? (
        <PageSection id="sokhjalp" title={t("page.helpTitle")}>
          <p>{t("page.help")}</p>
          <SearchTips />
        </PageSection>
      ) : view.status === "ok" ? (
        <PageSection id="sokresultat" title={t("page.hits", { count: view.total })}>
          {view.unavailable.length === searchTypes.length ? (
            <SectionNotice>{t("page.unavailable")}</SectionNotice>
          ) : (
            <>
              {view.unavailable.length > 0 ? (
                <SectionNotice>
                  {t("page.partlyUnavailable", { types: view.unavailable.join(", ").toLowerCase() })}
                </SectionNotice>
              ) : null}
              {view.didYouMean ? (
                <p role="status" className="mt-2 text-lg" data-testid="visar-resultat-for">
                  <Trans t={t} i18nKey="page.didYouMean" values={{ q, suggestion: view.didYouMean }} components={{ strong: <strong />, sv: <span lang={lang === "sv" ? undefined : "sv"} /> }} />
                </p>
              ) : null}
              {view.total === 0 ? (
                <div>
                  <p className="text-lg">{t("page.noHits", { q })}</p>
                  <SearchTips />
                </div>
              ) : (
                <>
                  <SearchFacets facets={view.facets} />
                  {view.hits.length === 0 ? (
                    <SectionNotice>
                      <Trans t={t} i18nKey="page.emptyPage" components={{ a: <a href={firstPage} /> }} />
                    </SectionNotice>
                  ) : (
                    <>
                      <p className="mt-4 text-muted" aria-live="polite">
                        {t("page.showing", { from: view.from, to: view.to, total: view.total })}
                      </p>
                      <SearchHitList hits={view.hits} start={view.from} />
                    </>
                  )}
                  <SearchPagination pages={view.pages} />
                  {view.truncated ? (
                    <p className="mt-4 text-muted">{t("page.truncated", { count: view.pages.length * PAGE_SIZE })}</p>
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
