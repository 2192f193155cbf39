import { Audience, ContentStatus, localized, type ContentStore } from "@vardportal/kit";
import { personas, startTestSubgraph, type PersonaName, type TestSubgraph } from "@vardportal/kit/testing";
import { GuidelineCategory } from "../src/entities/guideline-category.js";
import type { Guideline } from "../src/entities/guideline.entity.js";
import { guidelineStore } from "../src/guideline-store.js";
import { definition } from "../src/index.js";

export const startGuidelines = (options: { seed?: boolean } = {}) => startTestSubgraph(definition, { seed: options.seed ?? true });

/** The two seed guidelines written for residents; the other ten are staff guidance. */
export const publicSlugs = ["din-journal-nar-du-ar-13-15-ar", "stang-din-journal-eller-inloggning-skane"];
export const seedCount = 12;

/** Which personas read STAFF content (decision 004: archivists read ARCHIVE, not STAFF). */
export const readsStaff: Record<PersonaName, boolean> = {
  anonymous: false,
  resident: false,
  staff: true,
  archivist: false,
  editor: true,
  admin: true,
};

export const LIST = `query($filter: GuidelineFilter, $first: Int!, $after: String) {
  guidelines(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id slug audience region category title { sv } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const BY_SLUG = `query($slug: String!) { guideline(slug: $slug) { id slug audience title { sv } } }`;

export const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Guideline { id slug audience } } }`;

export interface ListNode {
  id: string;
  slug: string;
  audience: Audience;
  region: string;
  category: GuidelineCategory;
  title: { sv: string };
}
export interface ListData {
  guidelines: {
    totalCount: number;
    edges: { cursor: string; node: ListNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

type GuidelineData = Parameters<ContentStore<Guideline>["create"]>[0];

/** Writes a guideline the way an editor does (DRAFT, with a revision), optionally publishing it. */
export async function createGuideline(t: TestSubgraph, data: GuidelineData, options: { publish?: boolean } = {}): Promise<Guideline> {
  const store = guidelineStore(t.subgraph.dataSource);
  const ctx = { viewer: personas.editor };
  const item = await store.create(
    {
      region: "Skåne",
      category: GuidelineCategory.OTHER,
      owner: "Testägare",
      lastReviewed: null,
      reviewDue: null,
      title: localized("Testriktlinje"),
      summary: localized("Sammanfattning."),
      body: localized("Text."),
      ...data,
    },
    ctx,
  );
  return options.publish ? store.transition(item.id, item.version, ContentStatus.PUBLISHED, ctx) : item;
}
