import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLang, useLocalePath } from "~/i18n/react";
import { careUnitKindOptions } from "~/utils/labels";

export type SearchValues = { q: string; kommun: string; typ: string; oppet: boolean; sortera: string; fran: string };
export type SearchField = "q" | "kommun" | "typ" | "sortera" | "fran";
export type SearchErrors = Partial<Record<SearchField, string>>;

type Props = {
  values: SearchValues;
  errors: SearchErrors;
  municipalities: readonly string[];
  maxText: number;
};

const fieldClass = (invalid: boolean) =>
  `mt-1 block w-full rounded border-2 bg-white px-3 py-2 ${invalid ? "border-[#8a1c1c]" : "border-line"}`;

/** The message under a field, tied to it by id; the field points at it with aria-describedby. */
function FieldError({ name, errors }: { name: SearchField; errors: SearchErrors }) {
  return errors[name] ? (
    <p id={`${name}-fel`} className="mt-1 font-semibold text-[#7a1414]">
      {errors[name]}
    </p>
  ) : null;
}

const invalidProps = (name: SearchField, errors: SearchErrors) =>
  errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-fel` } : {};

/**
 * A GET form: the search is in the URL, can be bookmarked and shared, and works without JavaScript.
 * `reloadDocument` is not needed; with JavaScript Remix navigates to the same URL.
 */
export function CareUnitSearchForm({ values, errors, municipalities, maxText }: Props) {
  const { t } = useTranslation("careUnits");
  const lang = useLang();
  const lp = useLocalePath();
  // Municipalities keep their Swedish names; on an English page they are marked so they are read as Swedish.
  const placeLang = lang === "sv" ? undefined : "sv";
  return (
    <Form method="get" action={lp("/hitta-vard")} role="search" aria-label={t("form.label")} className="mt-6 grid gap-4 rounded border border-line bg-surface p-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <label htmlFor="q" className="font-semibold">
          {t("form.q")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={values.q}
          maxLength={maxText}
          autoComplete="off"
          className={fieldClass(!!errors.q)}
          {...invalidProps("q", errors)}
        />
        <FieldError name="q" errors={errors} />
      </div>
      <div>
        <label htmlFor="kommun" className="font-semibold">
          {t("form.municipality")}
        </label>
        <select id="kommun" name="kommun" defaultValue={values.kommun} className={fieldClass(!!errors.kommun)} {...invalidProps("kommun", errors)}>
          <option value="">{t("form.allMunicipalities")}</option>
          {municipalities.map((name) => (
            <option key={name} value={name} lang={placeLang}>
              {name}
            </option>
          ))}
        </select>
        <FieldError name="kommun" errors={errors} />
      </div>
      <div>
        <label htmlFor="typ" className="font-semibold">
          {t("form.kind")}
        </label>
        <select id="typ" name="typ" defaultValue={values.typ} className={fieldClass(!!errors.typ)} {...invalidProps("typ", errors)}>
          <option value="">{t("form.allKinds")}</option>
          {careUnitKindOptions(lang).map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
        <FieldError name="typ" errors={errors} />
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="font-semibold">{t("form.sort")}</legend>
        <div className="mt-1 flex flex-wrap items-start gap-x-6 gap-y-2">
          <label className="flex items-center gap-2">
            <input type="radio" name="sortera" value="namn" defaultChecked={values.sortera !== "avstand"} {...invalidProps("sortera", errors)} />
            {t("form.byName")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="sortera" value="avstand" defaultChecked={values.sortera === "avstand"} {...invalidProps("sortera", errors)} />
            {t("form.nearest")}
          </label>
          <div>
            <label htmlFor="fran">{t("form.from")}</label>
            <select id="fran" name="fran" defaultValue={values.fran} className={fieldClass(!!errors.fran)} {...invalidProps("fran", errors)}>
              <option value="">{t("form.chooseTown")}</option>
              {municipalities.map((name) => (
                <option key={name} value={name} lang={placeLang}>
                  {t("form.townCentre", { town: name })}
                </option>
              ))}
            </select>
            <FieldError name="fran" errors={errors} />
          </div>
        </div>
        <FieldError name="sortera" errors={errors} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="oppet" value="ja" defaultChecked={values.oppet} className="h-5 w-5" />
          {t("form.openNow")}
        </label>
        <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("form.submit")}
        </button>
      </div>
    </Form>
  );
}
