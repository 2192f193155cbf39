import { useTranslation } from "react-i18next";
import { Localized, Sv } from "~/components/localized";
import type { AccessAnswerView } from "~/routes/($lang).journalatkomst.view";

/** The answer per party: a row of yes/no, then every reason with its source. */
export function AccessAnswer({ answer: { region, on, age, parties, flags } }: { answer: AccessAnswerView }) {
  const { t } = useTranslation("journalAccess");
  return (
    <div>
      <p>
        <Sv>{region}</Sv>, {t("answer.summary", { on, count: age })}
      </p>
      {flags.length > 0 ? (
        <ul className="mt-3 list-disc border-l-4 border-notice-edge bg-notice py-2 pl-8 pr-4" aria-label={t("answer.flagsLabel")}>
          {flags.map((f, i) => (
            <li key={i}>
              {f.label}
              {f.date ? ` (${f.date})` : null}: <Localized text={f.reason} />
            </li>
          ))}
        </ul>
      ) : null}
      <table className="mt-4 w-full border-collapse text-left">
        <caption className="sr-only">{t("answer.caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-line py-2 pr-4">
              {t("answer.party")}
            </th>
            <th scope="col" className="border-b border-line py-2 pr-4">
              {t("answer.eServices")}
            </th>
            <th scope="col" className="border-b border-line py-2">
              {t("answer.journal")}
            </th>
          </tr>
        </thead>
        <tbody>
          {parties.map((p) => (
            <tr key={p.heading}>
              <th scope="row" className="border-b border-line py-2 pr-4">
                {p.heading}
              </th>
              <td className="border-b border-line py-2 pr-4">{p.eServices}</td>
              <td className="border-b border-line py-2">{p.journal}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {parties.map((p) => (
        <section key={p.heading} className="mt-6" aria-label={t("answer.reasonsLabel", { party: p.heading })}>
          <h3 className="text-lg font-semibold">{p.reasonsHeading}</h3>
          <ul className="mt-2 list-disc pl-6">
            {p.reasons.map((r) => (
              <li key={r.rule} className="mt-1">
                <Localized text={r.text} />{" "}
                <span className="text-muted">
                  {t("answer.source")} <Sv>{r.url ? <a href={r.url}>{r.source}</a> : r.source}</Sv>.
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
