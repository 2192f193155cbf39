import { useFetcher } from "@remix-run/react";
import { useEffect, useState, type ReactNode } from "react";
import { type FieldDescriptor, localizedKinds, longTextKinds, markdownKinds } from "~/editorial/descriptor";
import { errorId, inputId, inputName, rowIndexes, stateList, stateText, type FieldErrors, type FormState } from "~/editorial/form-values";
import { errorText, inputClass, smallButton } from "./ui";

export type FieldContext = {
  state: FormState;
  errors: FieldErrors;
  /** Server-rendered Markdown previews by path (the no-JavaScript "Förhandsgranska"). */
  previews: Record<string, string>;
  /** Paths whose English is missing (the portal shows the Swedish). */
  missingEnglish: ReadonlySet<string>;
  /** Blank rows to show after a LIST's rows, by list path (default one, to fill in without JavaScript). */
  extraRows: Record<string, number>;
};

function Messages({ path, errors }: { path: string; errors: FieldErrors }) {
  const messages = errors[path];
  if (!messages?.length) return null;
  return (
    <p id={errorId(path)} className={`mt-1 font-semibold ${errorText}`}>
      <span className="sr-only">Fel: </span>
      {messages.join(" ")}
    </p>
  );
}

/** aria attributes tying an input to its help and its messages. */
function described(path: string, errors: FieldErrors, helpId: string | null, extra: string[] = []) {
  const ids = [helpId, errors[path]?.length ? errorId(path) : null, ...extra].filter(Boolean).join(" ");
  return {
    ...(ids ? { "aria-describedby": ids } : {}),
    ...(errors[path]?.length ? { "aria-invalid": true as const } : {}),
  };
}

function Help({ id, text }: { id: string; text: string | null }) {
  return text ? (
    <p id={id} className="text-sm text-muted">
      {text}
    </p>
  ) : null;
}

function Required({ required }: { required: boolean }) {
  return required ? <span className="font-normal text-muted"> (obligatoriskt)</span> : null;
}

const inputTypes: Partial<Record<FieldDescriptor["kind"], string>> = {
  URL: "url",
  EMAIL: "email",
  PHONE: "tel",
  DATE: "date",
  TIME: "time",
  DATETIME: "datetime-local",
};

/** One plain input (not localized, not a list) for `path`. */
function SingleInput({ field, path, ctx, helpId, label }: { field: FieldDescriptor; path: string; ctx: FieldContext; helpId: string | null; label?: string }) {
  const id = inputId(path);
  const aria = described(path, ctx.errors, helpId);
  const value = stateText(ctx.state[path]);
  const common = { id, name: inputName(path), ...aria };
  let control: ReactNode;
  switch (field.kind) {
    case "BOOLEAN":
      return (
        <div className="mt-4">
          <div className="flex items-center gap-2">
            <input type="checkbox" value="true" defaultChecked={value === "true"} className="h-5 w-5" {...common} />
            <label htmlFor={id} className="font-semibold">
              {label ?? field.label}
            </label>
          </div>
          <Help id={`${id}-hjalp`} text={field.help} />
          <Messages path={path} errors={ctx.errors} />
        </div>
      );
    case "ENUM":
      control = (
        <select defaultValue={value} className={`${inputClass} max-w-md`} {...common}>
          <option value="">{field.required ? "Välj …" : "(inget valt)"}</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    case "MULTI_ENUM": {
      const chosen = new Set(stateList(ctx.state[path]));
      return (
        <fieldset id={id} tabIndex={-1} className="mt-4" {...(aria["aria-describedby"] ? { "aria-describedby": aria["aria-describedby"] } : {})}>
          <legend className="font-semibold">
            {label ?? field.label}
            <Required required={field.required} />
          </legend>
          <Help id={`${id}-hjalp`} text={field.help} />
          <Messages path={path} errors={ctx.errors} />
          {field.options.map((o) => (
            <div key={o.value} className="mt-1 flex items-center gap-2">
              <input type="checkbox" id={`${id}-${o.value}`} name={inputName(path)} value={o.value} defaultChecked={chosen.has(o.value)} className="h-5 w-5" />
              <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
            </div>
          ))}
        </fieldset>
      );
    }
    case "LONG_TEXT":
      control = <textarea defaultValue={value} rows={5} className={inputClass} {...common} />;
      break;
    case "INTEGER":
    case "DECIMAL":
      control = <input type="text" inputMode={field.kind === "INTEGER" ? "numeric" : "decimal"} defaultValue={value} className={`${inputClass} max-w-xs`} {...common} />;
      break;
    default:
      control = <input type={inputTypes[field.kind] ?? "text"} defaultValue={value} className={`${inputClass} ${field.kind === "TEXT" || field.kind === "URL" ? "" : "max-w-md"}`} {...common} />;
  }
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-semibold">
        {label ?? field.label}
        <Required required={field.required} />
      </label>
      <Help id={`${id}-hjalp`} text={field.help} />
      <Messages path={path} errors={ctx.errors} />
      {control}
    </div>
  );
}

