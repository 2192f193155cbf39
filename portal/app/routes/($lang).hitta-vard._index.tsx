import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { CareUnitEmptyResults, CareUnitList } from "~/components/care-unit-list";
import { CareUnitSearchForm } from "~/components/care-unit-search-form";
import { FormErrorNotice, PageSection, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink } from "~/i18n/react";
import { getViewer } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle, site } from "~/utils/site";
import { hasErrors, MAX_TEXT, MUNICIPALITIES, parseSearch, searchOperation, toFindCareView } from "./($lang).hitta-vard._index.view";

export const meta: MetaFunction<typeof loader> = ({ data: view, params }) => {
  const t = metaT(params, "careUnits");
  const invalid = view && Object.keys(view.errors).length > 0;
  return [
    { title: pageTitle(invalid ? t("search.titleInvalid") : t("search.title")) },
    { name: "description", content: t("search.description", { owner: site.owner }) },
  ];
};

/**
 * The search is a GET form: the loader reads it from the URL, checks every field, and asks the
 * gateway for one page. A field error is answered with 400 and the form shown again with the message;
 * a page link whose cursor no longer works, with 400 and a way back to the first page.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params, "careUnits");
  const { session, headers } = await getViewer(request);
  if (session) headers.set("Cache-Control", "private, no-store");
  const search = parseSearch(new URL(request.url).searchParams, lang);
  const now = new Date().toISOString();
  if (hasErrors(search)) return data(toFindCareView(null, search, now, lang), { status: 400, headers });
  const operation = searchOperation(search, { now, region: site.region });
  const result = await gatewayRequest({ ...operation, accessToken: session?.accessToken, signal: request.signal });
  const view = toFindCareView(result, search, now, lang);
  return data(view, { status: view.results.status === "stale" ? 400 : 200, headers });
}

export default function FindCare() {
  const view = useLoaderData<typeof loader>();
  const location = useLocation();
  const { t } = useTranslation("careUnits");
  const { results } = view;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("search.heading")}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t("search.intro", { owner: site.owner })}</p>
      <CareUnitSearchForm
        key={location.search}
        values={view.values}
        errors={view.errors}
        municipalities={MUNICIPALITIES.map((m) => m.name)}
        maxText={MAX_TEXT}
      />
      <PageSection id="sokresultat" title={t("search.resultsTitle")}>
        {results.status === "invalid" ? (
          <FormErrorNotice>{t("search.invalid")}</FormErrorNotice>
        ) : results.status === "stale" ? (
          <SectionNotice>
            <Trans t={t} i18nKey="search.stale" components={{ a: <LocaleLink to={results.firstPageHref} /> }} />
          </SectionNotice>
        ) : results.status === "unavailable" ? (
          <SectionNotice>{t("search.unavailable")}</SectionNotice>
        ) : results.data.totalCount === 0 ? (
          <CareUnitEmptyResults suggestions={view.suggestions} />
        ) : (
          <CareUnitList results={results.data} sortedFrom={view.sortedFrom} />
        )}
      </PageSection>
    </>
  );
}
