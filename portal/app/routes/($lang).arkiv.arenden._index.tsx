import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { archiveLabel, archiveStaffRoles } from "~/components/archive-labels";
import { Sv } from "~/components/localized";
import { EmptyState, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink, useLang } from "~/i18n/react";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { ReleaseQueueQuery } from "./($lang).arkiv.arenden._index.graphql";
import { queueAssignees, queueSorts, queueStatuses, readQueueParams, toQueueView } from "./($lang).arkiv.arenden._index.view";

export const meta: MetaFunction = ({ params }) => [{ title: pageTitle(metaT(params, "archive")("queue.metaTitle")) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params);
  const session = await requireRole(request, ...archiveStaffRoles);
  const { values, variables } = readQueueParams(new URL(request.url).searchParams);
  const result = await gatewayRequest({ query: ReleaseQueueQuery, operationName: "ReleaseQueue", variables, accessToken: session.accessToken, signal: request.signal });
  return data({ values, queue: toQueueView(result, lang) }, { headers: { "Cache-Control": "private, no-store" } });
}

const select = "mt-1 block rounded border border-line px-3 py-2";

export default function ReleaseQueue() {
  const { values, queue } = useLoaderData<typeof loader>();
  const { t } = useTranslation("archive");
  const lang = useLang();
  const columns = ["reference", "received", "channel", "careUnit", "status", "assignee"] as const;
  const nextHref = queue.status === "ok" && queue.data.next ? `?${new URLSearchParams({ status: values.status, sort: values.sort, assignee: values.assignee, after: queue.data.next })}` : null;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("queue.title")}</h1>
      <p className="mt-3"><LocaleLink to="/arkiv/statistik">{t("queue.statistics")}</LocaleLink> · <LocaleLink to="/arkiv/register">{t("queue.register")}</LocaleLink></p>
      <Form method="get" className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="status" className="font-semibold">{t("queue.status")}</label>
          <select id="status" name="status" defaultValue={values.status} className={select}>
            <option value="">{t("queue.all")}</option>
            {queueStatuses.map((s) => <option key={s} value={s}>{archiveLabel("releaseStatus", s, lang)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="assignee" className="font-semibold">{t("queue.assignee")}</label>
          <select id="assignee" name="assignee" defaultValue={values.assignee} className={select}>
            {queueAssignees.map((v) => <option key={v} value={v}>{t(`queue.assignees.${v}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="font-semibold">{t("queue.sort")}</label>
          <select id="sort" name="sort" defaultValue={values.sort} className={select}>
            {queueSorts.map((v) => <option key={v} value={v}>{t(`queue.sorts.${v}`)}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">{t("queue.show")}</button>
      </Form>
      <section aria-labelledby="ko-rubrik" className="mt-8">
        <h2 id="ko-rubrik" className="text-2xl font-bold text-brand-dark">{queue.status === "ok" ? t("queue.headingCount", { count: queue.data.totalCount }) : t("queue.heading")}</h2>
        {queue.status === "unavailable" ? (
          <SectionNotice>{t("queue.unavailable")}</SectionNotice>
        ) : queue.data.rows.length === 0 ? (
          <EmptyState>{t("queue.empty")}</EmptyState>
        ) : (
          <table className="mt-4 w-full border-collapse text-left">
            <caption className="sr-only">{t("queue.caption")}</caption>
            <thead>
              <tr>
                {columns.map((h) => <th key={h} scope="col" className="border-b border-line py-2 pr-4">{t(`queue.columns.${h}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {queue.data.rows.map((r) => (
                <tr key={r.id}>
                  <td className="border-b border-line py-2 pr-4"><LocaleLink to={`/arkiv/arenden/${r.id}`}>{r.referenceNumber}</LocaleLink></td>
                  <td className="border-b border-line py-2 pr-4">{r.receivedOn}</td>
                  <td className="border-b border-line py-2 pr-4">{r.channel}</td>
                  <td className="border-b border-line py-2 pr-4"><Sv>{r.careUnit}</Sv></td>
                  <td className="border-b border-line py-2 pr-4">{r.status}</td>
                  <td className="border-b border-line py-2"><Sv>{r.assignee}</Sv></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {nextHref ? <p className="mt-4"><LocaleLink to={nextHref}>{t("queue.next")}</LocaleLink></p> : null}
      </section>
    </>
  );
}
