import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorSummary, errorText, inputClass, Notice, primaryButton, secondaryButton } from "~/components/ui";
import { connection, CsvImportResultSchema, EditorialTypeSchema, ListItemSchema, readOutcome } from "~/editorial/api";
import { rootFields } from "~/editorial/content-types";
import { importKinds, importSummary, readCsvUpload, sortedRowErrors, type ImportStep } from "~/editorial/import-view";
import { typeDocuments } from "~/editorial/operations.graphql";
import { requireEditor } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";

export const meta: MetaFunction = () => [{ title: pageTitle("Importera från CSV") }];

const noStore = { "Cache-Control": "private, no-store" };

/** Each import's columns (from its type's descriptor) and, for fee items, the schedules to import into. */
export async function loader({ request }: LoaderFunctionArgs) {
  const editor = await requireEditor(request);
  const kinds = await Promise.all(
    importKinds.map(async (kind) => {
      const docs = typeDocuments[kind.key]!;
      const type = readOutcome(await editor.send(docs.type), rootFields(kind).type, EditorialTypeSchema);
      let targets: { id: string; title: string }[] = [];
      if (kind.csvImport.target) {
        const list = readOutcome(await editor.send(docs.list, { first: 100, sort: "TITLE" }), rootFields(kind).list, connection(ListItemSchema));
        targets = list.kind === "ok" ? list.data.edges.map((e) => ({ id: e.node.id, title: `${e.node.title} (${e.node.region})` })) : [];
      }
      return {
        key: kind.key,
        label: kind.csvImport.label,
        needsTarget: !!kind.csvImport.target,
        available: type.kind === "ok" && !!type.data.csvImport,
        columns: type.kind === "ok" ? (type.data.csvImport?.columns ?? []).map((c) => ({ name: c.name, required: c.required, help: c.help?.sv ?? null })) : [],
        targets,
      };
    }),
  );
  return data({ kinds }, { headers: noStore });
}

export async function action({ request }: ActionFunctionArgs) {
  const editor = await requireEditor(request);
  const form = await request.formData();
  const kindKey = String(form.get("typ") ?? "");
  const target = String(form.get("mal") ?? "").trim();
  const kind = importKinds.find((k) => k.key === kindKey);
  const choose = (errors: Record<string, string>, status = 400) =>
    data({ step: "choose", kind: kindKey, target, errors } satisfies ImportStep, { status, headers: noStore });
  if (!kind) return choose({ typ: "Välj vad du vill importera." });
  if (kind.csvImport.target && !/^[A-Za-z0-9._:-]{1,128}$/.test(target)) return choose({ mal: "Välj avgiftstabellen posterna ska in i." });

  const apply = form.get("intent") === "apply";
  let csv: string;
  let fileName: string;
  if (apply) {
    csv = String(form.get("csv") ?? "");
    fileName = String(form.get("filnamn") ?? "fil.csv").slice(0, 200);
    if (!csv) return choose({ fil: "Välj filen igen." });
  } else {
    const upload = await readCsvUpload(form.get("fil"));
    if (!upload.ok) return choose({ fil: upload.message });
    csv = upload.text;
    fileName = upload.name;
  }

  const outcome = readOutcome(
    await editor.send(typeDocuments[kind.key]!.importCsv, { csv, dryRun: !apply, target: kind.csvImport.target ? target : null }),
    rootFields(kind).importCsv,
    CsvImportResultSchema,
  );
  if (outcome.kind === "bad-input" || outcome.kind === "invalid") {
    const message = outcome.kind === "bad-input" ? outcome.message : Object.values(outcome.fieldErrors).flat().join(" ") || outcome.message;
    const field = outcome.kind === "bad-input" && outcome.field === "target" ? "mal" : "fil";
    return choose({ [field]: message || "Filen kunde inte läsas." });
  }
  if (outcome.kind === "forbidden") return choose({ form: "Du har inte behörighet att importera." }, 403);
  if (outcome.kind === "not-found") return choose({ mal: "Avgiftstabellen finns inte." }, 404);
  if (outcome.kind !== "ok") return choose({ form: "Importen kan inte göras just nu. Försök igen om en stund." }, 503);
  const result = outcome.data;
  if (apply && result.applied) return data({ step: "applied", kind: kind.key, target, fileName, result } satisfies ImportStep, { headers: noStore });
  return data({ step: "checked", kind: kind.key, target, fileName, csv, result } satisfies ImportStep, { status: result.errors.length ? 422 : 200, headers: noStore });
}

