import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { EmptyState, ErrorSummary, errorText, inputClass, Pager, primaryButton, secondaryButton } from "~/components/ui";
import { AuditEntrySchema, connection, readOutcome } from "~/editorial/api";
import { auditActionLabels, auditFilterVariables, describeAuditEntry, readAuditFilters } from "~/editorial/audit-view";
import { auditAreas, auditLogField, contentTypes } from "~/editorial/content-types";
import { auditDocuments } from "~/editorial/operations.graphql";
import { pageLinks, readPageParams } from "~/editorial/paging";
import { failure } from "~/editorial/route-helpers.server";
import { requireEditor } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";

export const meta: MetaFunction = () => [{ title: pageTitle("Ändringslogg") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const editor = await requireEditor(request);
  const search = new URL(request.url).searchParams;
  const { filters, errors } = readAuditFilters(search);
  const page = readPageParams(search);
  const headers = { "Cache-Control": "private, no-store" };
  if (Object.keys(errors).length) return data({ filters, errors, entries: [], totalCount: 0, pager: { next: null, previous: null }, query: search.toString() }, { status: 400, headers });
  const result = await editor.send(auditDocuments[filters.area]!, { filter: auditFilterVariables(filters), first: 50, after: page.after });
  const log = readOutcome(result, auditLogField(filters.area), connection(AuditEntrySchema));
  if (log.kind === "invalid" || log.kind === "bad-input") {
    return data({ filters, errors: { form: "Filtret kunde inte användas. Kontrollera fälten." }, entries: [], totalCount: 0, pager: { next: null, previous: null }, query: search.toString() }, { status: 400, headers });
  }
  if (log.kind !== "ok") throw failure(log);
  const exportQuery = new URLSearchParams(search);
  exportQuery.delete("efter");
  exportQuery.delete("fore");
  return data(
    {
      filters,
      errors: {} as Record<string, string>,
      entries: log.data.edges.map((e) => describeAuditEntry(e.node)),
      totalCount: log.data.totalCount,
      pager: pageLinks(search, page, log.data.pageInfo),
      query: exportQuery.toString(),
    },
    { headers },
  );
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className={`font-semibold ${errorText}`}>
      <span className="sr-only">Fel: </span>
      {message}
    </p>
  ) : null;
}

export default function AuditLog() {
  const { filters, errors, entries, totalCount, pager, query } = useLoaderData<typeof loader>();
  const err = errors as Record<string, string | undefined>;
  const tabQuery = (area: string) => {
    const p = new URLSearchParams(query);
    p.set("omrade", area);
    p.delete("efter");
    p.delete("fore");
    return `?${p.toString()}`;
  };
  const invalid = (name: string) => (err[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-fel` } : {});
  // A refused filter is announced (the summary takes focus) and each message links to its field.
  const fieldIds: Record<string, string> = { from: "fran", to: "till", action: "handelse" };
  const summary = Object.entries(err)
    .filter((entry): entry is [string, string] => !!entry[1])
    .map(([path, message]) => ({ path, message, target: fieldIds[path] ?? null }));
  return (
    <>
      <p>
        <Link to="/">Start</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-dark">Ändringslogg</h1>
      <p className="mt-2 max-w-2xl">Vem som ändrade vad och när i innehållet. Nyaste först.</p>

      <nav aria-label="Områden" className="mt-6 border-b-2 border-brand">
        <ul className="flex flex-wrap gap-1">
          {auditAreas.map((area) => (
            <li key={area.key}>
              <Link
                to={tabQuery(area.key)}
                aria-current={area.key === filters.area ? "page" : undefined}
                className={`inline-block rounded-t px-4 py-2 font-semibold ${area.key === filters.area ? "bg-brand text-white no-underline" : "bg-surface"}`}
              >
                {area.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <Form method="get" className="mt-4 rounded border border-line p-4" aria-labelledby="loggfilter-rubrik">
        <h2 id="loggfilter-rubrik" className="text-lg font-semibold">
          Filtrera
        </h2>
        <input type="hidden" name="omrade" value={filters.area} />
        <ErrorSummary entries={summary} />
        <div className="mt-2 grid gap-4 md:grid-cols-3">
          <div>
            <label htmlFor="vem" className="block font-semibold">
              Vem (användar-id)
            </label>
            <input id="vem" name="vem" defaultValue={filters.actor} className={inputClass} />
          </div>
          <div>
            <label htmlFor="handelse" className="block font-semibold">
              Händelse
            </label>
            <FieldError id="action-fel" message={err.action} />
            <select id="handelse" name="handelse" defaultValue={filters.action} className={inputClass} {...invalid("action")}>
              <option value="">Alla</option>
              {Object.entries(auditActionLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label} ({value})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="typ" className="block font-semibold">
              Typ
            </label>
            <select id="typ" name="typ" defaultValue={filters.entityType} className={inputClass}>
              <option value="">Alla</option>
              {contentTypes
                .filter((t) => t.area === filters.area)
                .map((t) => (
                  <option key={t.key} value={t.key}>
                    {t.label}
                  </option>
                ))}
            </select>
          </div>
          <div>
            <label htmlFor="fran" className="block font-semibold">
              Från och med
            </label>
            <FieldError id="from-fel" message={err.from} />
            <input id="fran" name="fran" type="date" defaultValue={filters.from} className={inputClass} {...(err.from ? { "aria-invalid": true as const, "aria-describedby": "from-fel" } : {})} />
          </div>
          <div>
            <label htmlFor="till" className="block font-semibold">
              Till och med
            </label>
            <FieldError id="to-fel" message={err.to} />
            <input id="till" name="till" type="date" defaultValue={filters.to} className={inputClass} {...(err.to ? { "aria-invalid": true as const, "aria-describedby": "to-fel" } : {})} />
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className={primaryButton}>
            Visa
          </button>
          <a href={`/logg/csv?${query}`} className={`${secondaryButton} no-underline`} download>
            Exportera till CSV
          </a>
        </div>
      </Form>

      <p className="mt-6" role="status">
        {totalCount === 1 ? "1 händelse" : `${totalCount} händelser`}
      </p>
      {entries.length === 0 ? (
        <EmptyState title="Inga händelser matchar filtret." />
      ) : (
        <table className="mt-2 w-full border-collapse text-left">
          <caption className="sr-only">Händelser, nyaste först</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              {["När", "Vem", "Händelse", "Vad", "Ändrade fält"].map((h) => (
                <th key={h} scope="col" className="py-2 pr-3">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const type = contentTypes.find((t) => t.key === e.entityType);
              return (
                <tr key={e.id} className="border-b border-line align-top">
                  <td className="py-2 pr-3">{e.when}</td>
                  <td className="py-2 pr-3">
                    {e.who}
                    <span className="block text-sm text-muted">{e.actorRoles.join(", ")}</span>
                  </td>
                  <td className="py-2 pr-3">{e.what}</td>
                  <td className="py-2 pr-3">
                    {e.typeLabel}:{" "}
                    {type ? <Link to={`/innehall/${type.slug}/${encodeURIComponent(e.entityId)}`}>{e.entityId}</Link> : e.entityId}
                  </td>
                  <td className="py-2 pr-3">{e.changedFields.length ? e.changedFields.join(", ") : "–"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Pager previous={pager.previous} next={pager.next} label="Sidor i loggen" />
    </>
  );
}