/**
 * A Markdown textarea with its preview beside it. With JavaScript the preview follows the text (a debounced
 * POST to the preview resource route); without, the "Förhandsgranska" button posts the form and the page
 * comes back with the preview rendered. Either way the HTML comes from the server's sanitising renderer.
 */
function MarkdownInput({ path, label, required, ctx, help, helpId, lang }: { path: string; label: string; required: boolean; ctx: FieldContext; help?: string | null; helpId: string | null; lang?: string }) {
  const id = inputId(path);
  const previewId = `${id}-forhandsvisning`;
  const fetcher = useFetcher<{ html: string }>({ key: `markdown-${path}` });
  const [text, setText] = useState(stateText(ctx.state[path]));
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!touched) return;
    const timer = setTimeout(() => fetcher.submit({ markdown: text }, { method: "post", action: "/markdown-forhandsvisning" }), 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, touched]);
  const html = touched && fetcher.data ? fetcher.data.html : ctx.previews[path];
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-semibold">
        {label}
        <Required required={required} />
      </label>
      <Help id={`${id}-hjalp`} text={help ?? null} />
      <Messages path={path} errors={ctx.errors} />
      <textarea
        id={id}
        name={inputName(path)}
        lang={lang}
        rows={10}
        defaultValue={stateText(ctx.state[path])}
        onChange={(event) => {
          setTouched(true);
          setText(event.currentTarget.value);
        }}
        className={`${inputClass} font-mono text-sm`}
        {...described(path, ctx.errors, helpId)}
      />
      <p className="mt-1 text-sm text-muted">
        Markdown: # rubrik, **fet**, *kursiv*, - punktlista, [länk](https://…). HTML och skript tas bort när texten visas.
      </p>
      <button type="submit" name="intent" value={`preview:${path}`} className={`${smallButton} mt-2`}>
        Förhandsgranska
      </button>
      {html !== undefined ? (
        <section aria-label={`Förhandsvisning: ${label}`} className="mt-2 rounded border border-line bg-surface p-3">
          <p className="text-sm font-semibold text-muted">Förhandsvisning</p>
          <div
            id={previewId}
            data-testid="markdown-preview"
            className="markdown-preview mt-1 [&_a]:underline [&_h2]:mt-3 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:mt-2 [&_h3]:font-semibold [&_li]:mt-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mt-2 [&_ul]:list-disc [&_ul]:pl-6"
            aria-live="polite"
            dangerouslySetInnerHTML={{ __html: html }}
          />
        </section>
      ) : null}
    </div>
  );
}

