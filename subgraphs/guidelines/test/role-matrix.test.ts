import { afterAll, beforeAll, describe, it } from "vitest";
import { Audience, localized } from "@vardportal/kit";
import {
  describeConnectionMatrix,
  errorCodeAt,
  expectData,
  expectPerPersona,
  perPersona,
  namesOf,
  shouldRead,
  startTestSubgraph,
  writeItem,
  type ItemState,
  type MatrixItem,
  type TestSubgraph,
} from "@vardportal/kit/testing";
import { GuidelineCategory } from "../src/entities/guideline-category.js";
import { guidelineStore } from "../src/guideline-store.js";
import { definition } from "../src/index.js";
import { guidelineEditorialType } from "../src/editorial.js";
import { describeEditorialRoleMatrix } from "@vardportal/kit/testing";
import { expectSearchFindsEach } from "@vardportal/kit/testing";

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
      easyToReadText: { sv: `Lättläst: ${f.title}.`, en: null },
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

describeConnectionMatrix("guidelines, as every persona", {
  subgraph: () => t,
  field: "guidelines",
  typename: "Guideline",
  listDocument: LIST,
  items: () => guidelines,
  names: () => names,
  filters: [
    ["category", { category: GuidelineCategory.BLOCKING_GUARDIAN }, (g) => g.category === GuidelineCategory.BLOCKING_GUARDIAN],
    ["category", { category: GuidelineCategory.RELEASE_OF_RECORDS }, (g) => g.category === GuidelineCategory.RELEASE_OF_RECORDS],
    ["category", { category: GuidelineCategory.SEALING }, (g) => g.category === GuidelineCategory.SEALING],
    ["region", { region: "Gotland" }, (g) => g.region === "Gotland"],
  ],
  lookup: { document: BY_SLUG, field: "guideline", variables: (item) => ({ slug: item.slug }) },
});

describe("the journal-access rules, as every persona", () => {
  const readsTool = (as: string) => ["staff", "editor", "admin"].includes(as);

  it("journalAccess: staff, editors and admins get the answer; everyone else FORBIDDEN", async () => {
    await expectPerPersona(
      "journalAccess",
      async (as) => {
        const result = await t.query<{ journalAccess: { age: number } | null }>(
          `{ journalAccess(scenario: { region: "Skåne", on: "2025-06-10", person: { birthDate: "2012-06-10" } }) { age } }`,
          { as },
        );
        return result.data?.journalAccess?.age ?? errorCodeAt(result, ["journalAccess"]);
      },
      perPersona((as) => (readsTool(as) ? 13 : "FORBIDDEN")),
    );
  });

  it("noteVisibility: staff, editors and admins get the answer; everyone else FORBIDDEN", async () => {
    await expectPerPersona(
      "noteVisibility",
      async (as) => {
        const result = await t.query<{ noteVisibility: { visible: boolean } | null }>(
          `{ noteVisibility(note: { region: "Skåne", on: "2025-06-10", writtenOn: "2025-01-01", patientAgeThen: 15 }) { visible } }`,
          { as },
        );
        return result.data?.noteVisibility?.visible ?? errorCodeAt(result, ["noteVisibility"]);
      },
      perPersona((as) => (readsTool(as) ? false : "FORBIDDEN")),
    );
  });

  it("explainJournalAccess and accessRules: the same answer for everyone", async () => {
    await expectPerPersona(
      "explainJournalAccess",
      async (as) => {
        const data = expectData(
          await t.query<{ explainJournalAccess: { you: { journal: string } }; accessRules: unknown[] }>(
            `{ explainJournalAccess(question: { region: "Kronoberg", childAge: 14 }) { you { journal } } accessRules { rule } }`,
            { as },
          ),
        );
        return [data.explainJournalAccess.you.journal, data.accessRules.length > 40];
      },
      perPersona(() => ["NONE", true]),
    );
  });
});

describe("the easy-to-read summary (issue 12), as every persona", () => {
  const text = (item: Item) => [item.id, `Lättläst: ${item.title}.`];
  const expected = () => perPersona((as) => guidelines.filter((g) => shouldRead(as, g)).map(text).sort());
  const sorted = (pairs: (string | undefined)[][]) => pairs.sort();

  it("guidelines and guideline(slug) give each persona the summary of exactly the guidelines it may read", async () => {
    await expectPerPersona(
      "guidelines { easyToRead }",
      async (as) => {
        const data = expectData(await t.query<{ guidelines: { edges: { node: { id: string; easyToRead: { sv: string } | null } }[] } }>(`{ guidelines(first: 100) { edges { node { id easyToRead { sv } } } } }`, { as }));
        return sorted(data.guidelines.edges.map((e) => [e.node.id, e.node.easyToRead?.sv]));
      },
      expected(),
      { names },
    );
    await expectPerPersona(
      "guideline(slug) { easyToRead }",
      async (as) => {
        const pairs: (string | undefined)[][] = [];
        for (const g of guidelines) {
          const data = expectData(await t.query<{ guideline: { id: string; easyToRead: { sv: string } | null } | null }>(`query($slug: String!) { guideline(slug: $slug) { id easyToRead { sv } } }`, { as, variables: { slug: g.slug } }));
          if (data.guideline) pairs.push([data.guideline.id, data.guideline.easyToRead?.sv]);
        }
        return sorted(pairs);
      },
      expected(),
      { names },
    );
  });

  it("_entities gives each persona the summary of exactly the guidelines it may read, null for the rest", async () => {
    await expectPerPersona(
      "_entities { ... on Guideline { easyToRead } }",
      async (as) => {
        const data = expectData(
          await t.query<{ _entities: ({ id: string; easyToRead: { sv: string } | null } | null)[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Guideline { id easyToRead { sv } } } }`, {
            as,
            variables: { r: guidelines.map((g) => ({ __typename: "Guideline", id: g.id })) },
          }),
        );
        return sorted(data._entities.filter((e) => e !== null).map((e) => [e!.id, e!.easyToRead?.sv]));
      },
      expected(),
      { names },
    );
  });
});

let editorialCounter = 0;
describeEditorialRoleMatrix("the editorial API of guidelines, as every persona", {
  subgraph: () => t,
  registration: guidelineEditorialType as never,
  area: "guidelines",
  values: () => ({
    audience: "STAFF",
    region: "Skåne",
    slug: `matris-${++editorialCounter}`,
    title: { sv: "Matrisriktlinje", en: null },
    summary: { sv: "Sammanfattning.", en: null },
    body: { sv: "Text.", en: null },
    category: "OTHER",
    owner: "Testägare",
    lastReviewed: null,
    reviewDue: null,
    relatedForms: [],
    contactRoutes: [],
  }),
});

describe("search (decision 022), as every persona", () => {
  it("searchGuidelines finds each guideline by its title exactly when the persona may read it", async () => {
    await expectSearchFindsEach(t, "searchGuidelines", guidelines.map((item) => ({ ...item, text: item.title })));
  });
});
