import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { archiveStaffRoles, FieldError } from "~/components/archive-labels";
import { Sv } from "~/components/localized";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink, useLang } from "~/i18n/react";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { RecordIndexLogQuery, RecordIndexSearchQuery } from "./($lang).arkiv.register.graphql";
import { readSearch, toRegisterView, type SearchValues } from "./($lang).arkiv.register.view";

export const meta: MetaFunction = ({ params }) => [{ title: pageTitle(metaT(params, "archive")("register.title")) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params);
  const session = await requireRole(request, ...archiveStaffRoles);
  const { values, input, errors } = readSearch(new URL(request.url).searchParams, lang);
  const result = input
    ? await gatewayRequest({ query: RecordIndexSearchQuery, operationName: "RecordIndexSearch", variables: { input }, accessToken: session.accessToken, signal: request.signal })
    : await gatewayRequest({ query: RecordIndexLogQuery, operationName: "RecordIndexLog", accessToken: session.accessToken, signal: request.signal });
  const view = toRegisterView(result, !!input, lang);
  return data({ values, ...view, fieldErrors: { ...errors, ...view.fieldErrors } }, { headers: { "Cache-Control": "private, no-store" } });
}

const fields: { name: keyof SearchValues; hint?: "purposeHint" }[] = [
  { name: "purpose", hint: "purposeHint" },
  { name: "personnummer" },
  { name: "name" },
  { name: "yearFrom" },
  { name: "yearTo" },
  { name: "unit" },
];
const resultColumns = ["name", "personnummer", "unit", "contacts", "diagnosis", "location"] as const;
const logColumns = ["when", "who", "what", "purpose"] as const;

export default function RecordIndex() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("archive");
  const lang = useLang();
  return (
    <>
      <p><LocaleLink to="/arkiv/arenden">{t("register.toQueue")}</LocaleLink></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-dark">{t("register.title")}</h1>
      <p className="mt-3 max-w-2xl">{t("register.intro")}</p>
      <Form method="get" className="mt-6 grid max-w-2xl gap-4 sm:grid-cols-2">
        {fields.map((f) => {
          const invalid = !!view.fieldErrors[f.name]?.length;
          const describedBy = [f.hint ? `${f.name}-hint` : null, invalid ? `${f.name}-fel` : null].filter(Boolean).join(" ") || undefined;
          return (
            <div key={f.name} className={f.name === "purpose" ? "sm:col-span-2" : undefined}>
              <label htmlFor={f.name} className="font-semibold">{t(`register.fields.${f.name}`)}</label>
              {f.hint ? <p id={`${f.name}-hint`} className="text-muted">{t(`register.fields.${f.hint}`)}</p> : null}
              <input id={f.name} name={f.name} defaultValue={view.values[f.name] ?? ""} aria-invalid={invalid || undefined} aria-describedby={describedBy} className="mt-1 block w-full rounded border border-line px-3 py-2" />
              <FieldError id={`${f.name}-fel`} messages={view.fieldErrors[f.name]} sv={view.swedish.includes(f.name)} />
            </div>
          );
        })}
        <div><button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">{t("register.search")}</button></div>
      </Form>
      {view.found ? (
        <PageSection id="traffar" title={t("register.hits")}>
          {view.found.status === "unavailable" ? <SectionNotice>{t("register.unavailable")}</SectionNotice> : view.found.data.rows.length === 0 ? <EmptyState>{t("register.empty")}</EmptyState> : (
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("register.caption", { count: view.found.data.totalCount })}</caption>
              <thead><tr>{resultColumns.map((h) => <th key={h} scope="col" className="border-b border-line py-2 pr-4">{t(`register.columns.${h}`)}</th>)}</tr></thead>
              <tbody>
                {view.found.data.rows.map((r) => (
                  <tr key={r.id}>
                    <td className="border-b border-line py-2 pr-4"><Sv>{r.name}</Sv></td>
                    <td className="border-b border-line py-2 pr-4">{r.personnummer}</td>
                    <td className="border-b border-line py-2 pr-4"><Sv>{r.unit}</Sv></td>
                    <td className="border-b border-line py-2 pr-4">{r.period}</td>
                    <td className="border-b border-line py-2 pr-4"><Sv>{r.diagnosis}</Sv></td>
                    <td className="border-b border-line py-2">
                      {r.location}
                      {r.location && r.shelf ? ", " : null}
                      {r.shelf ? <Sv>{r.shelf}</Sv> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </PageSection>
      ) : null}
      <PageSection id="logg" title={t("register.logTitle")}>
        {view.log.status === "unavailable" ? <SectionNotice>{t("register.logUnavailable")}</SectionNotice> : view.log.data.length === 0 ? <EmptyState>{t("register.logEmpty")}</EmptyState> : (
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("register.logCaption")}</caption>
            <thead><tr>{logColumns.map((h) => <th key={h} scope="col" className="border-b border-line py-2 pr-4">{t(`register.logColumns.${h}`)}</th>)}</tr></thead>
            <tbody>
              {view.log.data.map((l) => (
                <tr key={l.id}>
                  <td className="border-b border-line py-2 pr-4">{l.at}</td>
                  <td className="border-b border-line py-2 pr-4">{l.who}</td>
                  <td className="border-b border-line py-2 pr-4">
                    <Trans
                      t={t}
                      i18nKey="register.logWhat"
                      count={l.resultCount}
                      values={{ action: l.action, criteria: l.criteria, count: l.resultCount }}
                      components={{ c: <span lang={lang === "sv" ? undefined : "sv"} /> }}
                    />
                  </td>
                  <td className="border-b border-line py-2"><Sv>{l.purpose}</Sv></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PageSection>
    </>
  );
}
