import { Form, Link, useFetcher } from "@remix-run/react";
import { useEffect, useMemo, useRef, useState } from "react";
import type { EditorialType } from "~/editorial/api";
import type { AutosaveResult, FormView } from "~/editorial/edit-action.server";
import { summaryEntries } from "~/editorial/edit-view";
import { missingEnglish } from "~/editorial/form-values";
import { genitive } from "~/editorial/people";
import { formatSwedishClock, formatSwedishDateTime } from "~/editorial/stockholm-time";
import { EditorialField, type FieldContext } from "./editorial-field";
import { dangerButton, ErrorSummary, inputClass, Notice, primaryButton, secondaryButton } from "./ui";

const scheduleLabels = { publishAt: "Publiceras", unpublishAt: "Avpubliceras" };

export type FormItem = { id: string; title: string; status: string; scheduledPublishAt: string | null; unpublishAt: string | null } | null;

/** The form's values as one string, to see whether anything changed since the last save. */
function serialize(form: HTMLFormElement): string {
  const entries: string[] = [];
  new FormData(form).forEach((value, key) => {
    if (key.startsWith("v.") && typeof value === "string") entries.push(`${key}=${value}`);
  });
  return entries.join("&");
}

/**
 * Autosave (JavaScript only): every 10 seconds, when the values changed, the form goes to the same action
 * with intent "autosave"; the status line says how it went. A refused autosave leaves the text in the form.
 */
function useAutosave(form: React.RefObject<HTMLFormElement | null>, enabled: boolean, onSaved: (version: number) => void) {
  const fetcher = useFetcher<AutosaveResult>({ key: "autosave" });
  const lastSaved = useRef<string | null>(null);
  const pending = useRef<string | null>(null);
  const [status, setStatus] = useState<{ kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "failed"; conflict: boolean }>({ kind: "idle" });

  useEffect(() => {
    if (form.current) lastSaved.current = serialize(form.current);
  }, [form]);

  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => {
      const el = form.current;
      if (!el || fetcher.state !== "idle") return;
      const now = serialize(el);
      if (now === lastSaved.current) return;
      const data = new FormData(el);
      data.set("intent", "autosave");
      pending.current = now;
      setStatus({ kind: "saving" });
      fetcher.submit(data, { method: "post" });
    }, 10_000);
    return () => clearInterval(timer);
  }, [enabled, fetcher, form]);

  useEffect(() => {
    const result = fetcher.data;
    if (fetcher.state !== "idle" || !result || result.kind !== "autosave") return;
    if (result.ok) {
      lastSaved.current = pending.current;
      onSaved(result.version);
      setStatus({ kind: "saved", at: result.at });
    } else setStatus({ kind: "failed", conflict: result.reason === "conflict" });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetcher.data, fetcher.state]);

  return status;
}

