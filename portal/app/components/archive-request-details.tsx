import { useTranslation } from "react-i18next";
import type { RequestView } from "~/routes/($lang).mina-arenden.$id.view";
import { FactValue } from "./archive-labels";
import { Sv } from "./localized";

/** A release request's facts, decision and history: the same for the requester and archive staff. */
/** `attachmentHref` is given on the archive staff's page only: the requester sees the file names, staff open the files. */
/** What the archive wrote (the decision, notes) is Swedish and marked so on an English page. */
export function ArchiveRequestDetails({ request, attachmentHref }: { request: RequestView; attachmentHref?: (id: string) => string }) {
  const { t } = useTranslation("archive");
  return (
    <>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="request-facts">
        {request.facts.map((f) => (
          <div key={f.term} className="contents">
            <dt className="font-semibold">{f.term}</dt>
            <dd>
              <FactValue fact={f} />
            </dd>
          </div>
        ))}
      </dl>
      {request.decisionText ? (
        <section aria-labelledby="beslut-rubrik" className="mt-6 rounded border border-line p-4">
          <h2 id="beslut-rubrik" className="text-xl font-semibold">{t("request.decisionHeading")}</h2>
          <p className="mt-2 whitespace-pre-line">
            <Sv>{request.decisionText}</Sv>
          </p>
        </section>
      ) : null}
      {request.attachments.length ? (
        <>
          <h2 className="mt-6 text-xl font-semibold">{t("request.attachmentsHeading")}</h2>
          <ul className="list-disc pl-6">
            {request.attachments.map((a) => (
              <li key={a.id}>{attachmentHref ? <a href={attachmentHref(a.id)}>{a.label}</a> : a.label}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="mt-6 text-xl font-semibold">{t("request.historyHeading")}</h2>
      <ol className="mt-2 grid gap-1" data-testid="request-history">
        {request.history.map((h) => (
          <li key={h.key}>
            <span className="font-semibold">{h.at}</span> {h.what}
            {h.who ? ` (${h.who})` : null}
            {h.note ? (
              <>
                {" – "}
                <Sv>{h.note}</Sv>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
