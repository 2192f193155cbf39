import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { archiveStaffRoles } from "~/components/archive-labels";
import { ArchiveBarChart } from "~/components/archive-bar-chart";
import { PageSection, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink } from "~/i18n/react";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { ReleaseStatisticsQuery } from "./($lang).arkiv.statistik.graphql";
import { readYear, toStatisticsView } from "./($lang).arkiv.statistik.view";

export const meta: MetaFunction = ({ params }) => [{ title: pageTitle(metaT(params, "archive")("statistics.metaTitle")) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params);
  const session = await requireRole(request, ...archiveStaffRoles);
  const year = readYear(new URL(request.url).searchParams, new Date().getFullYear());
  const result = await gatewayRequest({ query: ReleaseStatisticsQuery, operationName: "ReleaseStatistics", variables: { year }, accessToken: session.accessToken, signal: request.signal });
  return data({ year, ...toStatisticsView(result, lang) }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function ReleaseStatistics() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("archive");
  const years = view.years.includes(view.year) ? view.years : [view.year, ...view.years];
  return (
    <>
      <p><LocaleLink to="/arkiv/arenden">{t("statistics.toQueue")}</LocaleLink></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-dark">{t("statistics.title", { year: view.year })}</h1>
      <Form method="get" className="mt-4 flex items-end gap-3">
        <div>
          <label htmlFor="ar" className="font-semibold">{t("statistics.year")}</label>
          <select id="ar" name="ar" defaultValue={view.year} className="mt-1 block rounded border border-line px-3 py-2">
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">{t("statistics.show")}</button>
      </Form>
      {view.stats.status === "unavailable" ? (
        <SectionNotice>{t("statistics.unavailable")}</SectionNotice>
      ) : (
        <>
          <dl className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-4">
            {([["cases", view.stats.data.cases], ["mail", view.stats.data.mail], ["digital", view.stats.data.digital], ["refused", view.stats.data.refused]] as const).map(([key, v]) => (
              <div key={key} className="rounded border border-line p-3">
                <dt className="text-muted">{t(`statistics.${key}`)}</dt>
                <dd className="text-2xl font-bold">{v}</dd>
              </div>
            ))}
          </dl>
          <PageSection id="inkommande" title={t("statistics.incomingTitle")}>
            <ArchiveBarChart id="inkommande-diagram" title={t("statistics.incomingChart", { year: view.year })} bars={view.stats.data.incoming} />
          </PageSection>
          <PageSection id="utskick" title={t("statistics.deliveryTitle")}>
            <ArchiveBarChart id="utskick-diagram" title={t("statistics.deliveryChart", { year: view.year })} bars={view.stats.data.delivery} />
          </PageSection>
        </>
      )}
    </>
  );
}
