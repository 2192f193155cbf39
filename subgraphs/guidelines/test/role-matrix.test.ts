import { afterAll, beforeAll, describe, it } from "vitest";
import { Audience, localized } from "@vardportal/kit";
import {
  errorCodeAt,
  expectData,
  expectPerPersona,
  expectedAfter,
  expectedIds,
  expectedInListOrder,
  expectedSlots,
  forgeCursor,
  malformedCursors,
  namesOf,
  perPersona,
  startTestSubgraph,
  walkPages,
  writeItem,
  type ItemState,
  type MatrixItem,
  type PersonaName,
  type TestSubgraph,
} from "@vardportal/kit/testing";
import { GuidelineCategory } from "../src/entities/guideline-category.js";
import { guidelineStore } from "../src/guideline-store.js";
import { definition } from "../src/index.js";

/**
 * One guideline per audience and one per state that must stay hidden. Each hidden guideline has a
 * category of its own, and only the ARCHIVE one is in Gotland, so a filter that leaked would show
 * it. Guidelines have no text search yet.
 */
interface GuidelineFixture {
  key: string;
  audience: Audience;
  state: ItemState;
  slug: string;
  title: string;
  category: GuidelineCategory;
  region: string;
}
const fixture: GuidelineFixture[] = [
  { key: "public", audience: Audience.PUBLIC, state: "live", slug: "din-journal", title: "Din journal på nätet", category: GuidelineCategory.JOURNAL_ONLINE, region: "Skåne" },
  { key: "resident", audience: Audience.RESIDENT, state: "live", slug: "ditt-barns-journal", title: "Ditt barns journal", category: GuidelineCategory.MINORS_ACCESS, region: "Skåne" },
  { key: "staff", audience: Audience.STAFF, state: "live", slug: "sparra-vardnadshavare", title: "Spärra vårdnadshavares åtkomst", category: GuidelineCategory.BLOCKING_GUARDIAN, region: "Skåne" },
  { key: "archive", audience: Audience.ARCHIVE, state: "live", slug: "utlamnande-ur-arkivet", title: "Utlämnande ur arkivet", category: GuidelineCategory.RELEASE_OF_RECORDS, region: "Gotland" },
  { key: "draft", audience: Audience.PUBLIC, state: "draft", slug: "sparrad-journal-utkast", title: "Spärrad journal", category: GuidelineCategory.SEALING, region: "Skåne" },
  { key: "scheduled", audience: Audience.PUBLIC, state: "scheduled", slug: "ombud", title: "Ombud och företrädare", category: GuidelineCategory.LEGAL_REPRESENTATIVE, region: "Skåne" },
  { key: "expired", audience: Audience.PUBLIC, state: "expired", slug: "las-inloggning", title: "Lås din inloggning", category: GuidelineCategory.LOCKING_ACCOUNT, region: "Skåne" },
  { key: "staff draft", audience: Audience.STAFF, state: "draft", slug: "sparra-vardnadshavare-utkast", title: "Blockera vårdnadshavare, nytt utkast", category: GuidelineCategory.BLOCKING_GUARDIAN, region: "Skåne" },
];
type Item = MatrixItem & GuidelineFixture;

