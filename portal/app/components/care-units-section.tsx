import { useTranslation } from "react-i18next";
import { LocaleLink } from "~/i18n/react";
import type { Section } from "~/utils/section";
import { Sv } from "./localized";
import { EmptyState, PageSection, SectionNotice } from "./page-section";

export type CareUnitCard = {
  id: string;
  hsaId: string;
  name: string;
  kindLabel: string;
  municipality: string | null;
  address: string | null;
  phone: { text: string; href: string } | null;
};

export type CareUnitsView = { totalCount: number; units: CareUnitCard[] };

/** The home page's first care units and the way to search them all. Names and addresses stay Swedish. */
export function CareUnitsSection({ section }: { section: Section<CareUnitsView> }) {
  const { t } = useTranslation("careUnits");
  return (
    <PageSection id="vardenheter" title={t("section.title")}>
      {section.status === "unavailable" ? (
        <SectionNotice>{t("section.unavailable")}</SectionNotice>
      ) : section.data.units.length === 0 ? (
        <EmptyState>{t("section.empty")}</EmptyState>
      ) : (
        <>
          {section.data.totalCount > section.data.units.length ? (
            <p className="text-muted">
              {t("section.showing", { shown: section.data.units.length, count: section.data.totalCount })}{" "}
              <LocaleLink to="/hitta-vard">{t("section.searchAll")}</LocaleLink>
            </p>
          ) : null}
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {section.data.units.map((unit) => (
              <li key={unit.id} className="rounded border border-line p-4">
                <h3 className="text-lg font-semibold">
                  <LocaleLink to={`/hitta-vard/${encodeURIComponent(unit.hsaId)}`}>
                    <Sv>{unit.name}</Sv>
                  </LocaleLink>
                </h3>
                <p className="text-muted">
                  {unit.kindLabel}
                  {unit.municipality ? (
                    <>
                      , <Sv>{unit.municipality}</Sv>
                    </>
                  ) : null}
                </p>
                {unit.address ? (
                  <p className="mt-2">
                    <Sv>{unit.address}</Sv>
                  </p>
                ) : null}
                {unit.phone ? (
                  <p className="mt-1">
                    {t("list.phone")} <a href={unit.phone.href}>{unit.phone.text}</a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </PageSection>
  );
}
