import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Localized, Sv } from "~/components/localized";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink } from "~/i18n/react";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { staffPageRoles } from "~/utils/roles";
import { pageTitle, site } from "~/utils/site";
import { StaffPageQuery } from "./($lang).personal.graphql";
import { toStaffPageView } from "./($lang).personal.view";

export const meta: MetaFunction = ({ params }) => [{ title: pageTitle(metaT(params, "staff")("title")) }];

/** Care staff only: a resident gets 403, an anonymous visitor logs in first and comes back here. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params);
  const session = await requireRole(request, ...staffPageRoles);
  const result = await gatewayRequest({
    query: StaffPageQuery,
    operationName: "StaffPage",
    variables: { region: site.region },
    accessToken: session.accessToken,
    signal: request.signal,
  });
  return data(toStaffPageView(result, lang), { headers: { "Cache-Control": "private, no-store" } });
}

export default function StaffPage() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("staff");
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t("intro")}</p>
      <PageSection id="riktlinjer" title={t("guidelines.title")}>
        <p className="mb-4">
          <LocaleLink to="/riktlinjer">{t("guidelines.allByCategory")}</LocaleLink> · <LocaleLink to="/journalatkomst">{t("guidelines.accessTool")}</LocaleLink>
        </p>
        {view.guidelines.status === "unavailable" ? (
          <SectionNotice>{t("guidelines.unavailable")}</SectionNotice>
        ) : view.guidelines.data.items.length === 0 ? (
          <EmptyState>{t("guidelines.empty")}</EmptyState>
        ) : (
          <ul className="grid gap-4">
            {view.guidelines.data.items.map((g) => (
              <li key={g.id} className="rounded border border-line p-4">
                <h3 className="text-lg font-semibold">
                  <LocaleLink to={g.href}>
                    <Localized text={g.title} />
                  </LocaleLink>
                </h3>
                <p className="text-muted">
                  {g.category} · <Sv>{g.region}</Sv> · <Sv>{g.owner}</Sv>
                  {g.staffOnly ? ` · ${t("guidelines.staffOnly")}` : null}
                </p>
                <p className="mt-2">
                  <Localized text={g.summary} />
                </p>
                {g.reviewDue ? <p className="mt-1 text-muted">{t("guidelines.reviewDue", { date: g.reviewDue })}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </PageSection>
      <PageSection id="interna-nummer" title={t("internalNumbers.title")}>
        {view.internalNumbers.status === "unavailable" ? (
          <SectionNotice>{t("internalNumbers.unavailable")}</SectionNotice>
        ) : view.internalNumbers.data.length === 0 ? (
          <EmptyState>{t("internalNumbers.empty")}</EmptyState>
        ) : (
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("internalNumbers.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b border-line py-2 pr-4">
                  {t("internalNumbers.unit")}
                </th>
                <th scope="col" className="border-b border-line py-2 pr-4">
                  {t("internalNumbers.municipality")}
                </th>
                <th scope="col" className="border-b border-line py-2">
                  {t("internalNumbers.number")}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.internalNumbers.data.map((unit) => (
                <tr key={unit.id}>
                  <td className="border-b border-line py-2 pr-4">
                    <Sv>{unit.name}</Sv>
                  </td>
                  <td className="border-b border-line py-2 pr-4">{unit.municipality ? <Sv>{unit.municipality}</Sv> : null}</td>
                  <td className="border-b border-line py-2">
                    <a href={unit.phone.href}>{unit.phone.text}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PageSection>
    </>
  );
}
