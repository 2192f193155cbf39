import type { RequestView } from "~/routes/mina-arenden.$id.view";

/** A release request's facts, decision and history: the same for the requester and archive staff. */
/** `attachmentHref` is given on the archive staff's page only: the requester sees the file names, staff open the files. */
export function ArchiveRequestDetails({ request, attachmentHref }: { request: RequestView; attachmentHref?: (id: string) => string }) {
  return (
    <>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="request-facts">
        {request.facts.map((f) => (
          <div key={f.term} className="contents">
            <dt className="font-semibold">{f.term}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {request.decisionText ? (
        <section aria-labelledby="beslut-rubrik" className="mt-6 rounded border border-line p-4">
          <h2 id="beslut-rubrik" className="text-xl font-semibold">Beslut</h2>
          <p className="mt-2 whitespace-pre-line">{request.decisionText}</p>
        </section>
      ) : null}
      {request.attachments.length ? (
        <>
          <h2 className="mt-6 text-xl font-semibold">Bilagor</h2>
          <ul className="list-disc pl-6">
            {request.attachments.map((a) => (
              <li key={a.id}>{attachmentHref ? <a href={attachmentHref(a.id)}>{a.label}</a> : a.label}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="mt-6 text-xl font-semibold">Händelser</h2>
      <ol className="mt-2 grid gap-1" data-testid="request-history">
        {request.history.map((h) => (
          <li key={h.key}>
            <span className="font-semibold">{h.at}</span> {h.what}
            {h.who ? ` (${h.who})` : null}
            {h.note ? ` – ${h.note}` : null}
          </li>
        ))}
      </ol>
    </>
  );
}
