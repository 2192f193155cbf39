import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLang } from "~/i18n/react";
import type { VisitorErrors, VisitorField, VisitorValues } from "~/routes/($lang).e-tjanster.visitor.view";

type Props = {
  values: VisitorValues;
  errors: VisitorErrors;
  ageFromPersonnummer: boolean;
  municipalities: readonly string[];
  channels: readonly { value: string; label: string }[];
  /** Where the form goes, already in the page's language. The catalogue filters by channel too; a service's own page asks only about the visitor. */
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
  const { t } = useTranslation("eServices");
  // Municipality names are Swedish in both languages: marked so on an English page.
  const placeLang = useLang() === "sv" ? undefined : "sv";
  return (
    <Form method="get" action={action} aria-label={t("form.label")} className="mt-6 grid gap-4 rounded border border-line bg-surface p-4 sm:grid-cols-2" noValidate>
      <p className="sm:col-span-2">{t("form.intro")}</p>
      {withChannel ? (
        <div>
          <label htmlFor="kanal" className="font-semibold">
            {t("form.channel")}
          </label>
          <select id="kanal" name="kanal" defaultValue={values.kanal} className={fieldClass(!!errors.kanal)} {...described("kanal", errors)}>
            <option value="">{t("form.allChannels")}</option>
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
          {t("form.age")}
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
            {t("form.ageFromPersonnummer")}
          </p>
        ) : null}
        <FieldError name="alder" errors={errors} />
      </div>
      <div>
        <label htmlFor="kommun" className="font-semibold">
          {t("form.municipality")}
        </label>
        <select id="kommun" name="kommun" defaultValue={values.kommun} className={fieldClass(!!errors.kommun)} {...described("kommun", errors)}>
          <option value="">{t("form.chooseMunicipality")}</option>
          {municipalities.map((m) => (
            <option key={m} value={m} lang={placeLang}>
              {m}
            </option>
          ))}
        </select>
        <FieldError name="kommun" errors={errors} />
      </div>
      <fieldset {...described("eid", errors)}>
        <legend className="font-semibold">{t("form.eid")}</legend>
        <div className="mt-1 flex gap-4">
          {(
            [
              ["", t("form.eidUnknown")],
              ["ja", t("form.eidYes")],
              ["nej", t("form.eidNo")],
            ] as const
          ).map(([value, label]) => (
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
          {t("form.onlyFitting")}
        </label>
      ) : null}
      <div className="sm:col-span-2">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("form.submit")}
        </button>
      </div>
    </Form>
  );
}
