import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import { describeError } from "@vardportal/web/error-content";
import { CareUnitContactRoutes } from "~/components/care-unit-contact-routes";
import { CareUnitHours } from "~/components/care-unit-hours";
import { ErrorPage } from "~/components/error-page";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { getViewer, hasRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { CareUnitPageQuery } from "./hitta-vard.$hsaId.graphql";
import { staffFieldRoles, toCareUnitPage } from "./hitta-vard.$hsaId.view";

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

export const meta: MetaFunction<typeof loader> = ({ data: view, error }) => {
  if (error) return [{ title: pageTitle(errorContent(error).title) }];
  return [
    { title: pageTitle(view ? view.unit.name : "Vårdenhet") },
    ...(view ? [{ name: "description", content: `Öppettider, adress och kontaktuppgifter för ${view.unit.name}.` }] : []),
  ];
};

/**
 * The API decides what an HSA-id is: text it refuses is a 400 with its message, a well-formed id no
 * unit has (or none this viewer may see) a 404, and no answer a 503.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session, headers } = await getViewer(request);
  const staff = hasRole(session, ...staffFieldRoles);
  const hsaId = params.hsaId ?? "";
  const result = await gatewayRequest({
    query: CareUnitPageQuery,
    operationName: "CareUnitPage",
    variables: { hsaId, staff },
    accessToken: session?.accessToken,
    request,
  });
  const outcome = toCareUnitPage(result, { staff });
  if (outcome.status === "bad-hsa-id") throw json(400, { code: "BAD_HSA_ID", hsaId });
  if (outcome.status === "not-found") throw json(404, { code: "CARE_UNIT_NOT_FOUND", hsaId });
  if (outcome.status === "unavailable") throw json(503, { code: "UNAVAILABLE" });
  if (session) headers.set("Cache-Control", "private, no-store");
  return data(outcome.view, { headers });
}

export default function CareUnitPage() {
  const { unit, hours, fees, eServices, staff } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to="/hitta-vard">Tillbaka till Hitta vård</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand-dark">{unit.name}</h1>
      <p className="mt-1 text-lg text-muted">
        {unit.kindLabel}
        {unit.municipality ? `, ${unit.municipality}` : null} · Region {unit.region}
      </p>
      <p className="mt-3 max-w-2xl">{unit.description}</p>

      <PageSection id="oppettider" title="Öppettider">
        <CareUnitHours hours={hours} />
      </PageSection>

      <PageSection id="hitta-hit" title="Hitta hit">
        {unit.address ? <p>{unit.address}</p> : <EmptyState>Adressen finns inte angiven.</EmptyState>}
        {unit.map ? (
          <ul className="mt-2 space-y-1">
            <li>
              <a href={unit.map.directionsHref}>Vägbeskrivning hit (OpenStreetMap)</a>
            </li>
            <li>
              <a href={unit.map.mapHref}>Visa på karta (OpenStreetMap)</a>
            </li>
          </ul>
        ) : null}
      </PageSection>

      <PageSection id="kontakt" title="Kontakt">
        <ul className="space-y-1">
          {unit.phone ? (
            <li>
              Telefon: <a href={unit.phone.href}>{unit.phone.text}</a>
            </li>
          ) : null}
          {unit.webUrl ? (
            <li>
              <a href={unit.webUrl}>Vårdenhetens webbplats</a>
            </li>
          ) : null}
          <li>Vid livshotande tillstånd: ring 112. Sjukvårdsrådgivning dygnet runt: ring 1177.</li>
        </ul>
      </PageSection>

      <PageSection id="avgifter" title="Avgifter">
        {fees.status === "unavailable" ? (
          <SectionNotice>Avgifterna kan inte visas just nu. Försök igen om en stund.</SectionNotice>
        ) : fees.data === null || fees.data.length === 0 ? (
          <EmptyState>
            Regionens avgiftstabell anger inga avgifter för den här sortens vårdenhet. Tandvård har egna taxor; fråga
            mottagningen. Se också <Link to="/avgifter">Avgifter</Link>.
          </EmptyState>
        ) : (
          <>
            <p>Det här kostar ett besök här. Barn och unga kan vara avgiftsbefriade; se <Link to="/avgifter">Avgifter</Link>.</p>
            <table className="mt-4 w-full max-w-xl border-collapse text-left">
              <caption className="sr-only">Patientavgifter som gäller vid {unit.name}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    Besök
                  </th>
                  <th scope="col" className="py-2 text-right">
                    Avgift
                  </th>
                </tr>
              </thead>
              <tbody>
                {fees.data.map((fee) => (
                  <tr key={fee.key} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {fee.label}
                    </th>
                    <td className="py-2 text-right whitespace-nowrap">{fee.amount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </PageSection>

      <PageSection id="e-tjanster" title="E-tjänster här">
        {eServices.status === "unavailable" ? (
          <SectionNotice>E-tjänsterna kan inte visas just nu. Försök igen om en stund.</SectionNotice>
        ) : eServices.data.length === 0 ? (
          <EmptyState>
            Vårdenheten erbjuder inga e-tjänster som vi känner till. Se alla <Link to="/e-tjanster">e-tjänster i regionen</Link>.
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {eServices.data.map((service) => (
              <li key={service.slug}>
                <Link to={service.href} className="font-semibold">
                  {service.name}
                </Link>
                {service.channelLabel ? <span className="text-muted"> ({service.channelLabel})</span> : null}
                <p>{service.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      {staff ? <CareUnitContactRoutes section={staff} /> : null}
    </>
  );
}

/** The error page's words for this route: an HSA-id that is not one, and a unit that is not there. */
function errorContent(error: unknown) {
  if (isRouteErrorResponse(error) && error.status === 400) {
    const given = typeof error.data === "object" && error.data !== null ? String((error.data as { hsaId?: unknown }).hsaId ?? "") : "";
    // Whatever was typed in the address is shown back, but not at any length.
    const hsaId = given.length > 40 ? `${given.slice(0, 40)}…` : given;
    return {
      status: 400,
      title: "Ogiltigt HSA-id",
      message: `”${hsaId}” är inte ett HSA-id. Ett HSA-id börjar med SE, följt av tio siffror, ett bindestreck och bokstäver eller siffror, till exempel SE2321000230-EX01.`,
    };
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return { status: 404, title: "Vårdenheten finns inte", message: "Det finns ingen vårdenhet med det HSA-id:t. Den kan ha bytt namn, slagits ihop med en annan eller lagts ned." };
  }
  return describeError(error);
}

export function ErrorBoundary() {
  const error = useRouteError();
  const content = errorContent(error);
  return (
    <>
      <ErrorPage {...content} />
      {content.status === 400 || content.status === 404 ? (
        <p className="mt-4">
          <Link to="/hitta-vard">Sök bland vårdenheterna i Hitta vård</Link>
        </p>
      ) : null}
    </>
  );
}
