import { Link } from "@remix-run/react";
import type { EServiceCardView, Verdict } from "~/routes/e-tjanster.service.view";

const verdictClass: Record<Verdict, string> = {
  yes: "border-[#1f6b3a] bg-[#eaf6ee]",
  no: "border-[#8a1c1c] bg-[#fbeaea]",
  depends: "border-notice-edge bg-notice",
};
const outcomeLabel = { MET: "Uppfyllt", NOT_MET: "Inte uppfyllt", UNKNOWN: "Okänt" } as const;

/** Whether the visitor can use the service, and every reason, in words (never by colour alone). */
export function EServiceVerdict({ service }: { service: EServiceCardView }) {
  return (
    <div className={`mt-3 border-l-4 px-3 py-2 ${verdictClass[service.verdict]}`}>
      <p className="font-semibold">{service.verdictText}</p>
      <ul className="mt-1 list-disc pl-5">
        {service.reasons.map((reason) => (
          <li key={reason.code}>
            <span className="sr-only">{outcomeLabel[reason.outcome]}: </span>
            {reason.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function EServiceStaffing({ service }: { service: EServiceCardView }) {
  if (!service.staffedHours) return null;
  return (
    <div className="mt-3">
      {service.staffing ? <p className="font-semibold">{service.staffing.text}</p> : null}
      <p>Personalen svarar:</p>
      <ul className="list-disc pl-5">
        {service.staffedHours.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

export function EServiceCard({ service, query }: { service: EServiceCardView; query: string }) {
  return (
    <li className="rounded border border-line p-4" data-testid={`e-tjanst-${service.slug}`}>
      <h3 className="text-lg font-semibold">
        <Link to={`${service.href}${query}`}>{service.name}</Link>
      </h3>
      <p className="text-muted">
        {[service.channelLabel ? `Kanal: ${service.channelLabel}` : null, service.provider ? `Drivs av ${service.provider}` : null].filter(Boolean).join(" · ")}
      </p>
      <p className="mt-2">{service.summary}</p>
      {service.cost ? <p className="mt-2">Kostnad: {service.cost}</p> : null}
      <EServiceStaffing service={service} />
      <EServiceVerdict service={service} />
    </li>
  );
}
