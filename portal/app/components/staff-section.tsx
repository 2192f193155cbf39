import { Link } from "@remix-run/react";
import type { StaffGuidelinesView } from "~/routes/_index.view";
import type { Section } from "~/utils/section";
import { EmptyState, PageSection, SectionNotice } from "./page-section";

/** The home page's part for care staff: the newest guidelines and the way to the staff pages. */
export function StaffSection({ section }: { section: Section<StaffGuidelinesView> }) {
  return (
    <PageSection id="for-personal" title="För dig som arbetar i vården">
      {section.status === "unavailable" ? (
        <SectionNotice>Riktlinjerna kan inte visas just nu. Försök igen om en stund.</SectionNotice>
      ) : section.data.titles.length === 0 ? (
        <EmptyState>Det finns inga riktlinjer att visa.</EmptyState>
      ) : (
        <>
          <p>Du kan läsa {section.data.totalCount} riktlinjer, bland annat:</p>
          <ul className="mt-2 list-disc pl-6">
            {section.data.titles.map((g) => (
              <li key={g.id}>{g.title}</li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-4">
        <Link to="/personal">Alla riktlinjer och interna nummer</Link>
      </p>
    </PageSection>
  );
}
