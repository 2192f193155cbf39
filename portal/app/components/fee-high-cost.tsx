import type { AccountView } from "~/routes/avgifter.view";
import { EmptyState } from "./page-section";

/** High-cost protection in plain words, with the limit and period of the schedule shown. */
export function HighCostExplanation({ limit, months, missedVisitFee }: { limit: string; months: number; missedVisitFee: string | null }) {
  return (
    <div className="max-w-2xl space-y-3">
      <p>
        Högkostnadsskyddet gör att du inte betalar mer än <strong>{limit}</strong> i patientavgifter under {months} månader.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>Perioden börjar den dag du betalar din första avgift och gäller i {months} månader från den dagen.</li>
        <li>
          Varje avgift du betalar räknas ihop. Det besök som når gränsen kostar bara det som är kvar upp till {limit}. Då får du
          ett frikort.
        </li>
        <li>Med frikort är besöken avgiftsfria resten av perioden. När perioden är slut börjar en ny med nästa avgift du betalar.</li>
        <li>
          Avgifter för uteblivna besök{missedVisitFee ? ` (${missedVisitFee})` : ""} räknas inte in i högkostnadsskyddet och ska
          betalas även om du har frikort.
        </li>
        <li>Högkostnadsskyddet gäller för avgifter i den här regionen.</li>
      </ul>
    </div>
  );
}

/** A resident's standing: running total, limit, period and any frikort, then the payments of the period. */
export function HighCostAccountSummary({ account, whose }: { account: AccountView; whose: "own" | "looked-up" }) {
  const you = whose === "own";
  const period = account.period;
  if (!period) {
    return (
      <EmptyState>
        {you ? "Du har" : "Personen har"} inga avgifter som räknas in i högkostnadsskyddet just nu. Nästa avgift som betalas startar en
        ny period på {account.periodMonths} månader med gränsen {account.limit}.
      </EmptyState>
    );
  }
  const hasSample = period.payments.some((p) => p.sample);
  return (
    <div className="max-w-2xl">
      {period.frikortUntil ? (
        <p className="rounded border-l-4 border-brand bg-surface px-4 py-3 font-semibold" data-testid="frikort">
          {you ? "Du har" : "Personen har"} frikort till och med {period.frikortUntil}. Besök som räknas in i högkostnadsskyddet är
          avgiftsfria till dess.
        </p>
      ) : null}
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1" data-testid="hogkostnadsskydd">
        <dt className="font-semibold">Betalt hittills</dt>
        <dd>
          {period.paid} av {account.limit}
        </dd>
        <dt className="font-semibold">Kvar till frikort</dt>
        <dd>{period.frikortUntil ? "Inget, gränsen är nådd" : period.remaining}</dd>
        <dt className="font-semibold">Period</dt>
        <dd>{period.dates}</dd>
      </dl>
      <meter className="mt-3 block h-4 w-full max-w-sm" min={0} max={account.limitSek} value={period.paidSek} aria-label={`Betalt ${period.paid} av ${account.limit}`}>
        {period.paid} av {account.limit}
      </meter>
      <table className="mt-6 w-full border-collapse text-left">
        <caption className="text-left font-semibold">Betalda avgifter under perioden</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              Datum
            </th>
            <th scope="col" className="py-2 pr-4">
              Avgift för
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Belopp
            </th>
            <th scope="col" className="py-2">
              Räknas in
            </th>
          </tr>
        </thead>
        <tbody>
          {period.payments.map((payment) => (
            <tr key={payment.id} className="border-b border-line">
              <td className="py-2 pr-4 whitespace-nowrap">{payment.date}</td>
              <th scope="row" className="py-2 pr-4 font-normal">
                {payment.what}
                {payment.sample ? <span className="ml-2 text-muted">(exempeldata)</span> : null}
              </th>
              <td className="py-2 pr-4 text-right whitespace-nowrap">{payment.amount}</td>
              <td className="py-2">{payment.counts ? "Ja" : "Nej"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hasSample ? <p className="mt-2 text-muted">Exempeldata: påhittade betalningar som visar hur sidan fungerar i den lokala portalen.</p> : null}
    </div>
  );
}
