import { Audience, ContentStatus, insertSeedContent, localized, seedId } from "@vardportal/kit";
import type { GraphqlResult, TestSubgraph } from "@vardportal/kit/testing";
import { ArchiveHolding } from "../src/entities/archive-holding.entity.js";
import { HoldingKind } from "../src/entities/holding-kind.js";

/** Writes one extra holding straight to the test database, the way an editor's saved item looks. */
export async function insertHolding(t: TestSubgraph, slug: string, fields: Partial<ArchiveHolding> = {}): Promise<string> {
  const id = seedId("test-archive-holding", slug);
  await insertSeedContent(t.subgraph.dataSource, ArchiveHolding, "ArchiveHolding", [
    {
      id,
      slug,
      title: localized(`Testbestånd ${slug}`),
      description: localized("Exempelbestånd för test."),
      kind: HoldingKind.OTHER,
      held: true,
      region: "Norrbotten",
      audience: Audience.PUBLIC,
      status: ContentStatus.PUBLISHED,
      ...fields,
    },
  ]);
  return id;
}

export interface HoldingPage {
  archiveHoldings: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; slug: string; kind: string; held: boolean } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export const LIST = `query($filter: ArchiveHoldingFilter, $first: Int!, $after: String) {
  archiveHoldings(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id slug kind held } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every holding a viewer gets by walking the pages `first` at a time. */
export async function walk(
  t: TestSubgraph,
  first: number,
  filter: Record<string, unknown> | null = null,
  as: "anonymous" | "archivist" = "anonymous",
): Promise<{ slugs: string[]; pages: number; totalCount: number }> {
  const slugs: string[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = 0;
  for (;;) {
    const result: GraphqlResult<HoldingPage> = await t.query<HoldingPage>(LIST, { as, variables: { filter, first, after } });
    if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors));
    const page = result.data.archiveHoldings;
    pages += 1;
    totalCount = page.totalCount;
    slugs.push(...page.edges.map((e) => e.node.slug));
    if (!page.pageInfo.hasNextPage) return { slugs, pages, totalCount };
    after = page.pageInfo.endCursor;
  }
}

/** The public seed in title order (binary order, so Ä sorts last, as in Swedish). */
export const PUBLIC_SLUGS = [
  "barnhem-och-vardhem",
  "barnhalsovardsjournaler",
  "andra-regioner",
  "de-flesta-privata-vardgivare",
  "nedlagda-privata-vardgivare",
  "kommunala-skolor",
  "journaler-som-skrivs-nu",
  "vardhogskolan",
  "om-regionarkivet",
  "diarieforda-handlingar",
  "skannade-journaler",
  "aldre-patientjournaler",
];
