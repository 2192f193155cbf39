import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import { buttonClass, FeeErrorSummary, inputClass } from "~/components/fee-field";
import { useLang } from "~/i18n/react";
import type { AccessFormValues, FieldErrors } from "~/routes/($lang).journalatkomst.view";

const idOf = (name: string) => `f-${name.replace(/\./g, "-")}`;

type Shared = { values: AccessFormValues; errors: FieldErrors; swedishErrors: string[] };

/**
 * A labelled field with its hint and its message, tied to the control by id (aria-describedby) and
 * aria-invalid when refused; as FeeField, but a label may hold a Swedish name marked `lang="sv"`, and a
 * message the API wrote only in Swedish is marked so on an English page.
 */
function Field({ name, label, hint, errors, swedishErrors, children }: { name: string; label: ReactNode; hint?: string; children: (ids: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode } & Shared) {
  const { t } = useTranslation("journalAccess");
  const id = idOf(name);
  const error = errors[name];
  const described = [hint ? `${id}-tips` : null, error ? `${id}-fel` : null].filter(Boolean).join(" ");
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-tips`} className="text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-fel`} className="font-semibold text-[#9b1c1c]">
          <span className="sr-only">{t("errors.prefix")}</span>
          <span lang={swedishErrors.includes(name) ? "sv" : undefined}>{error}</span>
        </p>
      ) : null}
      {children({ id, ...(described ? { "aria-describedby": described } : {}), ...(error ? { "aria-invalid": true as const } : {}) })}
    </div>
  );
}

function Text({ name, label, hint, type = "text", ...p }: { name: string; label: ReactNode; hint?: string; type?: string } & Shared) {
  return (
    <Field name={name} label={label} hint={hint} {...p}>
      {(ids) => <input {...ids} name={name} type={type} defaultValue={p.values[name] ?? ""} className={inputClass} />}
    </Field>
  );
}

function Check({ name, label, values }: { name: string; label: string } & Shared) {
  return (
    <div className="mt-2 flex items-center gap-2">
      <input id={idOf(name)} type="checkbox" name={name} defaultChecked={values[name] === "on"} className="h-5 w-5" />
      <label htmlFor={idOf(name)}>{label}</label>
    </div>
  );
}

/** An option's value, its text, and whether the text is a Swedish name (a region) to mark on an English page. */
type Option = { value: string; text: string; swedishName?: boolean };