export default function CsvImport() {
  const { kinds } = useLoaderData<typeof loader>();
  const step = useActionData<typeof action>() as ImportStep | undefined;
  const busy = useNavigation().state === "submitting";
  const errors = step?.step === "choose" ? step.errors : {};
  const chosen = step?.kind ?? kinds[0]?.key ?? "";
  const kind = kinds.find((k) => k.key === (step?.kind || chosen));
  const err = (name: string) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-fel` } : {});
  // A refused file is announced (the summary takes focus) and each message links to its field.
  const summary = Object.entries(errors)
    .filter(([, message]) => !!message)
    .map(([path, message]) => ({ path, message: String(message), target: path === "form" ? null : path === "typ" ? `typ-${chosen}` : path }));
  const message = (name: string) =>
    errors[name] ? (
      <p id={`${name}-fel`} className={`font-semibold ${errorText}`}>
        <span className="sr-only">Fel: </span>
        {errors[name]}
      </p>
    ) : null;
  return (
    <>
      <p>
        <Link to="/">Start</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-dark">Importera från CSV</h1>
      <p className="mt-2 max-w-2xl">
        Först kontrolleras hela filen och du ser varje rads fel. Inget skrivs förrän du väljer ”Importera”, och då importeras allt eller inget.
        Kolumnerna beskrivs nedan och i dokumentet <code>docs/csv-import.md</code> i portalens källkod.
      </p>

      {step?.step === "applied" ? (
        <Notice title={importSummary(step.result)} tone="success" live>
          <p>
            Filen {step.fileName}: {step.result.rowCount} rader.
          </p>
          <p className="mt-2">
            <Link to="/import">Importera en fil till</Link>
          </p>
        </Notice>
      ) : null}

      {step?.step === "checked" ? (
        <section aria-labelledby="resultat-rubrik" className="mt-6" data-testid="import-check">
          <h2 id="resultat-rubrik" className="text-2xl font-bold text-brand-dark" tabIndex={-1} ref={(el) => el?.focus()}>
            Kontroll av {step.fileName}
          </h2>
          <p className="mt-2 text-lg font-semibold" role="status">
            {importSummary(step.result)}
          </p>
          {step.result.errors.length ? (
            <table className="mt-3 w-full border-collapse text-left">
              <caption className="text-left font-semibold">Fel per rad</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-3">
                    Rad
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Rad i filen
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Kolumn
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Fel
                  </th>
                </tr>
              </thead>
              <tbody>
                {sortedRowErrors(step.result).map((e, i) => (
                  <tr key={i} className="border-b border-line">
                    <th scope="row" className="py-2 pr-3">
                      {e.row}
                    </th>
                    <td className="py-2 pr-3">{e.line}</td>
                    <td className="py-2 pr-3">{e.column ?? "(hela raden)"}</td>
                    <td className="py-2 pr-3">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Form method="post" className="mt-4">
              <input type="hidden" name="typ" value={step.kind} />
              <input type="hidden" name="mal" value={step.target} />
              <input type="hidden" name="filnamn" value={step.fileName} />
              <textarea name="csv" defaultValue={step.csv} hidden readOnly aria-hidden="true" />
              <button type="submit" name="intent" value="apply" className={primaryButton} disabled={busy}>
                Importera {step.result.rowCount} rader
              </button>
            </Form>
          )}
          <p className="mt-4">
            <Link to="/import">Välj en annan fil</Link>
          </p>
        </section>
      ) : null}

      {step?.step !== "checked" && step?.step !== "applied" ? (
        <Form method="post" encType="multipart/form-data" className="mt-6 rounded border border-line p-4" aria-labelledby="fil-rubrik">
          <h2 id="fil-rubrik" className="text-xl font-semibold">
            Välj fil
          </h2>
          <ErrorSummary entries={summary} />
          <fieldset className="mt-3">
            <legend className="font-semibold">Vad vill du importera?</legend>
            {message("typ")}
            {kinds.map((k) => (
              <div key={k.key} className="mt-1 flex items-center gap-2">
                <input type="radio" id={`typ-${k.key}`} name="typ" value={k.key} defaultChecked={k.key === chosen} disabled={!k.available} className="h-5 w-5" />
                <label htmlFor={`typ-${k.key}`}>
                  {k.label}
                  {k.available ? null : " (går inte att importera just nu)"}
                </label>
              </div>
            ))}
          </fieldset>
          {kinds.some((k) => k.needsTarget) ? (
            <div className="mt-4">
              <label htmlFor="mal" className="block font-semibold">
                Avgiftstabell (bara för avgiftsposter)
              </label>
              {message("mal")}
              <select id="mal" name="mal" defaultValue={step?.target ?? ""} className={`${inputClass} max-w-md`} {...err("mal")}>
                <option value="">Välj avgiftstabell …</option>
                {kinds
                  .filter((k) => k.needsTarget)
                  .flatMap((k) => k.targets)
                  .map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.title}
                    </option>
                  ))}
              </select>
            </div>
          ) : null}
          <div className="mt-4">
            <label htmlFor="fil" className="block font-semibold">
              CSV-fil (UTF-8, semikolon eller komma, rubrikrad först)
            </label>
            {message("fil")}
            <input id="fil" name="fil" type="file" accept=".csv,text/csv" className="mt-1" {...err("fil")} />
          </div>
          <button type="submit" name="intent" value="check" className={`${primaryButton} mt-4`} disabled={busy}>
            Kontrollera filen
          </button>
        </Form>
      ) : null}

      <section aria-labelledby="kolumner-rubrik" className="mt-10">
        <h2 id="kolumner-rubrik" className="text-2xl font-bold text-brand-dark">
          Kolumner
        </h2>
        {kinds.map((k) => (
          <div key={k.key} className="mt-4">
            <h3 className="text-lg font-semibold">{k.label}</h3>
            {k.columns.length ? (
              <table className="mt-2 w-full border-collapse text-left">
                <caption className="sr-only">Kolumner för {k.label}</caption>
                <thead>
                  <tr className="border-b-2 border-ink">
                    <th scope="col" className="py-1 pr-3">
                      Kolumn
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Obligatorisk
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Beskrivning
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {k.columns.map((c) => (
                    <tr key={c.name} className="border-b border-line">
                      <th scope="row" className="py-1 pr-3 font-mono">
                        {c.name}
                      </th>
                      <td className="py-1 pr-3">{c.required ? "Ja" : "Nej"}</td>
                      <td className="py-1 pr-3">{c.help ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="mt-1 text-muted">Kolumnerna kan inte visas just nu.</p>
            )}
          </div>
        ))}
        <p className="mt-4">
          <a href="#fil-rubrik" className={`${secondaryButton} no-underline`}>
            Till filvalet
          </a>
        </p>
      </section>
    </>
  );
}
