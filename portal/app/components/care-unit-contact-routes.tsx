import type { Section } from "~/utils/section";
import { EmptyState, PageSection, SectionNotice } from "./page-section";

export type ContactRouteRow = { key: string; kind: string; label: string; value: string; href: string | null; hours: string | null };
export type StaffContactsView = { internalPhone: { text: string; href: string } | null; routes: ContactRouteRow[] };

/** Only rendered for staff; the API refuses the routes to anyone else. */
export function CareUnitContactRoutes({ section }: { section: Section<StaffContactsView> }) {
  return (
    <PageSection id="interna-kontaktvagar" title="För vårdpersonal: interna kontaktvägar">
      {section.status === "unavailable" ? (
        <SectionNotice>De interna kontaktvägarna kan inte visas just nu. Försök igen om en stund.</SectionNotice>
      ) : (
        <>
          <p className="text-muted">Numren är till för vårdpersonal och ska inte lämnas till patienter.</p>
          {section.data.internalPhone ? (
            <p className="mt-2">
              Internt nummer: <a href={section.data.internalPhone.href}>{section.data.internalPhone.text}</a>
            </p>
          ) : null}
          {section.data.routes.length === 0 ? (
            <EmptyState>Vårdenheten har inga interna kontaktvägar registrerade.</EmptyState>
          ) : (
            <table className="mt-4 w-full border-collapse text-left">
              <caption className="sr-only">Interna kontaktvägar till vårdenheten</caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b border-line py-2 pr-4">
                    Kontaktväg
                  </th>
                  <th scope="col" className="border-b border-line py-2 pr-4">
                    Nummer eller adress
                  </th>
                  <th scope="col" className="border-b border-line py-2">
                    När
                  </th>
                </tr>
              </thead>
              <tbody>
                {section.data.routes.map((route) => (
                  <tr key={route.key}>
                    <th scope="row" className="border-b border-line py-2 pr-4 align-top font-normal">
                      <span className="block text-sm text-muted">{route.kind}</span>
                      {route.label}
                    </th>
                    <td className="border-b border-line py-2 pr-4 align-top whitespace-nowrap">
                      {route.href ? <a href={route.href}>{route.value}</a> : route.value}
                    </td>
                    <td className="border-b border-line py-2 align-top">{route.hours ?? "–"}</td>
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
