import { Form } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { LocaleLink, useLang, useLocalePath } from "~/i18n/react";
import type { VisitView } from "~/routes/($lang).checka-in._index.view";
import { CheckInCountdown } from "./check-in-countdown";
import { Localized, Sv } from "./localized";

export type CheckInVisitError = { field: "besok" | "betalning"; message: string } | null;

/** One visit: when it is, where check-in stands, and while it is open, the form to check in and pay. */
export function CheckInVisit({ visit, error, cardCharges }: { visit: VisitView; error: CheckInVisitError; cardCharges: boolean | null }) {
  const { t } = useTranslation("checkIn");
  const lp = useLocalePath();
  // The patient's name is Swedish in both languages.
  const svName = useLang() === "sv" ? undefined : "sv";
  const headingId = `besok-${visit.id}`;
  const errorId = `besok-${visit.id}-fel`;
  return (
    <li className="rounded border border-line p-4" aria-labelledby={headingId} data-testid={`besok-${visit.id}`}>
      <h3 id={headingId} className="text-lg font-semibold">
        {visit.startsAtText} · <Sv>{visit.careUnitName}</Sv>
      </h3>
      <p className="text-muted">
        {visit.modeLabel}
        {visit.forDependant ? (
          <>
            {" · "}
            <Trans t={t} i18nKey="visit.forPatient" values={{ name: visit.patientName }} components={{ name: <span lang={svName} /> }} />
          </>
        ) : null}{" "}
        · {t(`visit.state.${visit.state}`)}
      </p>
      {visit.fee ? (
        <p className="mt-2">
          <Trans t={t} i18nKey="visit.fee" values={{ amount: visit.fee.amount }} components={{ strong: <strong /> }} /> <Localized text={visit.fee.explanation} />
        </p>
      ) : (
        <p className="mt-2">{t("visit.feeUnavailable")}</p>
      )}

      {visit.state === "waiting" ? <CheckInCountdown opensAtText={visit.opensAtText} secondsUntilOpen={visit.secondsUntilOpen} /> : null}
      {visit.state === "closed" ? <p className="mt-2">{t("visit.closed", { time: visit.closesAtText })}</p> : null}
      {visit.state === "done" && visit.receiptHref ? (
        <p className="mt-2">
          {t("visit.done")} <LocaleLink to={visit.receiptHref}>{t("visit.showReceipt")}</LocaleLink>
        </p>
      ) : null}

      {visit.state === "open" ? (
        <Form method="post" action={lp("/checka-in?index")} className="mt-3" aria-labelledby={headingId} noValidate>
          <input type="hidden" name="besok" value={visit.id} />
          {error ? (
            <p id={errorId} role="alert" className="mb-2 border-l-4 border-[#8a1c1c] bg-[#fbeaea] px-3 py-2 font-semibold text-[#7a1414]">
              {error.message}
            </p>
          ) : null}
          {visit.fee?.free ? (
            <>
              <input type="hidden" name="betalning" value="gratis" />
              <p>{t("visit.free")}</p>
              <button type="submit" className="mt-2 rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
                {t("visit.confirm")}
              </button>
            </>
          ) : (
            <>
              <fieldset {...(error?.field === "betalning" ? { "aria-invalid": true, "aria-describedby": errorId } : {})}>
                <legend className="font-semibold">{t("visit.howToPay")}</legend>
                <label className="mt-1 flex items-center gap-2">
                  <input type="radio" name="betalning" value="kort" />
                  {t("visit.card")}
                </label>
                {cardCharges === false ? (
                  <p className="ml-6 text-muted" data-testid="lokal-betalning">
                    {t("visit.localCard")}
                  </p>
                ) : null}
                <label className="mt-1 flex items-center gap-2">
                  <input type="radio" name="betalning" value="faktura" />
                  {t("visit.invoice")}
                </label>
              </fieldset>
              <button type="submit" className="mt-3 rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
                {t("visit.submit")}
              </button>
            </>
          )}
        </Form>
      ) : null}
    </li>
  );
}
