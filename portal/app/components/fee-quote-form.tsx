import { Form } from "@remix-run/react";
import type { FieldErrors, QuoteFormValues, QuoteResultView } from "~/routes/avgifter.view";
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
  kinds: Array<{ key: string; label: string }>;
  values: QuoteFormValues;
  errors: FieldErrors;
  canUseOwnAccount: boolean;
}) {
  return (
    <Form method="post" noValidate className="max-w-2xl" aria-describedby="kostnad-om">
      <p id="kostnad-om">
        Fyll i vilket besök det gäller och när det är. Avgiften beror på åldern på besöksdagen, så ange födelsedatum eller
        personnummer.
      </p>
      <input type="hidden" name="intent" value="quote" />
      <input type="hidden" name="region" value={region} />
      <FeeErrorSummary id="kostnad-fel" errors={{ form: errors.form, ...errors }} fieldIds={ids} />
      <FeeField id={ids.besokstyp} label="Besök" error={errors.besokstyp ?? errors.region}>
        {(aria) => (
          <select {...aria} name="besokstyp" defaultValue={values.besokstyp} className={inputClass}>
            <option value="">Välj besök</option>
            {kinds.map((kind) => (
              <option key={kind.key} value={kind.key}>
                {kind.label}
              </option>
            ))}
          </select>
        )}
      </FeeField>
      <FeeField id={ids.besoksdatum} label="Besöksdatum" hint="ÅÅÅÅ-MM-DD" error={errors.besoksdatum}>
        {(aria) => <input {...aria} type="date" name="besoksdatum" defaultValue={values.besoksdatum} className={inputClass} />}
      </FeeField>
      <div className="mt-4">
        <input id="kostnad-uteblivet" type="checkbox" name="uteblivet" value="1" defaultChecked={values.uteblivet} className="mr-2 h-5 w-5 align-middle" />
        <label htmlFor="kostnad-uteblivet">Besöket blev inte av och avbokades inte (uteblivet besök)</label>
      </div>
      <fieldset className="mt-6 border-t border-line pt-2">
        <legend className="font-semibold">Patientens ålder</legend>
        {canUseOwnAccount ? (
          <div className="mt-2">
            <input id="kostnad-egen" type="checkbox" name="egen" value="1" defaultChecked={values.egen} className="mr-2 h-5 w-5 align-middle" />
            <label htmlFor="kostnad-egen">Det gäller mitt eget besök (räkna med mitt högkostnadsskydd)</label>
          </div>
        ) : null}
        <FeeField id={ids.fodelsedatum} label="Födelsedatum" hint="ÅÅÅÅ-MM-DD, till exempel 1985-05-17" error={errors.fodelsedatum}>
          {(aria) => <input {...aria} type="text" name="fodelsedatum" inputMode="numeric" autoComplete="bday" defaultValue={values.fodelsedatum} className={inputClass} />}
        </FeeField>
        <p className="mt-2">eller</p>
        <FeeField id={ids.personnummer} label="Personnummer" hint="ÅÅÅÅMMDD-XXXX. Numret visas aldrig i adressfältet." error={errors.personnummer}>
          {(aria) => <input {...aria} type="text" name="personnummer" inputMode="numeric" autoComplete="off" defaultValue={values.personnummer} className={inputClass} />}
        </FeeField>
      </fieldset>
      <button type="submit" className={buttonClass}>
        Räkna ut avgiften
      </button>
    </Form>
  );
}

/** The answer to a quote: the amount first, then why. */
export function FeeQuoteResult({ result }: { result: QuoteResultView }) {
  return (
    <div className="mt-6 max-w-2xl rounded border-2 border-brand p-4" role="group" aria-labelledby="kostnad-svar-rubrik">
      <h3 id="kostnad-svar-rubrik" className="text-lg font-semibold">
        Så mycket kostar besöket
      </h3>
      <p className="mt-2 text-3xl font-bold text-brand-dark" data-testid="avgift-belopp">
        {result.amount}
      </p>
      {result.reason ? <p className="mt-1 font-semibold">{result.reason}</p> : null}
      <p className="mt-2">{result.explanation}</p>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Besök</dt>
        <dd>
          {result.visit}
          {result.missed ? " (uteblivet)" : null}
        </dd>
        <dt className="font-semibold">Besöksdatum</dt>
        <dd>{result.visitDate}</dd>
        <dt className="font-semibold">Ålder på besöksdagen</dt>
        <dd>{result.age} år</dd>
        {result.standardAmount ? (
          <>
            <dt className="font-semibold">Ordinarie avgift</dt>
            <dd>{result.standardAmount}</dd>
          </>
        ) : null}
        <dt className="font-semibold">Avgifterna som gäller</dt>
        <dd>från {result.scheduleFrom}</dd>
      </dl>
      {result.accountApplied ? <p className="mt-2 text-muted">Beräkningen tar hänsyn till ditt högkostnadsskydd.</p> : null}
    </div>
  );
}

export function FeeQuoteUnavailable() {
  return <SectionNotice>Avgiften kan inte räknas ut just nu. Försök igen om en stund.</SectionNotice>;
}
