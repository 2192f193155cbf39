import { useTranslation } from "react-i18next";
import { LocaleLink } from "~/i18n/react";
import type { StaffGuidelinesView } from "~/routes/($lang)._index.view";
import type { Section } from "~/utils/section";
import { Localized } from "./localized";
import { EmptyState, PageSection, SectionNotice } from "./page-section";

/** The home page's part for care staff: the newest guidelines and the way to the staff pages. */
export function StaffSection({ section }: { section: Section<StaffGuidelinesView> }) {
  const { t } = useTranslation("home");
  return (
    <PageSection id="for-personal" title={t("staff.title")}>
      {section.status === "unavailable" ? (
        <SectionNotice>{t("staff.unavailable")}</SectionNotice>
      ) : section.data.titles.length === 0 ? (
        <EmptyState>{t("staff.empty")}</EmptyState>
      ) : (
        <>
          <p>{t("staff.count", { count: section.data.totalCount })}</p>
          <ul className="mt-2 list-disc pl-6">
            {section.data.titles.map((g) => (
              <li key={g.id}>
                <Localized text={g.title} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-4">
        <LocaleLink to="/personal">{t("staff.all")}</LocaleLink>
      </p>
    </PageSection>
  );
}
