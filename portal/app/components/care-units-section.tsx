import { Link } from "@remix-run/react";
import type { Section } from "~/utils/section";
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

export function CareUnitsSection({ section }: { section: Section<CareUnitsView> }) {
  return (
    <PageSection id="vardenheter" title="Vårdenheter">
      {section.status === "unavailable" ? (
        <SectionNotice>Vårdenheterna kan inte visas just nu. Försök igen om en stund.</SectionNotice>
      ) : section.data.units.length === 0 ? (
        <EmptyState>Det finns inga vårdenheter att visa.</EmptyState>
      ) : (
        <>
          {section.data.totalCount > section.data.units.length ? (
            <p className="text-muted">
              Visar {section.data.units.length} av {section.data.totalCount} vårdenheter.{" "}
              <Link to="/hitta-vard">Sök bland alla vårdenheter</Link>
            </p>
          ) : null}
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {section.data.units.map((unit) => (
              <li key={unit.id} className="rounded border border-line p-4">
                <h3 className="text-lg font-semibold">
                  <Link to={`/hitta-vard/${encodeURIComponent(unit.hsaId)}`}>{unit.name}</Link>
                </h3>
                <p className="text-muted">
                  {unit.kindLabel}
                  {unit.municipality ? `, ${unit.municipality}` : null}
                </p>
                {unit.address ? <p className="mt-2">{unit.address}</p> : null}
                {unit.phone ? (
                  <p className="mt-1">
                    Telefon: <a href={unit.phone.href}>{unit.phone.text}</a>
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
