import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, useLoaderData, useLocation, useRouteError } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { describeError } from "@vardportal/web/error-content";
import { EServiceByline, EServiceStaffing, EServiceVerdict } from "~/components/e-service-card";
import { EServiceFilterForm } from "~/components/e-service-filter-form";
import { ErrorPage } from "~/components/error-page";
import { Localized, LocalizedHtml } from "~/components/localized";
import { EasyToRead } from "~/components/easy-to-read";
import { PageSection } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink } from "~/i18n/react";
import { getViewer } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle, site } from "~/utils/site";
import { EServicePageQuery } from "./($lang).e-tjanster.$slug.graphql";
import { toEServicePage, type EServicePageView } from "./($lang).e-tjanster.$slug.view";
import { channelOptions, hasVisitorErrors, MUNICIPALITIES, parseVisitorForm } from "./($lang).e-tjanster.visitor.view";

export const meta: MetaFunction<typeof loader> = ({ data: view, error, params }) => {
  if (error) return [{ title: pageTitle(errorContent(error, metaT(params, "eServices"), metaT(params)).title) }];
  const t = metaT(params, "eServices");
  return [{ title: pageTitle(view ? view.service.name.text : t("service.title")) }, ...(view ? [{ name: "description", content: view.service.summary.text }] : [])];
};

const swedishToday = (now: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

/** A service's page; the same GET form as the catalogue answers whether the visitor can use it. A slug no service has is a 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params, "eServices");
  const { session, headers } = await getViewer(request);
  if (session) headers.set("Cache-Control", "private, no-store");
  const now = new Date();
  const form = parseVisitorForm(new URL(request.url).searchParams, { region: site.region, personnummer: session?.user.personnummer, today: swedishToday(now), lang });
  // A field in error is left out of the question; the page still shows the service, with the message beside the field.
  const result = await gatewayRequest({
    query: EServicePageQuery,
    operationName: "EServicePage",
    variables: { slug: params.slug ?? "", visitor: form.visitor },
    accessToken: session?.accessToken,
    request,
  });
  const outcome = toEServicePage(result, now.toISOString(), lang);
  if (outcome.status === "not-found") throw new Response(JSON.stringify({ code: "E_SERVICE_NOT_FOUND" }), { status: 404 });
  if (outcome.status === "unavailable") throw new Response(JSON.stringify({ code: "UNAVAILABLE" }), { status: 503 });
  return data(
    {
      service: outcome.view,
      form: { values: form.values, errors: form.errors, ageFromPersonnummer: form.ageFromPersonnummer },
      channels: channelOptions(lang),
    },
    { status: hasVisitorErrors(form) ? 400 : 200, headers },
  );
}

export default function EServicePage() {
  const { service, form, channels } = useLoaderData<typeof loader>();
  const { t } = useTranslation("eServices");
  const location = useLocation();
  return (
    <>
      <p>
        <LocaleLink to="/e-tjanster">{t("service.allServices")}</LocaleLink>
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand-dark">
        <Localized text={service.name} />
      </h1>
      <p className="mt-1 text-lg text-muted">
        <EServiceByline service={service} />
      </p>
      {service.easyToRead ? <EasyToRead title={t("service.easyToRead")} {...service.easyToRead} /> : null}
      {service.description ? (
        <LocalizedHtml
          html={service.description.html}
          lang={service.description.lang}
          fallback={service.description.fallback}
          className="mt-4 max-w-2xl [&_li]:mt-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mt-3 [&_ul]:list-disc [&_ul]:pl-6"
        />
      ) : (
        <p className="mt-4 max-w-2xl">
          <Localized text={service.summary} />
        </p>
      )}
      {service.webUrl ? (
        <p className="mt-4">
          <a href={service.webUrl}>
            {t("service.goTo")}{" "}
            <span lang={service.name.fallback ? "sv" : undefined} data-content="">
              {service.name.text}
            </span>
          </a>
        </p>
      ) : null}

      <PageSection id="passar-den-dig" title={t("service.fitsTitle")}>
        <EServiceFilterForm
          key={location.search}
          action={location.pathname}
          withChannel={false}
          values={form.values}
          errors={form.errors}
          ageFromPersonnummer={form.ageFromPersonnummer}
          municipalities={MUNICIPALITIES}
          channels={channels}
        />
        <EServiceVerdict service={service} />
        {service.whoText ? (
          <p className="mt-4">
            <Localized text={service.whoText} />
          </p>
        ) : null}
        {service.whereText ? (
          <p className="mt-2">
            <Localized text={service.whereText} />
          </p>
        ) : null}
      </PageSection>

      {service.staffedHours ? (
        <PageSection id="bemanning" title={t("service.staffingTitle")}>
          <EServiceStaffing service={service} />
        </PageSection>
      ) : null}

      <PageSection id="kostnad" title={t("service.costTitle")}>
        <p>{service.cost ? <Localized text={service.cost} /> : t("service.costMissing")}</p>
      </PageSection>
      <p className="mt-10">{t("service.notUrgent")}</p>
    </>
  );
}

function errorContent(error: unknown, t: TFunction<"eServices">, common: TFunction<"common">) {
  if (isRouteErrorResponse(error) && error.status === 404) {
    return { status: 404, caseKey: "page", title: t("service.notFound.title"), message: t("service.notFound.message") };
  }
  const content = describeError(error);
  const key = content.caseKey as "404";
  return {
    ...content,
    title: common(`errors.${key}.title`, { defaultValue: content.title }),
    message: common(`errors.${key}.message`, { defaultValue: content.message }),
  };
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation("eServices");
  const { t: common } = useTranslation();
  const content = errorContent(error, t, common);
  return (
    <>
      <ErrorPage {...content} />
      <p className="mt-4">
        <LocaleLink to="/e-tjanster">{t("service.seeAll")}</LocaleLink>
      </p>
    </>
  );
}