function Choice({ name, label, options, ...p }: { name: string; label: ReactNode; options: Option[] } & Shared) {
  const lang = useLang();
  return (
    <Field name={name} label={label} {...p}>
      {(ids) => (
        <select {...ids} name={name} defaultValue={p.values[name] ?? ""} className={inputClass}>
          {options.map((o) => (
            <option key={o.value} value={o.value} lang={o.swedishName && lang !== "sv" ? "sv" : undefined}>
              {o.text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

const fieldset = "mt-6 rounded border border-line p-4";
const legend = "px-1 text-lg font-semibold";

/** The family and the measures, as a GET form: it works without JavaScript and the address can be shared. */
export function AccessForm({ values, errors, swedishErrors }: Shared) {
  const { t } = useTranslation("journalAccess");
  const lang = useLang();
  const p = { values, errors, swedishErrors };
  const guardianNames = [values["guardians.0.name"], values["guardians.1.name"]].filter((n): n is string => !!n);
  const guardianOptions: Option[] = [{ value: "", text: t("form.none") }, ...guardianNames.map((n) => ({ value: n, text: n }))];
  const initiatedBy: Option[] = [
    { value: "CARE", text: t("form.care") },
    { value: "RESIDENT", text: t("form.resident") },
  ];
  const regions: Option[] = ["Skåne", "Kronoberg"].map((r) => ({ value: r, text: r, swedishName: true }));
  return (
    <Form method="get" noValidate aria-labelledby="verktyg-rubrik">
      <FeeErrorSummary id="fel" errors={errors} fieldIds={Object.fromEntries(Object.keys(errors).map((k) => [k, idOf(k)]))} />
      <fieldset className={fieldset}>
        <legend className={legend}>{t("form.regionAndDay.legend")}</legend>
        <Choice name="region" label={t("form.regionAndDay.region")} options={regions} {...p} />
        <Text name="on" label={t("form.regionAndDay.on")} hint={t("form.regionAndDay.onHint")} {...p} />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("form.person.legend")}</legend>
        <Text name="person.birthDate" label={t("form.person.birthDate")} hint={t("form.person.birthDateHint")} {...p} />
        <Text name="person.age" label={t("form.person.age")} {...p} />
        <Check name="person.protectedIdentity" label={t("form.protectedIdentity")} {...p} />
        <Check name="person.noEId" label={t("form.person.noEId")} {...p} />
        <Check name="person.coordinationNumber" label={t("form.person.coordinationNumber")} {...p} />
      </fieldset>
      {[0, 1].map((i) => (
        <fieldset key={i} className={fieldset}>
          <legend className={legend}>{t("form.guardian.legend", { n: i + 1 })}</legend>
          <Text name={`guardians.${i}.name`} label={t("form.name")} hint={t("form.nameHint")} {...p} />
          <Check name={`guardians.${i}.protectedIdentity`} label={t("form.protectedIdentity")} {...p} />
          <Check name={`guardians.${i}.blocked`} label={t("form.guardian.blocked")} {...p} />
          <Check name={`guardians.${i}.ownJournalSealed`} label={t("form.guardian.ownJournalSealed")} {...p} />
        </fieldset>
      ))}
      <fieldset className={fieldset}>
        <legend className={legend}>{t("form.representative.legend")}</legend>
        <Text name="legalRepresentative.name" label={t("form.name")} hint={t("form.nameHint")} {...p} />
        <Check name="legalRepresentative.consent" label={t("form.representative.consent")} {...p} />
        <Check name="legalRepresentative.courtOrder" label={t("form.representative.courtOrder")} {...p} />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("form.loginLock.legend")}</legend>
        <Check name="loginLock.on" label={t("form.loginLock.on")} {...p} />
        <Choice name="loginLock.initiatedBy" label={t("form.initiatedBy")} options={initiatedBy} {...p} />
        <Text name="loginLock.from" label={t("form.from")} hint={t("form.loginLock.fromHint")} {...p} />
        <Text name="loginLock.until" label={t("form.until")} hint={t("form.loginLock.untilHint")} {...p} />
        <Choice
          name="loginLock.onlyGuardian"
          label={<Trans t={t} i18nKey="form.loginLock.onlyGuardian" components={{ sv: <span lang={lang === "sv" ? undefined : "sv"} /> }} />}
          options={guardianOptions}
          {...p}
        />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("form.seal.legend")}</legend>
        <Check name="seals.0.on" label={t("form.seal.on")} {...p} />
        <Choice name="seals.0.initiatedBy" label={t("form.initiatedBy")} options={initiatedBy} {...p} />
        <Text name="seals.0.unit" label={t("form.seal.unit")} hint={t("form.seal.unitHint")} {...p} />
        <Text name="seals.0.from" label={t("form.from")} hint={t("form.seal.fromHint")} {...p} />
        <Text name="seals.0.until" label={t("form.until")} hint={t("form.seal.untilHint")} {...p} />
        <Choice name="seals.0.onlyGuardian" label={t("form.seal.onlyGuardian")} options={guardianOptions} {...p} />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("form.grants.legend")}</legend>
        <Text name="childGrantUnit" label={t("form.grants.childGrantUnit")} hint={t("form.grants.childGrantUnitHint")} {...p} />
        <Choice name="guardianGrant" label={t("form.grants.guardianGrant")} options={guardianOptions} {...p} />
      </fieldset>
      <button type="submit" className={buttonClass}>
        {t("form.submit")}
      </button>
    </Form>
  );
}
