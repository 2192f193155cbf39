import { Link } from "@remix-run/react";
import type { Section } from "~/utils/section";
import { FeeTable } from "./fee-table";
import { EmptyState, PageSection, SectionNotice } from "./page-section";

export type FeeScheduleView = {
  title: string;
  validity: string;
  freeUnderAge: number | null;
  highCostLimit: string | null;
  items: Array<{ key: string; label: string; amount: string }>;
};

/** `null` data: the region has no schedule in force today. */
export function FeeScheduleSection({ section }: { section: Section<FeeScheduleView | null> }) {
  return (
    <PageSection id="avgifter" title="Avgifter">
      {section.status === "unavailable" ? (
        <SectionNotice>Avgifterna kan inte visas just nu. Försök igen om en stund.</SectionNotice>
      ) : section.data === null ? (
        <EmptyState>Det finns ingen gällande avgiftstabell att visa.</EmptyState>
      ) : (
        <FeeSchedule schedule={section.data} />
      )}
    </PageSection>
  );
}

function FeeSchedule({ schedule }: { schedule: FeeScheduleView }) {
  return (
    <>
      <h3 className="text-lg font-semibold">{schedule.title}</h3>
      <p className="text-muted">{schedule.validity}</p>
      {schedule.freeUnderAge !== null ? (
        <p className="mt-2">Barn och unga under {schedule.freeUnderAge} år betalar ingen patientavgift.</p>
      ) : null}
      {schedule.items.length === 0 ? (
        <EmptyState>Avgiftstabellen har inga avgifter att visa.</EmptyState>
      ) : (
        <FeeTable caption={schedule.title} items={schedule.items} />
      )}
      {schedule.highCostLimit ? (
        <p className="mt-4">
          Högkostnadsskydd: när du har betalat {schedule.highCostLimit} i patientavgifter betalar du inget för dina
          besök under resten av tolvmånadersperioden.
        </p>
      ) : null}
      <p className="mt-4">
        <Link to="/avgifter">Räkna ut vad ditt besök kostar och läs mer om högkostnadsskyddet</Link>
      </p>
    </>
  );
}
