import { Form, Link } from "@remix-run/react";
import type { VisitView } from "~/routes/checka-in._index.view";
import { CheckInCountdown } from "./check-in-countdown";

export type CheckInVisitError = { field: "besok" | "betalning"; message: string } | null;

const stateLabel = { waiting: "Inte öppen än", open: "Öppen för incheckning", closed: "Stängd", done: "Incheckad" } as const;

/** One visit: when it is, where check-in stands, and while it is open, the form to check in and pay. */
export function CheckInVisit({ visit, error, cardCharges }: { visit: VisitView; error: CheckInVisitError; cardCharges: boolean | null }) {
  const headingId = `besok-${visit.id}`;
  const errorId = `besok-${visit.id}-fel`;
  return (
    <li className="rounded border border-line p-4" aria-labelledby={headingId} data-testid={`besok-${visit.id}`}>
      <h3 id={headingId} className="text-lg font-semibold">
        {visit.startsAtText} · {visit.careUnitName}
      </h3>
      <p className="text-muted">
        {visit.modeLabel}
        {visit.forDependant ? ` · för ${visit.patientName}` : ""} · {stateLabel[visit.state]}
      </p>
      {visit.fee ? (
        <p className="mt-2">
          Avgift: <strong>{visit.fee.amount}</strong>. {visit.fee.explanation}
        </p>
      ) : (
        <p className="mt-2">Avgiften kan inte visas just nu; den räknas ut när du checkar in.</p>
      )}

      {visit.state === "waiting" ? <CheckInCountdown opensAtText={visit.opensAtText} secondsUntilOpen={visit.secondsUntilOpen} /> : null}
      {visit.state === "closed" ? <p className="mt-2">Incheckningen stängde {visit.closesAtText}. Anmäl dig i receptionen eller kontakta mottagningen.</p> : null}
      {visit.state === "done" && visit.receiptHref ? (
        <p className="mt-2">
          Besöket är incheckat. <Link to={visit.receiptHref}>Visa kvittot</Link>
        </p>
      ) : null}

      {visit.state === "open" ? (
        <Form method="post" action="/checka-in?index" className="mt-3" aria-labelledby={headingId} noValidate>
          <input type="hidden" name="besok" value={visit.id} />
          {error ? (
            <p id={errorId} role="alert" className="mb-2 border-l-4 border-[#8a1c1c] bg-[#fbeaea] px-3 py-2 font-semibold text-[#7a1414]">
              {error.message}
            </p>
          ) : null}
          {visit.fee?.free ? (
            <>
              <input type="hidden" name="betalning" value="gratis" />
              <p>Du behöver inte betala något för det här besöket.</p>
              <button type="submit" className="mt-2 rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
                Bekräfta att du är här
              </button>
            </>
          ) : (
            <>
              <fieldset {...(error?.field === "betalning" ? { "aria-invalid": true, "aria-describedby": errorId } : {})}>
                <legend className="font-semibold">Hur vill du betala?</legend>
                <label className="mt-1 flex items-center gap-2">
                  <input type="radio" name="betalning" value="kort" />
                  Med kort nu
                </label>
                {cardCharges === false ? (
                  <p className="ml-6 text-muted" data-testid="lokal-betalning">
                    Det här är en testmiljö: kortbetalningen registreras men inga pengar dras.
                  </p>
                ) : null}
                <label className="mt-1 flex items-center gap-2">
                  <input type="radio" name="betalning" value="faktura" />
                  Mot faktura
                </label>
              </fieldset>
              <button type="submit" className="mt-3 rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
                Checka in
              </button>
            </>
          )}
        </Form>
      ) : null}
    </li>
  );
}