function LocalizedInput({ field, path, ctx, helpId }: { field: FieldDescriptor; path: string; ctx: FieldContext; helpId: string | null }) {
  const missing = ctx.missingEnglish.has(path);
  const groupErrors = ctx.errors[path];
  const langs = [
    { code: "sv", name: "svenska", required: field.required },
    { code: "en", name: "engelska", required: false },
  ] as const;
  return (
    <fieldset id={inputId(path)} tabIndex={-1} className="mt-6 rounded border border-line p-3" {...(groupErrors?.length ? { "aria-describedby": errorId(path) } : {})}>
      <legend className="px-1 text-lg font-semibold">
        {field.label}
        <Required required={field.required} />
      </legend>
      <Help id={`${inputId(path)}-hjalp`} text={field.help} />
      <Messages path={path} errors={ctx.errors} />
      {missing ? (
        <p id={`${inputId(path)}-engelska-saknas`} className="mt-1 rounded border-l-4 border-notice-edge bg-notice px-2 py-1 text-sm font-semibold" data-testid="missing-english">
          Engelsk text saknas — portalen visar svenskan
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {langs.map((lang) => {
          const sub = `${path}.${lang.code}`;
          const label = `${field.label} (${lang.name})`;
          if (markdownKinds.has(field.kind)) {
            return <MarkdownInput key={lang.code} path={sub} label={label} required={lang.required} ctx={ctx} helpId={helpId} lang={lang.code} />;
          }
          const id = inputId(sub);
          const extra = lang.code === "en" && missing ? [`${inputId(path)}-engelska-saknas`] : [];
          const aria = described(sub, ctx.errors, helpId, extra);
          return (
            <div key={lang.code} className="mt-2">
              <label htmlFor={id} className="block font-semibold">
                {label}
                <Required required={lang.required} />
              </label>
              <Messages path={sub} errors={ctx.errors} />
              {longTextKinds.has(field.kind) ? (
                <textarea id={id} name={inputName(sub)} lang={lang.code} rows={4} defaultValue={stateText(ctx.state[sub])} className={inputClass} {...aria} />
              ) : (
                <input id={id} name={inputName(sub)} lang={lang.code} type="text" defaultValue={stateText(ctx.state[sub])} className={inputClass} {...aria} />
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A LIST: its rows, each with a remove button, one blank row, and "add row" (which works without JavaScript). */
function ListInput({ field, path, ctx }: { field: FieldDescriptor; path: string; ctx: FieldContext }) {
  const existing = rowIndexes(ctx.state, path);
  const first = existing.length ? Math.max(...existing) + 1 : 0;
  const rows = [...existing, ...Array.from({ length: ctx.extraRows[path] ?? 1 }, (_, i) => first + i)];
  return (
    <fieldset id={inputId(path)} tabIndex={-1} className="mt-6 rounded border border-line p-3" {...(ctx.errors[path]?.length ? { "aria-describedby": errorId(path) } : {})}>
      <legend className="px-1 text-lg font-semibold">
        {field.label}
        <Required required={field.required} />
      </legend>
      <Help id={`${inputId(path)}-hjalp`} text={field.help} />
      <Messages path={path} errors={ctx.errors} />
      <p className="text-sm text-muted">Tomma rader sparas inte.</p>
      <ol className="mt-2">
        {rows.map((index, position) => {
          const rowPath = `${path}.${index}`;
          return (
            <li key={rowPath} className="mt-3 rounded bg-surface p-3" data-testid="list-row">
              <fieldset>
                <legend className="font-semibold">
                  {field.label}: rad {position + 1}
                  {position >= existing.length ? " (ny)" : null}
                </legend>
                <div className="grid gap-x-4 md:grid-cols-2">
                  {field.itemFields.map((item) => (
                    <EditorialField key={item.name} field={item} path={`${rowPath}.${item.name}`} ctx={ctx} />
                  ))}
                </div>
                {position < existing.length ? (
                  <button type="submit" name="intent" value={`remove-row:${rowPath}`} className={`${smallButton} mt-3`} formNoValidate>
                    Ta bort rad {position + 1}
                  </button>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="submit" name="intent" value={`add-row:${path}`} className={`${smallButton} mt-3`} formNoValidate>
        Lägg till rad
      </button>
    </fieldset>
  );
}

/** One field of a content type's form, generated from its descriptor. */
export function EditorialField({ field, path, ctx }: { field: FieldDescriptor; path?: string; ctx: FieldContext }) {
  const p = path ?? field.name;
  const helpId = field.help ? `${inputId(p)}-hjalp` : null;
  if (field.kind === "LIST") return <ListInput field={field} path={p} ctx={ctx} />;
  if (localizedKinds.has(field.kind)) return <LocalizedInput field={field} path={p} ctx={ctx} helpId={helpId} />;
  if (markdownKinds.has(field.kind)) {
    return <MarkdownInput path={p} label={field.label} required={field.required} ctx={ctx} help={field.help} helpId={helpId} />;
  }
  return <SingleInput field={field} path={p} ctx={ctx} helpId={helpId} />;
}
