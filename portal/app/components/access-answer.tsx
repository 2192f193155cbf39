import type { PartyView } from "~/routes/journalatkomst.view";

/** The answer per party: a row of yes/no, then every reason with its source. */
export function AccessAnswer({ summary, parties, flags }: { summary: string; parties: PartyView[]; flags: string[] }) {
  return (
    <div>
      <p>{summary}</p>
      {flags.length > 0 ? (
        <ul className="mt-3 list-disc border-l-4 border-notice-edge bg-notice py-2 pl-8 pr-4" aria-label="Att tänka på">
          {flags.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      ) : null}
      <table className="mt-4 w-full border-collapse text-left">
        <caption className="sr-only">Vad varje part når via nätet</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-line py-2 pr-4">Part</th>
            <th scope="col" className="border-b border-line py-2 pr-4">E-tjänster</th>
            <th scope="col" className="border-b border-line py-2">Journalen</th>
          </tr>
        </thead>
        <tbody>
          {parties.map((p) => (
            <tr key={p.heading}>
              <th scope="row" className="border-b border-line py-2 pr-4">{p.heading}</th>
              <td className="border-b border-line py-2 pr-4">{p.eServices}</td>
              <td className="border-b border-line py-2">{p.journal}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {parties.map((p) => (
        <section key={p.heading} className="mt-6" aria-label={`Skäl: ${p.heading}`}>
          <h3 className="text-lg font-semibold">Varför – {p.heading.toLowerCase()}</h3>
          <ul className="mt-2 list-disc pl-6">
            {p.reasons.map((r) => (
              <li key={r.rule} className="mt-1">
                {r.text} <span className="text-muted">Källa: {r.url ? <a href={r.url}>{r.source}</a> : r.source}.</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
