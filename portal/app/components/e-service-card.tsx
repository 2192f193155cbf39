import { useTranslation } from "react-i18next";
import { Localized, Sv } from "~/components/localized";
import { LocaleLink } from "~/i18n/react";
import type { EServiceCardView, Verdict } from "~/routes/($lang).e-tjanster.service.view";

const verdictClass: Record<Verdict, string> = {
  yes: "border-[#1f6b3a] bg-[#eaf6ee]",
  no: "border-[#8a1c1c] bg-[#fbeaea]",
  depends: "border-notice-edge bg-notice",
};

/** Whether the visitor can use the service, and every reason, in words (never by colour alone). */
export function EServiceVerdict({ service }: { service: EServiceCardView }) {
  const { t } = useTranslation("eServices");
  return (
    <div className={`mt-3 border-l-4 px-3 py-2 ${verdictClass[service.verdict]}`}>
      <p className="font-semibold">{service.verdictText}</p>
      <ul className="mt-1 list-disc pl-5">
        {service.reasons.map((reason) => (
          <li key={reason.code}>
            <span className="sr-only">{t(`card.outcome.${reason.outcome}`)}: </span>
            <Localized text={reason.text} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function EServiceStaffing({ service }: { service: EServiceCardView }) {
  const { t } = useTranslation("eServices");
  if (!service.staffedHours) return null;
  return (
    <div className="mt-3">
      {service.staffing ? <p className="font-semibold">{service.staffing.text}</p> : null}
      <p>{t("card.staffAnswer")}</p>
      <ul className="list-disc pl-5">
        {service.staffedHours.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** "Kanal: Video · Drivs av Region Norrbotten": the provider is a name, kept Swedish (marked on English pages). */
export function EServiceByline({ service }: { service: Pick<EServiceCardView, "channelLabel" | "provider"> }) {
  const { t } = useTranslation("eServices");
  return (
    <>
      {service.channelLabel ? t("card.channel", { channel: service.channelLabel }) : null}
      {service.channelLabel && service.provider ? " · " : null}
      {service.provider ? (
        <>
          {t("card.providedBy")} <Sv>{service.provider}</Sv>
        </>
      ) : null}
    </>
  );
}

export function EServiceCard({ service, query }: { service: EServiceCardView; query: string }) {
  const { t } = useTranslation("eServices");
  return (
    <li className="rounded border border-line p-4" data-testid={`e-tjanst-${service.slug}`}>
      <h3 className="text-lg font-semibold">
        <LocaleLink to={`${service.href}${query}`}>
          <Localized text={service.name} />
        </LocaleLink>
      </h3>
      <p className="text-muted">
        <EServiceByline service={service} />
      </p>
      <p className="mt-2">
        <Localized text={service.summary} />
      </p>
      {service.cost ? (
        <p className="mt-2">
          {t("card.cost")} <Localized text={service.cost} />
        </p>
      ) : null}
      <EServiceStaffing service={service} />
      <EServiceVerdict service={service} />
    </li>
  );
}
