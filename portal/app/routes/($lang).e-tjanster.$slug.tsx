import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useLocation, useRouteError } from "@remix-run/react";
import { describeError } from "@vardportal/web/error-content";
import { EServiceStaffing, EServiceVerdict } from "~/components/e-service-card";
import { EServiceFilterForm } from "~/components/e-service-filter-form";
import { ErrorPage } from "~/components/error-page";
import { PageSection } from "~/components/page-section";
import { getViewer } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle, site } from "~/utils/site";
import { EServicePageQuery } from "./e-tjanster.$slug.graphql";
import { toEServicePage } from "./e-tjanster.$slug.view";
import { CHANNELS, hasVisitorErrors, MUNICIPALITIES, parseVisitorForm } from "./e-tjanster.visitor.view";

export const meta: MetaFunction<typeof loader> = ({ data: view, error }) => {
  if (error) return [{ title: pageTitle(errorContent(error).title) }];
  return [{ title: pageTitle(view ? view.service.name : "E-tjänst") }, ...(view ? [{ name: "description", content: view.service.summary }] : [])];
};

const swedishToday = (now: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

/** A service's page; the same GET form as the catalogue answers whether the visitor can use it. A slug no service has is a 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session, headers } = await getViewer(request);
  if (session) headers.set("Cache-Control", "private, no-store");
  const now = new Date();
  const form = parseVisitorForm(new URL(request.url).searchParams, { region: site.region, personnummer: session?.user.personnummer, today: swedishToday(now) });
  // A field in error is left out of the question; the page still shows the service, with the message beside the field.
  const result = await gatewayRequest({
    query: EServicePageQuery,
    operationName: "EServicePage",
    variables: { slug: params.slug ?? "", visitor: form.visitor },
    accessToken: session?.accessToken,
    request,
  });
  const outcome = toEServicePage(result, now.toISOString());
  if (outcome.status === "not-found") throw new Response(JSON.stringify({ code: "E_SERVICE_NOT_FOUND" }), { status: 404 });
  if (outcome.status === "unavailable") throw new Response(JSON.stringify({ code: "UNAVAILABLE" }), { status: 503 });
  return data({ service: outcome.view, form: { values: form.values, errors: form.errors, ageFromPersonnummer: form.ageFromPersonnummer } }, { status: hasVisitorErrors(form) ? 400 : 200, headers });
}

export default function EServicePage() {
  const { service, form } = useLoaderData<typeof loader>();
  const location = useLocation();
  return (
    <>
      <p>
        <Link to="/e-tjanster">Alla e-tjänster</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand-dark">{service.name}</h1>
      <p className="mt-1 text-lg text-muted">
        {[service.channelLabel ? `Kanal: ${service.channelLabel}` : null, service.provider ? `Drivs av ${service.provider}` : null].filter(Boolean).join(" · ")}
      </p>
      {service.descriptionHtml ? (
        <div className="mt-4 max-w-2xl [&_li]:mt-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mt-3 [&_ul]:list-disc [&_ul]:pl-6" dangerouslySetInnerHTML={{ __html: service.descriptionHtml }} />
      ) : (
        <p className="mt-4 max-w-2xl">{service.summary}</p>
      )}
      {service.webUrl ? (
        <p className="mt-4">
          <a href={service.webUrl}>Gå till {service.name}</a>
        </p>
      ) : null}

      <PageSection id="passar-den-dig" title="Passar tjänsten dig?">
        <EServiceFilterForm
          key={location.search}
          action={location.pathname}
          withChannel={false}
          values={form.values}
          errors={form.errors}
          ageFromPersonnummer={form.ageFromPersonnummer}
          municipalities={MUNICIPALITIES}
          channels={CHANNELS}
        />
        <EServiceVerdict service={service} />
        {service.whoText ? <p className="mt-4">{service.whoText}</p> : null}
        {service.whereText ? <p className="mt-2">{service.whereText}</p> : null}
      </PageSection>

      {service.staffedHours ? (
        <PageSection id="bemanning" title="När personalen svarar">
          <EServiceStaffing service={service} />
        </PageSection>
      ) : null}

      <PageSection id="kostnad" title="Kostnad">
        <p>{service.cost ?? "Kostnaden är inte angiven."}</p>
      </PageSection>
      <p className="mt-10">E-tjänsterna är inte till för akuta lägen: ring 112 eller åk till akutmottagningen. Rådgivning per telefon får du på 1177.</p>
    </>
  );
}

function errorContent(error: unknown) {
  if (isRouteErrorResponse(error) && error.status === 404) {
    return { status: 404, title: "E-tjänsten finns inte", message: "Det finns ingen e-tjänst på den adressen. Den kan ha fått ett nytt namn eller tagits bort." };
  }
  return describeError(error);
}

export function ErrorBoundary() {
  const error = useRouteError();
  const content = errorContent(error);
  return (
    <>
      <ErrorPage {...content} />
      <p className="mt-4">
        <Link to="/e-tjanster">Se alla e-tjänster</Link>
      </p>
    </>
  );
}
