import { useTranslation } from "react-i18next";
import { LocaleLink } from "~/i18n/react";
import type { Section } from "~/utils/section";
import { FeeTable, FeeTextView, type FeeText } from "./fee-table";
import { EmptyState, PageSection, SectionNotice } from "./page-section";

/**
 * The home page's short fee table. `title` and the lines' `label` are the API's names: pass them picked
 * (`pickText(value, lang)`) so an English page marks a Swedish fallback; a plain string is shown as it is.
 */
export type FeeScheduleView = {
  title: FeeText;
  validity: string;
  freeUnderAge: number | null;
  highCostLimit: string | null;
  items: Array<{ key: string; label: FeeText; amount: string }>;
};

/** `null` data: the region has no schedule in force today. */
export function FeeScheduleSection({ section }: { section: Section<FeeScheduleView | null> }) {
  const { t } = useTranslation("fees");
  return (
    <PageSection id="avgifter" title={t("scheduleSection.title")}>
      {section.status === "unavailable" ? (
        <SectionNotice>{t("scheduleSection.unavailable")}</SectionNotice>
      ) : section.data === null ? (
        <EmptyState>{t("scheduleSection.none")}</EmptyState>
      ) : (
        <FeeSchedule schedule={section.data} />
      )}
    </PageSection>
  );
}

function FeeSchedule({ schedule }: { schedule: FeeScheduleView }) {
  const { t } = useTranslation("fees");
  return (
    <>
      <h3 className="text-lg font-semibold">
        <FeeTextView text={schedule.title} />
      </h3>
      <p className="text-muted">{schedule.validity}</p>
      {schedule.freeUnderAge !== null ? <p className="mt-2">{t("scheduleSection.freeUnder", { age: schedule.freeUnderAge })}</p> : null}
      {schedule.items.length === 0 ? (
        <EmptyState>{t("table.empty")}</EmptyState>
      ) : (
        <FeeTable caption={<FeeTextView text={schedule.title} />} items={schedule.items} />
      )}
      {schedule.highCostLimit ? <p className="mt-4">{t("scheduleSection.highCost", { limit: schedule.highCostLimit })}</p> : null}
      <p className="mt-4">
        <LocaleLink to="/avgifter">{t("scheduleSection.more")}</LocaleLink>
      </p>
    </>
  );
}
