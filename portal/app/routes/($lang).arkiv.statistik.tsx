import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { archiveStaffRoles } from "~/components/archive-labels";
import { ArchiveBarChart } from "~/components/archive-bar-chart";
import { PageSection, SectionNotice } from "~/components/page-section";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { ReleaseStatisticsQuery } from "./arkiv.statistik.graphql";
import { readYear, toStatisticsView } from "./arkiv.statistik.view";

export const meta: MetaFunction = () => [{ title: pageTitle("Statistik – utlämnanden") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ...archiveStaffRoles);
  const year = readYear(new URL(request.url).searchParams, new Date().getFullYear());
  const result = await gatewayRequest({ query: ReleaseStatisticsQuery, operationName: "ReleaseStatistics", variables: { year }, accessToken: session.accessToken, signal: request.signal });
  return data({ year, ...toStatisticsView(result) }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function ReleaseStatistics() {
  const view = useLoaderData<typeof loader>();
  const years = view.years.includes(view.year) ? view.years : [view.year, ...view.years];
  return (
    <>
      <p><Link to="/arkiv/arenden">Till ärendekön</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-dark">Statistik över utlämnanden {view.year}</h1>
      <Form method="get" className="mt-4 flex items-end gap-3">
        <div>
          <label htmlFor="ar" className="font-semibold">År</label>
          <select id="ar" name="ar" defaultValue={view.year} className="mt-1 block rounded border border-line px-3 py-2">
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">Visa</button>
      </Form>
      {view.stats.status === "unavailable" ? (
        <SectionNotice>Statistiken kan inte visas just nu. Försök igen om en stund.</SectionNotice>
      ) : (
        <>
          <dl className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-4">
            {[["Ärenden", view.stats.data.cases], ["Rekommenderat brev", view.stats.data.mail], ["Skickade digitalt", view.stats.data.digital], ["Avslag", view.stats.data.refused]].map(([t, v]) => (
              <div key={t} className="rounded border border-line p-3">
                <dt className="text-muted">{t}</dt>
                <dd className="text-2xl font-bold">{v}</dd>
              </div>
            ))}
          </dl>
          <PageSection id="inkommande" title="Så kom beställningarna">
            <ArchiveBarChart id="inkommande-diagram" title={`Ärenden ${view.year} efter kanal in`} bars={view.stats.data.incoming} />
          </PageSection>
          <PageSection id="utskick" title="Så skickades kopiorna">
            <ArchiveBarChart id="utskick-diagram" title={`Skickade kopior ${view.year} efter kanal ut`} bars={view.stats.data.delivery} />
          </PageSection>
        </>
      )}
    </>
  );
}
