import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { CareUnitEmptyResults, CareUnitList } from "~/components/care-unit-list";
import { CareUnitSearchForm } from "~/components/care-unit-search-form";
import { PageSection, SectionNotice } from "~/components/page-section";
import { getViewer } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle, site } from "~/utils/site";
import { hasErrors, MAX_TEXT, MUNICIPALITIES, parseSearch, searchOperation, toFindCareView } from "./hitta-vard._index.view";

export const meta: MetaFunction<typeof loader> = ({ data: view }) => {
  const invalid = view && Object.keys(view.errors).length > 0;
  return [
    { title: pageTitle(invalid ? "Hitta vård (kontrollera sökningen)" : "Hitta vård") },
    { name: "description", content: `Sök vårdenheter i ${site.owner}: öppettider, adress och telefon.` },
  ];
};

/**
 * The search is a GET form: the loader reads it from the URL, checks every field, and asks the
 * gateway for one page. A field error is answered with 400 and the form shown again with the message;
 * a page link whose cursor no longer works, with 400 and a way back to the first page.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { session, headers } = await getViewer(request);
  if (session) headers.set("Cache-Control", "private, no-store");
  const search = parseSearch(new URL(request.url).searchParams);
  const now = new Date().toISOString();
  if (hasErrors(search)) return data(toFindCareView(null, search, now), { status: 400, headers });
  const operation = searchOperation(search, { now, region: site.region });
  const result = await gatewayRequest({ ...operation, accessToken: session?.accessToken, signal: request.signal });
  const view = toFindCareView(result, search, now);
  return data(view, { status: view.results.status === "stale" ? 400 : 200, headers });
}

export default function FindCare() {
  const view = useLoaderData<typeof loader>();
  const location = useLocation();
  const { results } = view;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Hitta vård</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Sök bland vårdenheterna i {site.owner}: hälsocentraler, sjukhusens mottagningar, tandvård, ungdomsmottagningar och
        akutmottagningar. Vid livshotande tillstånd: ring 112.
      </p>
      <CareUnitSearchForm
        key={location.search}
        values={view.values}
        errors={view.errors}
        municipalities={MUNICIPALITIES.map((m) => m.name)}
        maxText={MAX_TEXT}
      />
      <PageSection id="sokresultat" title="Sökresultat">
        {results.status === "invalid" ? (
          <SectionNotice>Sökningen kunde inte göras. Rätta det som är markerat i formuläret och sök igen.</SectionNotice>
        ) : results.status === "stale" ? (
          <SectionNotice>
            Länken till den här sidan av sökresultatet fungerar inte längre. <a href={results.firstPageHref}>Visa första sidan</a>.
          </SectionNotice>
        ) : results.status === "unavailable" ? (
          <SectionNotice>Vårdenheterna kan inte visas just nu. Försök igen om en stund.</SectionNotice>
        ) : results.data.totalCount === 0 ? (
          <CareUnitEmptyResults suggestions={view.suggestions} />
        ) : (
          <CareUnitList results={results.data} sortedFrom={view.sortedFrom} />
        )}
      </PageSection>
    </>
  );
}