const LIST = `query($first: Int!, $after: String, $filter: GuidelineFilter) {
  guidelines(first: $first, after: $after, filter: $filter) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;
const BY_SLUG = `query($slug: String!) { guideline(slug: $slug) { id } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Guideline { id } } }`;

interface ListData {
  guidelines: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

let t: TestSubgraph;
let guidelines: Item[];
let names: Record<string, string>;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false });
  const store = guidelineStore(t.subgraph.dataSource);
  guidelines = [];
  for (const f of fixture) {
    const data = {
      slug: f.slug,
      title: localized(f.title),
      summary: localized("Sammanfattning."),
      body: localized("Text."),
      category: f.category,
      region: f.region,
      audience: f.audience,
      owner: "Testägare",
      lastReviewed: null,
      reviewDue: null,
    };
    const guideline = await writeItem(store, data, f.state, t.clock());
    guidelines.push({ ...f, id: guideline.id, sortKey: f.title });
  }
  names = namesOf(guidelines);
});
afterAll(async () => {
  await t.close();
});

async function list(as: PersonaName, variables: { first?: number; after?: string | null; filter?: Record<string, unknown> } = {}) {
  const { guidelines: page } = expectData(await t.query<ListData>(LIST, { as, variables: { first: 100, ...variables } }));
  return { ids: page.edges.map((e) => e.node.id), totalCount: page.totalCount, ...page.pageInfo };
}
const listed = async (as: PersonaName, filter?: Record<string, unknown>) => {
  const { ids, totalCount } = await list(as, { filter });
  return { ids: [...ids].sort(), totalCount };
};
const expectListed = (subset: Item[]) => perPersona((as) => ({ ids: [...expectedIds(subset)[as]].sort(), totalCount: expectedIds(subset)[as].length }));

describe("guidelines, as every persona", () => {
  it("list", async () => {
    await expectPerPersona("guidelines", (as) => listed(as), expectListed(guidelines), { names });
  });

  it("lookup by slug of every guideline, hidden ones included", async () => {
    await expectPerPersona(
      "guideline(slug)",
      async (as) => {
        const found: string[] = [];
        for (const g of guidelines) {
          const guideline = expectData(await t.query<{ guideline: { id: string } | null }>(BY_SLUG, { as, variables: { slug: g.slug } })).guideline;
          if (guideline) found.push(guideline.id);
        }
        return found;
      },
      expectedIds(guidelines),
      { names },
    );
  });

  it.each([
    ["category", { category: GuidelineCategory.BLOCKING_GUARDIAN }, (g: Item) => g.category === GuidelineCategory.BLOCKING_GUARDIAN],
    ["category", { category: GuidelineCategory.RELEASE_OF_RECORDS }, (g: Item) => g.category === GuidelineCategory.RELEASE_OF_RECORDS],
    ["category", { category: GuidelineCategory.SEALING }, (g: Item) => g.category === GuidelineCategory.SEALING],
    ["region", { region: "Gotland" }, (g: Item) => g.region === "Gotland"],
  ] as const)("a filter on %s that only hidden guidelines match (%j)", async (_, filter, matches) => {
    await expectPerPersona(`guidelines(filter: ${JSON.stringify(filter)})`, (as) => listed(as, filter), expectListed(guidelines.filter(matches)), { names });
  });

  it("_entities for every guideline's key, and an unknown one", async () => {
    const r = [...guidelines.map((g) => ({ __typename: "Guideline", id: g.id })), { __typename: "Guideline", id: "no-such-guideline" }];
    await expectPerPersona(
      "_entities(Guideline)",
      async (as) => expectData(await t.query<{ _entities: ({ id: string } | null)[] }>(ENTITIES, { as, variables: { r } }))._entities.map((g) => g?.id ?? null),
      perPersona((as) => [...expectedSlots(guidelines)[as], null]),
      { names },
    );
  });

  it("next page by cursor, first: 1, from the first guideline to the last", async () => {
    await expectPerPersona("guidelines walked one by one", (as) => walkPages((after) => list(as, { first: 1, after })), expectedInListOrder(guidelines), { names });
  });

  it("a cursor forged from a hidden guideline's title and id gives what follows that position and nothing of the guideline", async () => {
    for (const hidden of guidelines.filter((g) => g.audience !== Audience.PUBLIC || g.state !== "live")) {
      await expectPerPersona(`guidelines(after: forged from ${hidden.key})`, async (as) => (await list(as, { after: forgeCursor(hidden) })).ids, expectedAfter(guidelines, hidden), { names });
    }
  });

  it("a malformed cursor is BAD_USER_INPUT for everyone", async () => {
    await expectPerPersona(
      "guidelines(after: malformed)",
      async (as) => {
        const codes: Record<string, string | null> = {};
        for (const [what, after] of Object.entries(malformedCursors)) codes[what] = errorCodeAt(await t.query(LIST, { as, variables: { first: 5, after } }), ["guidelines"]);
        return codes;
      },
      perPersona(() => Object.fromEntries(Object.keys(malformedCursors).map((what) => [what, "BAD_USER_INPUT"]))),
    );
  });
});
