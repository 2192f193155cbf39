import { Form } from "@remix-run/react";
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
  return (
    <Form method="get" action="/hitta-vard" role="search" aria-label="Sök vårdenhet" className="mt-6 grid gap-4 rounded border border-line bg-surface p-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <label htmlFor="q" className="font-semibold">
          Sök på namn, ort eller adress
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
          Kommun
        </label>
        <select id="kommun" name="kommun" defaultValue={values.kommun} className={fieldClass(!!errors.kommun)} {...invalidProps("kommun", errors)}>
          <option value="">Alla kommuner</option>
          {municipalities.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <FieldError name="kommun" errors={errors} />
      </div>
      <div>
        <label htmlFor="typ" className="font-semibold">
          Typ av vårdenhet
        </label>
        <select id="typ" name="typ" defaultValue={values.typ} className={fieldClass(!!errors.typ)} {...invalidProps("typ", errors)}>
          <option value="">Alla typer</option>
          {careUnitKindOptions.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
        <FieldError name="typ" errors={errors} />
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="font-semibold">Sortera</legend>
        <div className="mt-1 flex flex-wrap items-start gap-x-6 gap-y-2">
          <label className="flex items-center gap-2">
            <input type="radio" name="sortera" value="namn" defaultChecked={values.sortera !== "avstand"} {...invalidProps("sortera", errors)} />
            Efter namn
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="sortera" value="avstand" defaultChecked={values.sortera === "avstand"} {...invalidProps("sortera", errors)} />
            Närmast först
          </label>
          <div>
            <label htmlFor="fran">Avstånd från</label>
            <select id="fran" name="fran" defaultValue={values.fran} className={fieldClass(!!errors.fran)} {...invalidProps("fran", errors)}>
              <option value="">Välj ort</option>
              {municipalities.map((name) => (
                <option key={name} value={name}>
                  {name} centrum
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
          Bara vårdenheter som har öppet nu
        </label>
        <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          Sök
        </button>
      </div>
    </Form>
  );
}
