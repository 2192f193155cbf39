import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { FieldError } from "~/components/archive-labels";
import { Localized } from "~/components/localized";
import { PageSection, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { LocaleLink, useLang } from "~/i18n/react";
import { getViewer } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { RecordCopyAdviceQuery } from "./($lang).journalkopia._index.graphql";
import { adviceQuestions, readAnswers, toAdviceView } from "./($lang).journalkopia._index.view";

export const meta: MetaFunction = ({ params }) => {
  const t = metaT(params, "recordCopy");
  return [{ title: pageTitle(t("guide.title")) }, { name: "description", content: t("guide.description") }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params);
  const { session, headers } = await getViewer(request);
  const { answers, values, missing } = readAnswers(new URL(request.url).searchParams);
  const advice = answers
    ? toAdviceView(await gatewayRequest({ query: RecordCopyAdviceQuery, operationName: "RecordCopyAdvice", variables: { input: answers }, accessToken: session?.accessToken, signal: request.signal }), lang)
    : null;
  return data({ values, missing, advice, loggedIn: !!session }, { headers });
}

export default function RecordCopyGuide() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("recordCopy");
  const lang = useLang();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("guide.title")}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t("guide.intro")}</p>
      <Form method="get" className="mt-6 grid max-w-2xl gap-6" aria-describedby={view.missing.length ? "guide-fel" : undefined}>
        {view.missing.length ? (
          <p id="guide-fel" role="alert" className="font-semibold text-red-800">{t("guide.answerAll")}</p>
        ) : null}
        {(Object.keys(adviceQuestions) as (keyof typeof adviceQuestions)[]).map((key) => (
          <fieldset key={key} aria-invalid={view.missing.includes(key) || undefined} aria-describedby={view.missing.includes(key) ? `${key}-fel` : undefined}>
            <legend className="font-semibold">{t(`guide.questions.${key}.legend`)}</legend>
            {adviceQuestions[key].map((value) => (
              <label key={value} className="mt-1 flex items-start gap-2">
                <input type="radio" name={key} value={value} defaultChecked={view.values[key] === value} className="mt-1" />
                <span>
                  {/* A Swedish name inside an English answer is tagged <sv>…</sv> in the strings. */}
                  <Trans t={t} i18nKey={`guide.questions.${key}.options.${value}` as "guide.questions.whose.options.OWN"} components={{ sv: <span lang={lang === "sv" ? undefined : "sv"} /> }} />
                </span>
              </label>
            ))}
            <FieldError id={`${key}-fel`} messages={view.missing.includes(key) ? [t("guide.chooseOne")] : undefined} />
          </fieldset>
        ))}
        <div>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">{t("guide.submit")}</button>
        </div>
      </Form>
      {view.advice ? (
        <PageSection id="svar" title={t("guide.answerTitle")}>
          {view.advice.status === "unavailable" ? (
            <SectionNotice>{t("guide.unavailable")}</SectionNotice>
          ) : (
            <div className="rounded border border-line p-4" data-testid="advice">
              <h3 className="text-xl font-semibold">{view.advice.data.heading}</h3>
              <p className="mt-2">
                <Localized text={view.advice.data.contact} />
              </p>
              <h4 className="mt-3 font-semibold">{t("guide.because")}</h4>
              <ul className="list-disc pl-6">
                {view.advice.data.reasons.map((r) => (
                  <li key={r.text}>
                    <Localized text={r} />
                  </li>
                ))}
              </ul>
              {view.advice.data.requirements.length ? (
                <>
                  <h4 className="mt-3 font-semibold">{t("guide.needed")}</h4>
                  <ul className="list-disc pl-6">
                    {view.advice.data.requirements.map((r) => (
                      <li key={r.text}>
                        <Localized text={r} />
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {view.advice.data.requestHere ? (
                <p className="mt-4">
                  <LocaleLink to="/journalkopia/begaran" className="font-semibold">
                    {view.loggedIn ? t("guide.request") : t("guide.logInAndRequest")}
                  </LocaleLink>
                </p>
              ) : null}
            </div>
          )}
        </PageSection>
      ) : null}
    </>
  );
}
