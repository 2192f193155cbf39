import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { AccessAnswer } from "~/components/access-answer";
import { AccessForm } from "~/components/access-form";
import { PageSection, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink } from "~/i18n/react";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { staffPageRoles } from "~/utils/roles";
import { pageTitle } from "~/utils/site";
import { JournalAccessQuery } from "./($lang).journalatkomst.graphql";
import { isAsked, readAccessForm, refusedFields, toAnswerView, toScenario } from "./($lang).journalatkomst.view";

export const meta: MetaFunction = ({ params }) => [{ title: pageTitle(metaT(params, "journalAccess")("title")) }];

const swedishToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());

/** Staff only. The form is a GET form: the question is in the address and works without JavaScript. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params);
  const session = await requireRole(request, ...staffPageRoles);
  const search = new URL(request.url).searchParams;
  const values = readAccessForm(search, swedishToday(), lang);
  const noStore = { headers: { "Cache-Control": "private, no-store" } };
  const unanswered = { values, errors: {}, swedishErrors: [] as string[], answer: null };
  if (!isAsked(search)) return data(unanswered, noStore);
  const { scenario, grantFields, localErrors } = toScenario(values, lang);
  if (Object.keys(localErrors).length > 0) return data({ ...unanswered, errors: localErrors }, { status: 400, ...noStore });
  const result = await gatewayRequest({ query: JournalAccessQuery, operationName: "JournalAccess", variables: { scenario }, accessToken: session.accessToken, signal: request.signal });
  const refusal = refusedFields(result, grantFields, lang);
  if (refusal) return data({ ...unanswered, errors: refusal.errors, swedishErrors: refusal.swedish }, { status: 400, ...noStore });
  return data({ ...unanswered, answer: toAnswerView(result, lang) }, noStore);
}

export default function JournalAccessPage() {
  const { values, errors, swedishErrors, answer } = useLoaderData<typeof loader>();
  const { t } = useTranslation("journalAccess");
  return (
    <>
      <h1 id="verktyg-rubrik" className="text-3xl font-bold text-brand-dark">
        {t("title")}
      </h1>
      <p className="mt-3 max-w-2xl text-lg">
        <Trans t={t} i18nKey="intro" components={{ a: <LocaleLink to="/riktlinjer" /> }} />
      </p>
      {answer ? (
        <PageSection id="svar" title={t("answer.title")}>
          {answer.status === "unavailable" ? <SectionNotice>{t("answer.unavailable")}</SectionNotice> : <AccessAnswer answer={answer.data} />}
        </PageSection>
      ) : null}
      <PageSection id="fraga" title={t("form.title")}>
        <AccessForm values={values} errors={errors} swedishErrors={swedishErrors} />
      </PageSection>
    </>
  );
}
