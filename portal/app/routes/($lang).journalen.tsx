import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { buttonClass, FeeField, inputClass } from "~/components/fee-field";
import { Localized } from "~/components/localized";
import { PageSection, SectionNotice } from "~/components/page-section";
import { pageLanguage } from "~/i18n/language.server";
import { metaT } from "~/i18n/meta";
import { useLang } from "~/i18n/react";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { ExplainJournalAccessQuery } from "./($lang).journalen.graphql";
import { explainerRegions, readExplainer, toExplainerAnswer, toQuestion, type ExplainerErrors } from "./($lang).journalen.view";

export const meta: MetaFunction = ({ params }) => {
  const t = metaT(params, "journal");
  return [{ title: pageTitle(t("title")) }, { name: "description", content: t("metaDescription") }];
};

/** Public: anyone may ask; the answer comes from the same rules the staff tool uses. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = pageLanguage(params, "journal");
  const { asked, values } = readExplainer(new URL(request.url).searchParams);
  if (!asked) return data({ values, errors: {} as ExplainerErrors, answer: null });
  const built = toQuestion(values, lang);
  if ("errors" in built) return data({ values, errors: built.errors, answer: null }, { status: 400 });
  const result = await gatewayRequest({ query: ExplainJournalAccessQuery, operationName: "ExplainJournalAccess", variables: built, signal: request.signal });
  return data({ values, errors: {} as ExplainerErrors, answer: toExplainerAnswer(result, lang) });
}

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="mt-2 flex items-center gap-2">
      <input id={name} type="checkbox" name={name} defaultChecked={checked} className="h-5 w-5" />
      <label htmlFor={name}>{label}</label>
    </div>
  );
}

export default function JournalExplainerPage() {
  const { values, errors, answer } = useLoaderData<typeof loader>();
  const { t } = useTranslation("journal");
  // Region names are Swedish in both languages: marked so on an English page.
  const placeLang = useLang() === "sv" ? undefined : "sv";
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t("intro")}</p>
      <PageSection id="fraga" title={t("question.title")}>
        <Form method="get" noValidate>
          <FeeField id="region" label={t("question.region")}>
            {(ids) => (
              <select {...ids} name="region" defaultValue={values.region} className={inputClass}>
                {explainerRegions.map((r) => (
                  <option key={r} lang={placeLang}>
                    {r}
                  </option>
                ))}
              </select>
            )}
          </FeeField>
          <FeeField id="alder" label={t("question.childAge")} hint={t("question.childAgeHint")} error={errors.childAge}>
            {(ids) => <input {...ids} name="alder" inputMode="numeric" defaultValue={values.childAge} className={inputClass} />}
          </FeeField>
          <Check name="barnSkyddad" label={t("question.childProtected")} checked={values.childProtected} />
          <Check name="duSkyddad" label={t("question.youProtected")} checked={values.youProtected} />
          <Check name="duForseglad" label={t("question.youSealed")} checked={values.youSealed} />
          <Check name="beviljad" label={t("question.granted")} checked={values.granted} />
          <button type="submit" className={buttonClass}>
            {t("question.submit")}
          </button>
        </Form>
      </PageSection>
      {answer ? (
        <PageSection id="svar" title={t("answer.title")}>
          {answer.status === "unavailable" ? (
            <SectionNotice>{t("answer.unavailable")}</SectionNotice>
          ) : (
            <div className="grid gap-6 md:grid-cols-2">
              {(
                [
                  ["du", t("answer.you"), answer.data.you],
                  ["barn", t("answer.child"), answer.data.child],
                ] as const
              ).map(([id, who, a]) => (
                <section key={id} aria-labelledby={`svar-${id}`} className="rounded border border-line p-4">
                  <h3 id={`svar-${id}`} className="text-xl font-semibold">
                    {who}
                  </h3>
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4">
                    <dt className="font-semibold">{t("answer.eServices")}</dt>
                    <dd>{a.eServices}</dd>
                    <dt className="font-semibold">{t("answer.journal")}</dt>
                    <dd>{a.journal}</dd>
                  </dl>
                  <h4 className="mt-3 font-semibold">{t("answer.why")}</h4>
                  <ul className="mt-1 list-disc pl-6">
                    {a.why.map((w, i) => (
                      <li key={i}>
                        <Localized text={w} />
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )}
        </PageSection>
      ) : null}
    </>
  );
}