export function EditorialForm({ type, view, item, canPublish, slug }: { type: EditorialType; view: FormView; item: FormItem; canPublish: boolean; slug: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [version, setVersion] = useState(view.version);
  useEffect(() => setVersion(view.version), [view.version, view.nonce]);
  const autosave = useAutosave(formRef, item !== null && !view.conflict, setVersion);

  const ctx: FieldContext = useMemo(
    () => ({
      state: view.state,
      errors: view.errors,
      previews: view.previews,
      missingEnglish: new Set(missingEnglish(type.fields, view.state)),
      extraRows: view.extraRows,
    }),
    [type.fields, view],
  );
  const summary = summaryEntries(type.fields, view.errors, scheduleLabels);
  const defaultIntent = item ? "save" : "create";

  return (
    <Form method="post" ref={formRef} key={view.nonce} noValidate aria-label={item ? `Redigera ${item.title}` : "Ny post"}>
      {/* Enter in a text field saves: the first submit button of a form is its default. */}
      <button type="submit" name="intent" value={defaultIntent} className="sr-only" tabIndex={-1} aria-hidden="true">
        Spara
      </button>
      {version !== null ? <input type="hidden" name="version" value={version} /> : null}

      {view.notice ? (
        <Notice title={view.notice.title} tone={view.notice.tone} live>
          {view.notice.text}
        </Notice>
      ) : null}

      {view.conflict ? <ConflictPanel conflict={view.conflict} slug={slug} id={item?.id ?? ""} /> : null}

      {view.confirm?.kind === "audience" ? (
        <div className="mt-4 rounded border-4 border-notice-edge bg-notice p-4" role="alertdialog" aria-labelledby="publik-rubrik" aria-describedby="publik-text">
          <h2 id="publik-rubrik" className="text-xl font-bold">
            Ska posten bli synlig för alla?
          </h2>
          <p id="publik-text" className="mt-2">
            Du har valt målgruppen <strong>Alla (publikt)</strong>. När posten publiceras kan vem som helst läsa den, även den som inte är
            inloggad, och sökmotorer kan hitta den. Kontrollera att texten inte innehåller något som bara är till för personal.
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-4">
            <button type="submit" name="intent" value={`confirm-public:${view.confirm.then}`} className={primaryButton} autoFocus>
              Ja, gör den synlig för alla
            </button>
            <span>eller ändra målgrupp nedan och spara igen.</span>
          </div>
        </div>
      ) : null}

      {view.confirm?.kind === "archive" && item ? (
        <div className="mt-4 rounded border-4 border-[#9b1c1c] bg-white p-4" role="alertdialog" aria-labelledby="arkiv-rubrik" aria-describedby="arkiv-text">
          <h2 id="arkiv-rubrik" className="text-xl font-bold">
            Arkivera ”{item.title}”?
          </h2>
          <p id="arkiv-text" className="mt-2">
            Posten tas bort från portalen men raderas inte: den finns kvar här med all sin historik och kan publiceras igen. Ett osparat utkast
            sparas i historiken.
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-4">
            <button type="submit" name="intent" value="archive-confirmed" className={dangerButton} autoFocus>
              Ja, arkivera
            </button>
            <Link to={`/innehall/${slug}/${encodeURIComponent(item.id)}`}>Avbryt</Link>
          </div>
        </div>
      ) : null}

      <ErrorSummary entries={summary} />

      {type.fields.map((field) => (
        <EditorialField key={field.name} field={field} ctx={ctx} />
      ))}

      <section aria-labelledby="arbetsflode-rubrik" className="mt-10 rounded border-2 border-brand p-4">
        <h2 id="arbetsflode-rubrik" className="text-xl font-bold text-brand-dark">
          {item ? "Spara och publicera" : "Skapa"}
        </h2>
        {item ? (
          <p className="mt-1 text-sm" aria-live="polite" data-testid="autosave-status">
            {autosave.kind === "saving" ? "Sparar…" : null}
            {autosave.kind === "saved" ? `Sparat kl. ${formatSwedishClock(autosave.at)}` : null}
            {autosave.kind === "failed" ? (autosave.conflict ? "Kunde inte spara – någon annan har ändrat posten. Spara för att se ändringen." : "Kunde inte spara") : null}
          </p>
        ) : null}
        <div className="mt-3 flex flex-wrap gap-3">
          {item ? (
            <>
              <button type="submit" name="intent" value="save" className={primaryButton}>
                Spara utkast
              </button>
              <button type="submit" name="intent" value="submit" className={secondaryButton}>
                Skicka för granskning
              </button>
              {canPublish ? (
                <button type="submit" name="intent" value="publish" className={secondaryButton}>
                  Publicera nu
                </button>
              ) : null}
            </>
          ) : (
            <button type="submit" name="intent" value="create" className={primaryButton}>
              Skapa utkast
            </button>
          )}
        </div>
        {item && canPublish ? (
          <fieldset className="mt-6">
            <legend className="font-semibold">Schemalägg (svensk tid)</legend>
            {item.scheduledPublishAt ? (
              <p className="mt-1" data-testid="scheduled">
                Schemalagd publicering: <strong>{formatSwedishDateTime(item.scheduledPublishAt)}</strong>
                {item.unpublishAt ? `, avpubliceras ${formatSwedishDateTime(item.unpublishAt)}` : null}.
              </p>
            ) : item.unpublishAt ? (
              <p className="mt-1">Avpubliceras {formatSwedishDateTime(item.unpublishAt)}.</p>
            ) : null}
            <div className="mt-2 grid gap-4 md:grid-cols-2">
              {(["publishAt", "unpublishAt"] as const).map((name) => (
                <div key={name}>
                  <label htmlFor={`falt-${name}`} className="block font-semibold">
                    {name === "publishAt" ? "Publicera" : "Avpublicera (valfritt)"}
                  </label>
                  {view.errors[name]?.length ? (
                    <p id={`falt-${name}-fel`} className="font-semibold text-[#9b1c1c]">
                      <span className="sr-only">Fel: </span>
                      {view.errors[name].join(" ")}
                    </p>
                  ) : null}
                  <input
                    id={`falt-${name}`}
                    name={name}
                    type="datetime-local"
                    defaultValue={view.schedule[name]}
                    className={`${inputClass} max-w-xs`}
                    {...(view.errors[name]?.length ? { "aria-invalid": true, "aria-describedby": `falt-${name}-fel` } : {})}
                  />
                </div>
              ))}
            </div>
            <div className="mt-3 flex flex-wrap gap-3">
              <button type="submit" name="intent" value="schedule" className={secondaryButton}>
                Schemalägg publicering
              </button>
              {item.scheduledPublishAt ? (
                <button type="submit" name="intent" value="unschedule" className={secondaryButton}>
                  Ta bort schemaläggningen
                </button>
              ) : null}
            </div>
          </fieldset>
        ) : null}
        {item && canPublish && item.status !== "ARCHIVED" ? (
          <div className="mt-6 border-t border-line pt-4">
            <button type="submit" name="intent" value="archive" className={dangerButton}>
              Arkivera…
            </button>
            <p className="mt-1 text-sm text-muted">Arkivering tar bort posten från portalen. Inget raderas.</p>
          </div>
        ) : null}
      </section>
    </Form>
  );
}

function ConflictPanel({ conflict, slug, id }: { conflict: NonNullable<FormView["conflict"]>; slug: string; id: string }) {
  const theirs = `${genitive(conflict.by)} ändring`;
  return (
    <section className="mt-4 rounded border-4 border-notice-edge bg-white p-4" aria-labelledby="konflikt-rubrik" data-testid="conflict">
      <h2 id="konflikt-rubrik" className="text-xl font-bold" tabIndex={-1} ref={(el) => el?.focus()}>
        {conflict.by} har ändrat posten medan du skrev
      </h2>
      <p className="mt-2">
        {conflict.by} sparade {formatSwedishDateTime(conflict.at)}. Ingenting av det du skrev har försvunnit: din text står kvar i formuläret nedan.
        Jämför och välj.
      </p>
      {conflict.rows.length ? (
        <table className="mt-3 w-full border-collapse text-left align-top">
          <caption className="text-left font-semibold">Fält som skiljer sig</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-1 pr-3">
                Fält
              </th>
              <th scope="col" className="py-1 pr-3">
                Din ändring
              </th>
              <th scope="col" className="py-1 pr-3">
                {theirs}
              </th>
            </tr>
          </thead>
          <tbody>
            {conflict.rows.map((row) => (
              <tr key={row.field} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-3">
                  {row.label}
                </th>
                <td className="whitespace-pre-wrap py-2 pr-3">{row.mine}</td>
                <td className="whitespace-pre-wrap py-2 pr-3">{row.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2">Era värden är lika; spara igen för att fortsätta.</p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" name="intent" value="save" className={primaryButton}>
          Behåll mina ändringar
        </button>
        <Link to={`/innehall/${slug}/${encodeURIComponent(id)}`} className={`${secondaryButton} no-underline`}>
          Använd {theirs.replace(" ändring", "")} version
        </Link>
      </div>
      <p className="mt-2 text-sm text-muted">”Behåll mina ändringar” sparar din text ovanpå {genitive(conflict.by)} version. ”Använd …” laddar om sidan med deras text.</p>
    </section>
  );
}
