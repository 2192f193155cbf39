/**
 * The documents the journal-access rules come from (shared/seeds, summarised in shared/DOMAIN.md).
 * Every reason the rules give names one of these, so staff can check the rule against its source.
 */
export type SourceId = "KRONOBERG_1177_JOURNAL" | "SKANE_JOURNALEN_VIA_NATET";

export interface SourceDocument {
  id: SourceId;
  region: "Kronoberg" | "Skåne";
  title: string;
  publisher: string;
  /** The file in shared/seeds the facts were taken from. */
  seedFile: string;
  /** Where the source is published, when the source names it. */
  url: string | null;
}

export const sources: Record<SourceId, SourceDocument> = {
  KRONOBERG_1177_JOURNAL: {
    id: "KRONOBERG_1177_JOURNAL",
    region: "Kronoberg",
    title: "Åtkomstbegränsande åtgärder i 1177 Journalen",
    publisher: "Arkiv- och journalenheten, Region Kronoberg",
    seedFile: "shared/seeds/003_66ecd6d29c7e0c79.txt",
    url: "https://www.regionkronoberg.se/vardgivare/vardadministration/e-tjanster/1177-vardguiden/journalen/",
  },
  SKANE_JOURNALEN_VIA_NATET: {
    id: "SKANE_JOURNALEN_VIA_NATET",
    region: "Skåne",
    title: "Journalen via nätet – riktlinjer för privat och offentlig vårdpersonal",
    publisher: "Region Skåne, vårdgivarwebben",
    seedFile: "shared/seeds/004_50562764b7ab6852.txt",
    url: null,
  },
};
