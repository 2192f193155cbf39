import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { buttonClass, inputClass } from "~/components/fee-field";
import { GuidelineList } from "~/components/guideline-list";
import { EmptyState, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink, useLang } from "~/i18n/react";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { staffPageRoles } from "~/utils/roles";
import { pageTitle } from "~/utils/site";
import { GuidelineListQuery } from "./($lang).riktlinjer._index.graphql";
import { guidelineCategoryOptions, readListParams, toGuidelineListView, toListVariables } from "./($lang).riktlinjer._index.view";

export const meta: MetaFunction = ({ params }) => [{ title: pageTitle(metaT(params, "guidelines")("list.title")) }];

const swedishToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());

/** Staff guidance: care staff, editors and admins; others log in or get 403. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params);
  const session = await requireRole(request, ...staffPageRoles);
  const listParams = readListParams(new URL(request.url).searchParams);
  const result = await gatewayRequest({ query: GuidelineListQuery, operationName: "GuidelineList", variables: toListVariables(listParams), accessToken: session.accessToken, signal: request.signal });
  return data({ params: listParams, list: toGuidelineListView(result, listParams, swedishToday(), lang) }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function GuidelinesPage() {
  const { params, list } = useLoaderData<typeof loader>();
  const { t } = useTranslation("guidelines");
  const lang = useLang();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("list.title")}</h1>
      <p className="mt-3 max-w-2xl text-lg">
        <Trans t={t} i18nKey="list.intro" components={{ a: <LocaleLink to="/journalatkomst" /> }} />
      </p>
      <Form method="get" className="mt-6 flex flex-wrap items-end gap-3" aria-label={t("list.filterLabel")}>
        <div>
          <label htmlFor="kategori" className="block font-semibold">
            {t("list.category")}
          </label>
          <select id="kategori" name="kategori" defaultValue={params.category ?? ""} className={inputClass}>
            <option value="">{t("list.allCategories")}</option>
            {guidelineCategoryOptions(lang).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={`${buttonClass} mt-0`}>
          {t("list.show")}
        </button>
      </Form>
      <div className="mt-8">
        {list.status === "unavailable" ? (
          <SectionNotice>{t("list.unavailable")}</SectionNotice>
        ) : list.data.groups.length === 0 ? (
          <EmptyState>{t("list.empty")}</EmptyState>
        ) : (
          <>
            <p role="status">{t("list.count", { count: list.data.totalCount })}</p>
            <GuidelineList groups={list.data.groups} />
            {list.data.nextHref ? (
              <p className="mt-6">
                <LocaleLink to={list.data.nextHref}>{t("list.more")}</LocaleLink>
              </p>
            ) : null}
          </>
        )}
      </div>
    </>
  );
}
