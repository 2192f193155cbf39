import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { archiveStaffRoles, FieldError } from "~/components/archive-labels";
import { EmptyState, PageSection, SectionNotice } from "~/components/page-section";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { RecordIndexLogQuery, RecordIndexSearchQuery } from "./arkiv.register.graphql";
import { readSearch, toRegisterView, type SearchValues } from "./arkiv.register.view";

export const meta: MetaFunction = () => [{ title: pageTitle("Journalregistret") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ...archiveStaffRoles);
  const { values, input, errors } = readSearch(new URL(request.url).searchParams);
  const result = input
    ? await gatewayRequest({ query: RecordIndexSearchQuery, operationName: "RecordIndexSearch", variables: { input }, accessToken: session.accessToken, signal: request.signal })
    : await gatewayRequest({ query: RecordIndexLogQuery, operationName: "RecordIndexLog", accessToken: session.accessToken, signal: request.signal });
  const view = toRegisterView(result, !!input);
  return data({ values, ...view, fieldErrors: { ...errors, ...view.fieldErrors } }, { headers: { "Cache-Control": "private, no-store" } });
}

const fields: { name: keyof SearchValues; label: string; hint?: string }[] = [
  { name: "purpose", label: "Syfte (krävs, skrivs i åtkomstloggen)", hint: "Till exempel ärendenumret." },
  { name: "personnummer", label: "Personnummer" },
  { name: "name", label: "Namn" },
  { name: "yearFrom", label: "Från år" },
  { name: "yearTo", label: "Till år" },
  { name: "unit", label: "Enhet eller verksamhet" },
];

export default function RecordIndex() {
  const view = useLoaderData<typeof loader>();
  return (
    <>
      <p><Link to="/arkiv/arenden">Till ärendekön</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-dark">Journalregistret</h1>
      <p className="mt-3 max-w-2xl">Varje sökning loggas med vem, när, vad och syftet. Registret visas bara för arkivpersonal.</p>
      <Form method="get" className="mt-6 grid max-w-2xl gap-4 sm:grid-cols-2">
        {fields.map((f) => {
          const invalid = !!view.fieldErrors[f.name]?.length;
          const describedBy = [f.hint ? `${f.name}-hint` : null, invalid ? `${f.name}-fel` : null].filter(Boolean).join(" ") || undefined;
          return (
            <div key={f.name} className={f.name === "purpose" ? "sm:col-span-2" : undefined}>
              <label htmlFor={f.name} className="font-semibold">{f.label}</label>
              {f.hint ? <p id={`${f.name}-hint`} className="text-muted">{f.hint}</p> : null}
              <input id={f.name} name={f.name} defaultValue={view.values[f.name] ?? ""} aria-invalid={invalid || undefined} aria-describedby={describedBy} className="mt-1 block w-full rounded border border-line px-3 py-2" />
              <FieldError id={`${f.name}-fel`} messages={view.fieldErrors[f.name]} />
            </div>
          );
        })}
        <div><button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">Sök</button></div>
      </Form>
      {view.found ? (
        <PageSection id="traffar" title="Träffar">
          {view.found.status === "unavailable" ? <SectionNotice>Registret kan inte visas just nu.</SectionNotice> : view.found.data.rows.length === 0 ? <EmptyState>Inga journaler matchar.</EmptyState> : (
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Journaler som matchar sökningen ({view.found.data.totalCount})</caption>
              <thead><tr>{["Namn", "Personnummer", "Enhet", "Kontakter", "Diagnos", "Plats"].map((h) => <th key={h} scope="col" className="border-b border-line py-2 pr-4">{h}</th>)}</tr></thead>
              <tbody>
                {view.found.data.rows.map((r) => (
                  <tr key={r.id}>
                    <td className="border-b border-line py-2 pr-4">{r.name}</td>
                    <td className="border-b border-line py-2 pr-4">{r.personnummer}</td>
                    <td className="border-b border-line py-2 pr-4">{r.unit}</td>
                    <td className="border-b border-line py-2 pr-4">{r.period}</td>
                    <td className="border-b border-line py-2 pr-4">{r.diagnosis}</td>
                    <td className="border-b border-line py-2">{r.location}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </PageSection>
      ) : null}
      <PageSection id="logg" title="Åtkomstlogg (senaste 20)">
        {view.log.status === "unavailable" ? <SectionNotice>Loggen kan inte visas just nu.</SectionNotice> : view.log.data.length === 0 ? <EmptyState>Ingen har sökt i registret ännu.</EmptyState> : (
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Åtkomstlogg för journalregistret</caption>
            <thead><tr>{["När", "Vem", "Vad", "Syfte"].map((h) => <th key={h} scope="col" className="border-b border-line py-2 pr-4">{h}</th>)}</tr></thead>
            <tbody>
              {view.log.data.map((l) => (
                <tr key={l.id}>
                  <td className="border-b border-line py-2 pr-4">{l.at}</td>
                  <td className="border-b border-line py-2 pr-4">{l.who}</td>
                  <td className="border-b border-line py-2 pr-4">{l.what}</td>
                  <td className="border-b border-line py-2">{l.purpose}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PageSection>
    </>
  );
}
