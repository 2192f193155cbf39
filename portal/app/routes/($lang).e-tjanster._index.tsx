import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { EServiceCard } from "~/components/e-service-card";
import { EServiceFilterForm } from "~/components/e-service-filter-form";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { getViewer } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle, site } from "~/utils/site";
import { EServiceCatalogueQuery } from "./e-tjanster._index.graphql";
import { PAGE_SIZE, toCatalogueView } from "./e-tjanster._index.view";
import { CHANNELS, hasVisitorErrors, MUNICIPALITIES, parseVisitorForm } from "./e-tjanster.visitor.view";

export const meta: MetaFunction<typeof loader> = ({ data: view }) => [
  { title: pageTitle(view && Object.keys(view.form.errors).length ? "E-tjänster (kontrollera formuläret)" : "E-tjänster") },
  { name: "description", content: `Vilka e-tjänster i ${site.owner} passar dig: ålder, kommun, e-legitimation och när personalen svarar.` },
];

const swedishToday = (now: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

/** A GET form: the loader reads it from the address, checks each field, and asks for one page of the catalogue. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { session, headers } = await getViewer(request);
  if (session) headers.set("Cache-Control", "private, no-store");
  const params = new URL(request.url).searchParams;
  const now = new Date();
  const form = parseVisitorForm(params, { region: site.region, personnummer: session?.user.personnummer, today: swedishToday(now) });
  if (hasVisitorErrors(form)) return data(toCatalogueView(null, form, now.toISOString()), { status: 400, headers });
  const result = await gatewayRequest({
    query: EServiceCatalogueQuery,
    operationName: "EServiceCatalogue",
    variables: { filter: form.filter, visitor: form.visitor, first: PAGE_SIZE, after: params.get("efter") || null },
    accessToken: session?.accessToken,
    signal: request.signal,
  });
  const view = toCatalogueView(result, form, now.toISOString());
  return data(view, { status: view.results.status === "stale" ? 400 : 200, headers });
}

export default function EServices() {
  const view = useLoaderData<typeof loader>();
  const location = useLocation();
  const { results } = view;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">E-tjänster</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Digitala vägar till vården i {site.owner}: vem de är till för, vad de kostar och när personalen svarar. E-tjänsterna är inte
        till för akuta lägen: ring 112 eller åk till akutmottagningen. Sjukvårdsrådgivning får du på 1177.
      </p>
      <EServiceFilterForm
        key={location.search}
        action="/e-tjanster"
        withChannel
        values={view.form.values}
        errors={view.form.errors}
        ageFromPersonnummer={view.form.ageFromPersonnummer}
        municipalities={MUNICIPALITIES}
        channels={CHANNELS}
      />
      <PageSection id="tjanster" title="Tjänster">
        {results.status === "invalid" ? (
          <SectionNotice>Rätta det som är markerat i formuläret och försök igen.</SectionNotice>
        ) : results.status === "stale" ? (
          <SectionNotice>
            Länken till den här sidan fungerar inte längre. <a href={results.firstPageHref}>Visa första sidan</a>.
          </SectionNotice>
        ) : results.status === "unavailable" ? (
          <SectionNotice>E-tjänsterna kan inte visas just nu. Försök igen om en stund.</SectionNotice>
        ) : results.data.services.length === 0 ? (
          <EmptyState>Inga e-tjänster passar det du har valt. Prova att ta bort något val.</EmptyState>
        ) : (
          <>
            <p role="status">{results.data.totalCount === 1 ? "1 tjänst" : `${results.data.totalCount} tjänster`}</p>
            <ul className="mt-4 grid gap-4">
              {results.data.services.map((service) => (
                <EServiceCard key={service.id} service={service} query={view.serviceQuery} />
              ))}
            </ul>
            {results.data.nextPageHref ? (
              <p className="mt-4">
                <a href={results.data.nextPageHref}>Nästa sida</a>
              </p>
            ) : null}
          </>
        )}
      </PageSection>
    </>
  );
}
