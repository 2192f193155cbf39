import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { EServiceCard } from "~/components/e-service-card";
import { EServiceFilterForm } from "~/components/e-service-filter-form";
import { EmptyState, FormErrorNotice, PageSection, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { useLocalePath } from "~/i18n/react";
import { getViewer } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle, site } from "~/utils/site";
import { EServiceCatalogueQuery } from "./($lang).e-tjanster._index.graphql";
import { PAGE_SIZE, toCatalogueView } from "./($lang).e-tjanster._index.view";
import { channelOptions, hasVisitorErrors, MUNICIPALITIES, parseVisitorForm } from "./($lang).e-tjanster.visitor.view";

export const meta: MetaFunction<typeof loader> = ({ data: view, params }) => {
  const t = metaT(params, "eServices");
  return [
    { title: pageTitle(view && Object.keys(view.form.errors).length ? t("catalogue.titleWithErrors") : t("catalogue.title")) },
    { name: "description", content: t("catalogue.metaDescription", { owner: site.owner }) },
  ];
};

const swedishToday = (now: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

/** A GET form: the loader reads it from the address, checks each field, and asks for one page of the catalogue. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params, "eServices");
  const { session, headers } = await getViewer(request);
  if (session) headers.set("Cache-Control", "private, no-store");
  const search = new URL(request.url).searchParams;
  const now = new Date();
  const form = parseVisitorForm(search, { region: site.region, personnummer: session?.user.personnummer, today: swedishToday(now), lang });
  const channels = channelOptions(lang);
  if (hasVisitorErrors(form)) return data({ ...toCatalogueView(null, form, now.toISOString(), lang), channels }, { status: 400, headers });
  const result = await gatewayRequest({
    query: EServiceCatalogueQuery,
    operationName: "EServiceCatalogue",
    variables: { filter: form.filter, visitor: form.visitor, first: PAGE_SIZE, after: search.get("efter") || null },
    accessToken: session?.accessToken,
    signal: request.signal,
  });
  const view = toCatalogueView(result, form, now.toISOString(), lang);
  return data({ ...view, channels }, { status: view.results.status === "stale" ? 400 : 200, headers });
}

export default function EServices() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("eServices");
  const lp = useLocalePath();
  const location = useLocation();
  const { results } = view;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("catalogue.title")}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t("catalogue.intro", { owner: site.owner })}</p>
      <EServiceFilterForm
        key={location.search}
        action={lp("/e-tjanster")}
        withChannel
        values={view.form.values}
        errors={view.form.errors}
        ageFromPersonnummer={view.form.ageFromPersonnummer}
        municipalities={MUNICIPALITIES}
        channels={view.channels}
      />
      <PageSection id="tjanster" title={t("catalogue.servicesTitle")}>
        {results.status === "invalid" ? (
          <FormErrorNotice>{t("catalogue.invalid")}</FormErrorNotice>
        ) : results.status === "stale" ? (
          <SectionNotice>
            <Trans t={t} i18nKey="catalogue.stale" components={{ a: <a href={lp(results.firstPageHref)} /> }} />
          </SectionNotice>
        ) : results.status === "unavailable" ? (
          <SectionNotice>{t("catalogue.unavailable")}</SectionNotice>
        ) : results.data.services.length === 0 ? (
          <EmptyState>{t("catalogue.empty")}</EmptyState>
        ) : (
          <>
            <p role="status">{t("catalogue.count", { count: results.data.totalCount })}</p>
            <ul className="mt-4 grid gap-4">
              {results.data.services.map((service) => (
                <EServiceCard key={service.id} service={service} query={view.serviceQuery} />
              ))}
            </ul>
            {results.data.nextPageHref ? (
              <p className="mt-4">
                <a href={lp(results.data.nextPageHref)}>{t("catalogue.nextPage")}</a>
              </p>
            ) : null}
          </>
        )}
      </PageSection>
    </>
  );
}
