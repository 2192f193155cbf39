import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PickedText } from "~/i18n/localized";
import type { FieldErrors, QuoteFormValues, QuoteResultView } from "~/routes/($lang).avgifter.view";
import { Localized } from "./localized";
import { buttonClass, FeeErrorSummary, FeeField, inputClass } from "./fee-field";
import { SectionNotice } from "./page-section";

const ids = {
  besokstyp: "kostnad-besokstyp",
  besoksdatum: "kostnad-besoksdatum",
  fodelsedatum: "kostnad-fodelsedatum",
  personnummer: "kostnad-personnummer",
  region: "kostnad-besokstyp",
};

/**
 * "Vad kostar mitt besök?": a plain form that posts (no JavaScript needed); the server checks it, keeps
 * what was written and puts each message beside its field. The answer is shown below it.
 */
export function FeeQuoteForm({
  region,
  kinds,
  values,
  errors,
  canUseOwnAccount,
}: {
  region: string;
  kinds: Array<{ key: string; label: PickedText }>;
  values: QuoteFormValues;
  errors: FieldErrors;
  canUseOwnAccount: boolean;
}) {
  const { t } = useTranslation("fees");
  return (
    <Form method="post" noValidate className="max-w-2xl" aria-describedby="kostnad-om">
      <p id="kostnad-om">{t("quote.intro")}</p>
      <input type="hidden" name="intent" value="quote" />
      <input type="hidden" name="region" value={region} />
      <FeeErrorSummary id="kostnad-fel" errors={{ form: errors.form, ...errors }} fieldIds={ids} />
      <FeeField id={ids.besokstyp} label={t("quote.visit")} error={errors.besokstyp ?? errors.region}>
        {(aria) => (
          <select {...aria} name="besokstyp" defaultValue={values.besokstyp} className={inputClass}>
            <option value="">{t("quote.chooseVisit")}</option>
            {kinds.map((kind) => (
              // An option holds text only: a Swedish name on an English page is marked by its language (the table above marks it visibly).
              <option key={kind.key} value={kind.key} lang={kind.label.fallback ? "sv" : undefined}>
                {kind.label.text}
              </option>
            ))}
          </select>
        )}
      </FeeField>
      <FeeField id={ids.besoksdatum} label={t("quote.visitDate")} hint={t("quote.visitDateHint")} error={errors.besoksdatum}>
        {(aria) => <input {...aria} type="date" name="besoksdatum" defaultValue={values.besoksdatum} className={inputClass} />}
      </FeeField>
      <div className="mt-4">
        <input id="kostnad-uteblivet" type="checkbox" name="uteblivet" value="1" defaultChecked={values.uteblivet} className="mr-2 h-5 w-5 align-middle" />
        <label htmlFor="kostnad-uteblivet">{t("quote.missed")}</label>
      </div>
      <fieldset className="mt-6 border-t border-line pt-2">
        <legend className="font-semibold">{t("quote.age")}</legend>
        {canUseOwnAccount ? (
          <div className="mt-2">
            <input id="kostnad-egen" type="checkbox" name="egen" value="1" defaultChecked={values.egen} className="mr-2 h-5 w-5 align-middle" />
            <label htmlFor="kostnad-egen">{t("quote.own")}</label>
          </div>
        ) : null}
        <FeeField id={ids.fodelsedatum} label={t("quote.birthDate")} hint={t("quote.birthDateHint")} error={errors.fodelsedatum}>
          {(aria) => <input {...aria} type="text" name="fodelsedatum" inputMode="numeric" autoComplete="bday" defaultValue={values.fodelsedatum} className={inputClass} />}
        </FeeField>
        <p className="mt-2">{t("quote.or")}</p>
        <FeeField id={ids.personnummer} label={t("quote.personnummer")} hint={t("quote.personnummerHint")} error={errors.personnummer}>
          {(aria) => <input {...aria} type="text" name="personnummer" inputMode="numeric" autoComplete="off" defaultValue={values.personnummer} className={inputClass} />}
        </FeeField>
      </fieldset>
      <button type="submit" className={buttonClass}>
        {t("quote.submit")}
      </button>
    </Form>
  );
}

/** The answer to a quote: the amount first, then why. */
export function FeeQuoteResult({ result }: { result: QuoteResultView }) {
  const { t } = useTranslation("fees");
  return (
    <div className="mt-6 max-w-2xl rounded border-2 border-brand p-4" role="group" aria-labelledby="kostnad-svar-rubrik">
      <h3 id="kostnad-svar-rubrik" className="text-lg font-semibold">
        {t("result.heading")}
      </h3>
      <p className="mt-2 text-3xl font-bold text-brand-dark" data-testid="avgift-belopp">
        {result.amount}
      </p>
      {result.reason ? <p className="mt-1 font-semibold">{result.reason}</p> : null}
      <p className="mt-2">
        <Localized text={result.explanation} />
      </p>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("result.visit")}</dt>
        <dd>
          <Localized text={result.visit} />
          {result.missed ? ` ${t("result.missed")}` : null}
        </dd>
        <dt className="font-semibold">{t("result.visitDate")}</dt>
        <dd>{result.visitDate}</dd>
        <dt className="font-semibold">{t("result.age")}</dt>
        <dd>{t("result.years", { count: result.age })}</dd>
        {result.standardAmount ? (
          <>
            <dt className="font-semibold">{t("result.standard")}</dt>
            <dd>{result.standardAmount}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("result.schedule")}</dt>
        <dd>{t("result.scheduleFrom", { date: result.scheduleFrom })}</dd>
      </dl>
      {result.accountApplied ? <p className="mt-2 text-muted">{t("result.accountApplied")}</p> : null}
    </div>
  );
}

export function FeeQuoteUnavailable() {
  const { t } = useTranslation("fees");
  return <SectionNotice>{t("quote.unavailable")}</SectionNotice>;
}
