import { Link } from "@remix-run/react";
import type { Section } from "~/utils/section";
import { EmptyState, PageSection, SectionNotice } from "./page-section";

export type EServiceCard = { id: string; name: string; summary: string | null; channelLabel: string | null };

export function EServicesSection({ section }: { section: Section<EServiceCard[]> }) {
  return (
    <PageSection id="e-tjanster" title="E-tjänster">
      {section.status === "unavailable" ? (
        <SectionNotice>E-tjänsterna kan inte visas just nu. Försök igen om en stund.</SectionNotice>
      ) : section.data.length === 0 ? (
        <EmptyState>Det finns inga e-tjänster att visa.</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {section.data.map((service) => (
            <li key={service.id} className="rounded border border-line p-4">
              <h3 className="text-lg font-semibold">{service.name}</h3>
              {service.channelLabel ? <p className="text-muted">Kanal: {service.channelLabel}</p> : null}
              {service.summary ? <p className="mt-2">{service.summary}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Link to="/e-tjanster">Se alla e-tjänster och vilka som passar dig</Link>. E-tjänsterna är inte till för akuta ärenden.
      </p>
    </PageSection>
  );
}
