import { Form } from "@remix-run/react";
import type { VisitorErrors, VisitorField, VisitorValues } from "~/routes/e-tjanster.visitor.view";

type Props = {
  values: VisitorValues;
  errors: VisitorErrors;
  ageFromPersonnummer: boolean;
  municipalities: readonly string[];
  channels: readonly { value: string; label: string }[];
  /** The catalogue filters by channel too; a service's own page asks only about the visitor. */
  action: string;
  withChannel: boolean;
};

const fieldClass = (invalid: boolean) => `mt-1 block w-full rounded border-2 bg-white px-3 py-2 ${invalid ? "border-[#8a1c1c]" : "border-line"}`;

function FieldError({ name, errors }: { name: VisitorField; errors: VisitorErrors }) {
  return errors[name] ? (
    <p id={`${name}-fel`} className="mt-1 font-semibold text-[#7a1414]">
      {errors[name]}
    </p>
  ) : null;
}

const described = (name: VisitorField, errors: VisitorErrors, hint?: string) => {
  const ids = [errors[name] ? `${name}-fel` : null, hint ?? null].filter(Boolean).join(" ");
  return { ...(errors[name] ? { "aria-invalid": true as const } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
};

/** A GET form: what the visitor says about themselves is in the address, works without JavaScript, and is never stored. */
export function EServiceFilterForm({ values, errors, ageFromPersonnummer, municipalities, channels, action, withChannel }: Props) {
  return (
    <Form method="get" action={action} aria-label="Vilka e-tjänster passar dig?" className="mt-6 grid gap-4 rounded border border-line bg-surface p-4 sm:grid-cols-2" noValidate>
      <p className="sm:col-span-2">Fyll i det du vill, så ser du för varje tjänst om du kan använda den och varför. Inget sparas.</p>
      {withChannel ? (
        <div>
          <label htmlFor="kanal" className="font-semibold">
            Kanal
          </label>
          <select id="kanal" name="kanal" defaultValue={values.kanal} className={fieldClass(!!errors.kanal)} {...described("kanal", errors)}>
            <option value="">Alla kanaler</option>
            {channels.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <FieldError name="kanal" errors={errors} />
        </div>
      ) : null}
      <div>
        <label htmlFor="alder" className="font-semibold">
          Din ålder
        </label>
        <input
          id="alder"
          name="alder"
          inputMode="numeric"
          defaultValue={values.alder}
          maxLength={3}
          autoComplete="off"
          className={fieldClass(!!errors.alder)}
          {...described("alder", errors, ageFromPersonnummer ? "alder-hjalp" : undefined)}
        />
        {ageFromPersonnummer ? (
          <p id="alder-hjalp" className="mt-1 text-muted">
            Lämnar du fältet tomt räknar vi med din ålder enligt ditt personnummer.
          </p>
        ) : null}
        <FieldError name="alder" errors={errors} />
      </div>
      <div>
        <label htmlFor="kommun" className="font-semibold">
          Kommun där du bor
        </label>
        <select id="kommun" name="kommun" defaultValue={values.kommun} className={fieldClass(!!errors.kommun)} {...described("kommun", errors)}>
          <option value="">Välj kommun</option>
          {municipalities.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <FieldError name="kommun" errors={errors} />
      </div>
      <fieldset {...described("eid", errors)}>
        <legend className="font-semibold">Har du e-legitimation (till exempel BankID)?</legend>
        <div className="mt-1 flex gap-4">
          {[
            ["", "Vet inte"],
            ["ja", "Ja"],
            ["nej", "Nej"],
          ].map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="eid" value={value} defaultChecked={values.eid === value} />
              {label}
            </label>
          ))}
        </div>
        <FieldError name="eid" errors={errors} />
      </fieldset>
      {withChannel ? (
        <label className="flex items-center gap-2 sm:col-span-2">
          <input type="checkbox" name="passar" value="ja" defaultChecked={values.passar} />
          Visa bara tjänster som passar min ålder och kommun
        </label>
      ) : null}
      <div className="sm:col-span-2">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          Visa
        </button>
      </div>
    </Form>
  );
}
