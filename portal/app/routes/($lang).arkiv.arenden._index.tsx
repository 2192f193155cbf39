import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { archiveStaffRoles, label, releaseStatusLabels } from "~/components/archive-labels";
import { EmptyState, SectionNotice } from "~/components/page-section";
import { requireRole } from "~/utils/auth.server";
import { gatewayRequest } from "~/utils/gateway.server";
import { pageTitle } from "~/utils/site";
import { ReleaseQueueQuery } from "./arkiv.arenden._index.graphql";
import { queueAssignees, queueSorts, queueStatuses, readQueueParams, toQueueView } from "./arkiv.arenden._index.view";

export const meta: MetaFunction = () => [{ title: pageTitle("Arkivets ärendekö") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, ...archiveStaffRoles);
  const { values, variables } = readQueueParams(new URL(request.url).searchParams);
  const result = await gatewayRequest({ query: ReleaseQueueQuery, operationName: "ReleaseQueue", variables, accessToken: session.accessToken, signal: request.signal });
  return data({ values, queue: toQueueView(result) }, { headers: { "Cache-Control": "private, no-store" } });
}

const select = "mt-1 block rounded border border-line px-3 py-2";

export default function ReleaseQueue() {
  const { values, queue } = useLoaderData<typeof loader>();
  const nextHref = queue.status === "ok" && queue.data.next ? `?${new URLSearchParams({ status: values.status, sort: values.sort, assignee: values.assignee, after: queue.data.next })}` : null;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-dark">Ärendekö – utlämnande av journalkopior</h1>
      <p className="mt-3"><Link to="/arkiv/statistik">Statistik</Link> · <Link to="/arkiv/register">Journalregistret</Link></p>
      <Form method="get" className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="status" className="font-semibold">Status</label>
          <select id="status" name="status" defaultValue={values.status} className={select}>
            <option value="">Alla</option>
            {queueStatuses.map((s) => <option key={s} value={s}>{label(releaseStatusLabels, s)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="assignee" className="font-semibold">Handläggare</label>
          <select id="assignee" name="assignee" defaultValue={values.assignee} className={select}>
            {Object.entries(queueAssignees).map(([v, t]) => <option key={v} value={v}>{t}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="font-semibold">Sortering</label>
          <select id="sort" name="sort" defaultValue={values.sort} className={select}>
            {Object.entries(queueSorts).map(([v, t]) => <option key={v} value={v}>{t}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">Visa</button>
      </Form>
      <section aria-labelledby="ko-rubrik" className="mt-8">
        <h2 id="ko-rubrik" className="text-2xl font-bold text-brand-dark">Ärenden{queue.status === "ok" ? ` (${queue.data.totalCount})` : ""}</h2>
        {queue.status === "unavailable" ? (
          <SectionNotice>Kön kan inte visas just nu. Försök igen om en stund.</SectionNotice>
        ) : queue.data.rows.length === 0 ? (
          <EmptyState>Inga ärenden matchar.</EmptyState>
        ) : (
          <table className="mt-4 w-full border-collapse text-left">
            <caption className="sr-only">Ärenden i kön</caption>
            <thead>
              <tr>
                {["Ärendenummer", "Mottagen", "Kanal", "Vårdenhet", "Status", "Handläggare"].map((h) => <th key={h} scope="col" className="border-b border-line py-2 pr-4">{h}</th>)}
              </tr>
            </thead>
            <tbody>
              {queue.data.rows.map((r) => (
                <tr key={r.id}>
                  <td className="border-b border-line py-2 pr-4"><Link to={`/arkiv/arenden/${r.id}`}>{r.referenceNumber}</Link></td>
                  <td className="border-b border-line py-2 pr-4">{r.receivedOn}</td>
                  <td className="border-b border-line py-2 pr-4">{r.channel}</td>
                  <td className="border-b border-line py-2 pr-4">{r.careUnit}</td>
                  <td className="border-b border-line py-2 pr-4">{r.status}</td>
                  <td className="border-b border-line py-2">{r.assignee}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {nextHref ? <p className="mt-4"><Link to={nextHref}>Nästa sida</Link></p> : null}
      </section>
    </>
  );
}
