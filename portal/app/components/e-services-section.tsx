import { Trans, useTranslation } from "react-i18next";
import type { PickedText } from "~/i18n/localized";
import { LocaleLink } from "~/i18n/react";
import type { Section } from "~/utils/section";
import { Localized } from "./localized";
import { EmptyState, PageSection, SectionNotice } from "./page-section";

/**
 * A service on the start page. `name` and `summary` are content: a `PickedText` (from `pickText`) is shown in
 * its language and marked when an English page falls back to Swedish; a plain string is shown as it is.
 */
export type EServiceCard = { id: string; name: string | PickedText; summary: string | PickedText | null; channelLabel: string | null };

const Content = ({ value }: { value: string | PickedText }) => (typeof value === "string" ? <>{value}</> : <Localized text={value} />);

export function EServicesSection({ section }: { section: Section<EServiceCard[]> }) {
  const { t } = useTranslation("eServices");
  return (
    <PageSection id="e-tjanster" title={t("section.title")}>
      {section.status === "unavailable" ? (
        <SectionNotice>{t("section.unavailable")}</SectionNotice>
      ) : section.data.length === 0 ? (
        <EmptyState>{t("section.empty")}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {section.data.map((service) => (
            <li key={service.id} className="rounded border border-line p-4">
              <h3 className="text-lg font-semibold">
                <Content value={service.name} />
              </h3>
              {service.channelLabel ? <p className="text-muted">{t("card.channel", { channel: service.channelLabel })}</p> : null}
              {service.summary ? (
                <p className="mt-2">
                  <Content value={service.summary} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Trans t={t} i18nKey="section.seeAll" components={{ a: <LocaleLink to="/e-tjanster" /> }} />
      </p>
    </PageSection>
  );
}
