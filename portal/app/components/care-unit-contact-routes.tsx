import { useTranslation } from "react-i18next";
import type { PickedText } from "~/i18n/localized";
import type { Section } from "~/utils/section";
import { Localized } from "./localized";
import { EmptyState, PageSection, SectionNotice } from "./page-section";

/** `label` and `hours` are content (English where written, else the Swedish, marked); `kind` is our own word. */
export type ContactRouteRow = { key: string; kind: string; label: PickedText; value: string; href: string | null; hours: PickedText | null };
export type StaffContactsView = { internalPhone: { text: string; href: string } | null; routes: ContactRouteRow[] };

/** Only rendered for staff; the API refuses the routes to anyone else. */
export function CareUnitContactRoutes({ section }: { section: Section<StaffContactsView> }) {
  const { t } = useTranslation("careUnits");
  return (
    <PageSection id="interna-kontaktvagar" title={t("contactRoutes.title")}>
      {section.status === "unavailable" ? (
        <SectionNotice>{t("contactRoutes.unavailable")}</SectionNotice>
      ) : (
        <>
          <p className="text-muted">{t("contactRoutes.note")}</p>
          {section.data.internalPhone ? (
            <p className="mt-2">
              {t("contactRoutes.internalPhone")} <a href={section.data.internalPhone.href}>{section.data.internalPhone.text}</a>
            </p>
          ) : null}
          {section.data.routes.length === 0 ? (
            <EmptyState>{t("contactRoutes.empty")}</EmptyState>
          ) : (
            <table className="mt-4 w-full border-collapse text-left">
              <caption className="sr-only">{t("contactRoutes.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b border-line py-2 pr-4">
                    {t("contactRoutes.route")}
                  </th>
                  <th scope="col" className="border-b border-line py-2 pr-4">
                    {t("contactRoutes.value")}
                  </th>
                  <th scope="col" className="border-b border-line py-2">
                    {t("contactRoutes.when")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {section.data.routes.map((route) => (
                  <tr key={route.key}>
                    <th scope="row" className="border-b border-line py-2 pr-4 align-top font-normal">
                      <span className="block text-sm text-muted">{route.kind}</span>
                      <Localized text={route.label} />
                    </th>
                    <td className="border-b border-line py-2 pr-4 align-top whitespace-nowrap">
                      {route.href ? <a href={route.href}>{route.value}</a> : route.value}
                    </td>
                    <td className="border-b border-line py-2 align-top">{route.hours ? <Localized text={route.hours} /> : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </PageSection>
  );
}
