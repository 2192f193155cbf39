import { Trans, useTranslation } from "react-i18next";
import type { AccountView } from "~/routes/($lang).avgifter.view";
import { FallbackMark } from "./localized";
import { EmptyState } from "./page-section";

/** High-cost protection in plain words, with the limit and period of the schedule shown. */
export function HighCostExplanation({ limit, months, missedVisitFee }: { limit: string; months: number; missedVisitFee: string | null }) {
  const { t } = useTranslation("fees");
  return (
    <div className="max-w-2xl space-y-3">
      <p>
        <Trans t={t} i18nKey="highCost.limit" count={months} values={{ limit, count: months }} components={{ strong: <strong /> }} />
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>{t("highCost.period", { count: months })}</li>
        <li>{t("highCost.adds", { limit })}</li>
        <li>{t("highCost.frikort")}</li>
        <li>{missedVisitFee ? t("highCost.missedWithFee", { fee: missedVisitFee }) : t("highCost.missed")}</li>
        <li>{t("highCost.region")}</li>
      </ul>
    </div>
  );
}

type Payment = NonNullable<AccountView["period"]>["payments"][number];

/** What a payment was for: the visit kind's name, a missed visit said as such; a Swedish name on an English page marked. */
function PaymentWhat({ payment }: { payment: Payment }) {
  const { t } = useTranslation("fees");
  const { what, missed } = payment;
  const name = <span lang={what.fallback ? "sv" : undefined}>{what.text}</span>;
  return (
    <>
      {missed ? (
        <>
          {t("account.missedVisit")} ({name})
        </>
      ) : (
        name
      )}
      {what.fallback ? (
        <>
          {" "}
          <FallbackMark />
        </>
      ) : null}
    </>
  );
}

/** A resident's standing: running total, limit, period and any frikort, then the payments of the period. */
export function HighCostAccountSummary({ account, whose }: { account: AccountView; whose: "own" | "looked-up" }) {
  const { t } = useTranslation("fees");
  const you = whose === "own";
  const period = account.period;
  if (!period) {
    return <EmptyState>{t(you ? "account.noPeriodOwn" : "account.noPeriodOther", { count: account.periodMonths, limit: account.limit })}</EmptyState>;
  }
  const hasSample = period.payments.some((p) => p.sample);
  const paidOf = t("account.paidOf", { paid: period.paid, limit: account.limit });
  return (
    <div className="max-w-2xl">
      {period.frikortUntil ? (
        <p className="rounded border-l-4 border-brand bg-surface px-4 py-3 font-semibold" data-testid="frikort">
          {t(you ? "account.frikortOwn" : "account.frikortOther", { date: period.frikortUntil })}
        </p>
      ) : null}
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1" data-testid="hogkostnadsskydd">
        <dt className="font-semibold">{t("account.paidSoFar")}</dt>
        <dd>{paidOf}</dd>
        <dt className="font-semibold">{t("account.remaining")}</dt>
        <dd>{period.frikortUntil ? t("account.limitReached") : period.remaining}</dd>
        <dt className="font-semibold">{t("account.period")}</dt>
        <dd>{period.dates}</dd>
      </dl>
      <meter
        className="mt-3 block h-4 w-full max-w-sm"
        min={0}
        max={account.limitSek}
        value={period.paidSek}
        aria-label={t("account.meter", { paid: period.paid, limit: account.limit })}
      >
        {paidOf}
      </meter>
      <table className="mt-6 w-full border-collapse text-left">
        <caption className="text-left font-semibold">{t("account.paymentsCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              {t("account.date")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("account.what")}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t("account.amount")}
            </th>
            <th scope="col" className="py-2">
              {t("account.counts")}
            </th>
          </tr>
        </thead>
        <tbody>
          {period.payments.map((payment) => (
            <tr key={payment.id} className="border-b border-line">
              <td className="py-2 pr-4 whitespace-nowrap">{payment.date}</td>
              <th scope="row" className="py-2 pr-4 font-normal">
                <PaymentWhat payment={payment} />
                {payment.sample ? <span className="ml-2 text-muted">{t("account.sample")}</span> : null}
              </th>
              <td className="py-2 pr-4 text-right whitespace-nowrap">{payment.amount}</td>
              <td className="py-2">{payment.counts ? t("account.yes") : t("account.no")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hasSample ? <p className="mt-2 text-muted">{t("account.sampleNote")}</p> : null}
    </div>
  );
}
