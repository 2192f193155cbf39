import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, useLoaderData, useRouteError } from "@remix-run/react";
import { describeError } from "@vardportal/web/error-content";
import type { TFunction } from "i18next";
import { Trans, useTranslation } from "react-i18next";
import { CareUnitContactRoutes } from "~/components/care-unit-contact-routes";
import { CareUnitHours } from "~/components/care-unit-hours";
import { ErrorPage } from "~/components/error-page";
import { Localized, Sv } from "~/components/localized";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink } from "~/i18n/react";
import { getViewer, hasRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { CareUnitPageQuery } from "./($lang).hitta-vard.$hsaId.graphql";
import { staffFieldRoles, toCareUnitPage } from "./($lang).hitta-vard.$hsaId.view";

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

export const meta: MetaFunction<typeof loader> = ({ data: view, error, params }) => {
  const t = metaT(params, "careUnits");
  if (error) {
    const content = errorContent(error, t);
    // A case this route does not word itself is worded as the site's error pages are (by its key).
    const title = content.caseKey === "page" ? content.title : metaT(params)(`errors.${content.caseKey}.title` as "errors.404.title", { defaultValue: content.title });
    return [{ title: pageTitle(title) }];
  }
  return [
    { title: pageTitle(view ? view.unit.name : t("unit.title")) },
    ...(view ? [{ name: "description", content: t("unit.description", { name: view.unit.name }) }] : []),
  ];
};

/**
 * The API decides what an HSA-id is: text it refuses is a 400 with its message, a well-formed id no
 * unit has (or none this viewer may see) a 404, and no answer a 503.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params, "careUnits");
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
  const outcome = toCareUnitPage(result, { staff, lang });
  if (outcome.status === "bad-hsa-id") throw json(400, { code: "BAD_HSA_ID", hsaId });
  if (outcome.status === "not-found") throw json(404, { code: "CARE_UNIT_NOT_FOUND", hsaId });
  if (outcome.status === "unavailable") throw json(503, { code: "UNAVAILABLE" });
  if (session) headers.set("Cache-Control", "private, no-store");
  return data(outcome.view, { headers });
}

export default function CareUnitPage() {
  const { unit, hours, fees, eServices, staff } = useLoaderData<typeof loader>();
  const { t } = useTranslation("careUnits");
  const feesLink = <LocaleLink to="/avgifter" />;
  return (
    <>
      <p>
        <LocaleLink to="/hitta-vard">{t("unit.back")}</LocaleLink>
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand-dark">
        <Sv>{unit.name}</Sv>
      </h1>
      <p className="mt-1 text-lg text-muted">
        {unit.kindLabel}
        {unit.municipality ? (
          <>
            , <Sv>{unit.municipality}</Sv>
          </>
        ) : null}{" "}
        · {t("unit.region", { region: unit.region })}
      </p>
      <p className="mt-3 max-w-2xl">
        <Localized text={unit.description} />
      </p>

      <PageSection id="oppettider" title={t("unit.hoursTitle")}>
        <CareUnitHours hours={hours} />
      </PageSection>

      <PageSection id="hitta-hit" title={t("unit.findUsTitle")}>
        {unit.address ? (
          <p>
            <Sv>{unit.address}</Sv>
          </p>
        ) : (
          <EmptyState>{t("unit.noAddress")}</EmptyState>
        )}
        {unit.map ? (
          <ul className="mt-2 space-y-1">
            <li>
              <a href={unit.map.directionsHref}>{t("unit.directions")}</a>
            </li>
            <li>
              <a href={unit.map.mapHref}>{t("unit.map")}</a>
            </li>
          </ul>
        ) : null}
      </PageSection>

      <PageSection id="kontakt" title={t("unit.contactTitle")}>
        <ul className="space-y-1">
          {unit.phone ? (
            <li>
              {t("unit.phone")} <a href={unit.phone.href}>{unit.phone.text}</a>
            </li>
          ) : null}
          {unit.webUrl ? (
            <li>
              <a href={unit.webUrl}>{t("unit.website")}</a>
            </li>
          ) : null}
          <li>{t("unit.emergency")}</li>
        </ul>
      </PageSection>

      <PageSection id="avgifter" title={t("unit.feesTitle")}>
        {fees.status === "unavailable" ? (
          <SectionNotice>{t("unit.feesUnavailable")}</SectionNotice>
        ) : fees.data === null || fees.data.length === 0 ? (
          <EmptyState>
            <Trans t={t} i18nKey="unit.feesNone" components={{ a: feesLink }} />
          </EmptyState>
        ) : (
          <>
            <p>
              <Trans t={t} i18nKey="unit.feesIntro" components={{ a: feesLink }} />
            </p>
            <table className="mt-4 w-full max-w-xl border-collapse text-left">
              <caption className="sr-only">
                <Trans t={t} i18nKey="unit.feesCaption" values={{ name: unit.name }} components={{ unit: <Sv>{unit.name}</Sv> }} />
              </caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    {t("unit.feeVisit")}
                  </th>
                  <th scope="col" className="py-2 text-right">
                    {t("unit.feeAmount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {fees.data.map((fee) => (
                  <tr key={fee.key} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <Localized text={fee.label} />
                    </th>
                    <td className="py-2 text-right whitespace-nowrap">{fee.amount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </PageSection>

      <PageSection id="e-tjanster" title={t("unit.eServicesTitle")}>
        {eServices.status === "unavailable" ? (
          <SectionNotice>{t("unit.eServicesUnavailable")}</SectionNotice>
        ) : eServices.data.length === 0 ? (
          <EmptyState>
            <Trans t={t} i18nKey="unit.eServicesNone" components={{ a: <LocaleLink to="/e-tjanster" /> }} />
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {eServices.data.map((service) => (
              <li key={service.slug}>
                <LocaleLink to={service.href} className="font-semibold">
                  <Localized text={service.name} />
                </LocaleLink>
                {service.channelLabel ? <span className="text-muted"> ({service.channelLabel})</span> : null}
                <p>
                  <Localized text={service.summary} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      {staff ? <CareUnitContactRoutes section={staff} /> : null}
    </>
  );
}

/**
 * The error page's words for this route, in the page's language: an HSA-id that is not one, and a unit that
 * is not there. Anything else is the site's error page for its case.
 */
function errorContent(error: unknown, t: TFunction<"careUnits">) {
  if (isRouteErrorResponse(error) && error.status === 400) {
    const given = typeof error.data === "object" && error.data !== null ? String((error.data as { hsaId?: unknown }).hsaId ?? "") : "";
    // Whatever was typed in the address is shown back, but not at any length.
    const hsaId = given.length > 40 ? `${given.slice(0, 40)}…` : given;
    return { status: 400, caseKey: "page", title: t("errors.badHsaId.title"), message: t("errors.badHsaId.message", { hsaId }) };
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return { status: 404, caseKey: "page", title: t("errors.notFound.title"), message: t("errors.notFound.message") };
  }
  return describeError(error);
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation("careUnits");
  const content = errorContent(error, t);
  return (
    <>
      <ErrorPage {...content} />
      {content.status === 400 || content.status === 404 ? (
        <p className="mt-4">
          <LocaleLink to="/hitta-vard">{t("errors.searchLink")}</LocaleLink>
        </p>
      ) : null}
    </>
  );
}
