import { afterAll, beforeAll, describe, it } from "vitest";
import { Audience, ContentStore, localized } from "@vardportal/kit";
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
import { ArchiveHolding } from "../src/entities/archive-holding.entity.js";
import { HoldingKind } from "../src/entities/holding-kind.js";
import { definition } from "../src/index.js";

/**
 * One holding per audience (ARCHIVE being the archive staff's own notes) and one per state that
 * must stay hidden. Only hidden holdings are education or institution records, and only hidden ones
 * are "not held", so a filter that leaked would show them. Holdings have no text search yet.
 */
interface HoldingFixture {
  key: string;
  audience: Audience;
  state: ItemState;
  slug: string;
  title: string;
  kind: HoldingKind;
  held: boolean;
}
const fixture: HoldingFixture[] = [
  { key: "public", audience: Audience.PUBLIC, state: "live", slug: "journaler-1900", title: "Journaler 1900–1950", kind: HoldingKind.PATIENT_RECORDS, held: true },
  { key: "resident", audience: Audience.RESIDENT, state: "live", slug: "egna-journalkopior", title: "Kopior av egna journaler", kind: HoldingKind.PATIENT_RECORDS, held: true },
  { key: "staff", audience: Audience.STAFF, state: "live", slug: "vardpersonalens-hanvisning", title: "Vårdpersonalens hänvisningar", kind: HoldingKind.INSTITUTION_RECORDS, held: false },
  { key: "archive", audience: Audience.ARCHIVE, state: "live", slug: "intern-placering", title: "Intern placering av depåer", kind: HoldingKind.EDUCATION_RECORDS, held: true },
  { key: "draft", audience: Audience.PUBLIC, state: "draft", slug: "utkast", title: "Bestånd under arbete", kind: HoldingKind.EDUCATION_RECORDS, held: false },
  { key: "scheduled", audience: Audience.PUBLIC, state: "scheduled", slug: "kommande", title: "Diarier som kommer", kind: HoldingKind.REGISTERED_DOCUMENTS, held: true },
  { key: "expired", audience: Audience.PUBLIC, state: "expired", slug: "gallrat", title: "Gallrade barnjournaler", kind: HoldingKind.CHILD_HEALTH_RECORDS, held: true },
  { key: "archive draft", audience: Audience.ARCHIVE, state: "draft", slug: "intern-utkast", title: "Arkivets interna utkast", kind: HoldingKind.EDUCATION_RECORDS, held: true },
];
type Holding = MatrixItem & HoldingFixture;

const LIST = `query($first: Int!, $after: String, $filter: ArchiveHoldingFilter) {
  archiveHoldings(first: $first, after: $after, filter: $filter) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;
const BY_SLUG = `query($slug: String!) { archiveHolding(slug: $slug) { id } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ArchiveHolding { id } } }`;

interface ListData {
  archiveHoldings: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

let t: TestSubgraph;
let holdings: Holding[];
let names: Record<string, string>;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false });
  const store = new ContentStore(t.subgraph.dataSource, ArchiveHolding, "ArchiveHolding");
  holdings = [];
  for (const f of fixture) {
    const data = { slug: f.slug, title: localized(f.title), description: localized("Testbestånd."), kind: f.kind, held: f.held, region: "Norrbotten", audience: f.audience };
    const holding = await writeItem(store, data, f.state, t.clock());
    holdings.push({ ...f, id: holding.id, sortKey: f.title });
  }
  names = namesOf(holdings);
});
afterAll(async () => {
  await t.close();
});

async function list(as: PersonaName, variables: { first?: number; after?: string | null; filter?: Record<string, unknown> } = {}) {
  const { archiveHoldings } = expectData(await t.query<ListData>(LIST, { as, variables: { first: 100, ...variables } }));
  return { ids: archiveHoldings.edges.map((e) => e.node.id), totalCount: archiveHoldings.totalCount, ...archiveHoldings.pageInfo };
}
const listed = async (as: PersonaName, filter?: Record<string, unknown>) => {
  const { ids, totalCount } = await list(as, { filter });
  return { ids: [...ids].sort(), totalCount };
};
const expectListed = (subset: Holding[]) => perPersona((as) => ({ ids: [...expectedIds(subset)[as]].sort(), totalCount: expectedIds(subset)[as].length }));

describe("archive holdings, as every persona", () => {
  it("list", async () => {
    await expectPerPersona("archiveHoldings", (as) => listed(as), expectListed(holdings), { names });
  });

  it("lookup by slug of every holding, hidden ones included", async () => {
    await expectPerPersona(
      "archiveHolding(slug)",
      async (as) => {
        const found: string[] = [];
        for (const h of holdings) {
          const holding = expectData(await t.query<{ archiveHolding: { id: string } | null }>(BY_SLUG, { as, variables: { slug: h.slug } })).archiveHolding;
          if (holding) found.push(holding.id);
        }
        return found;
      },
      expectedIds(holdings),
      { names },
    );
  });

  it.each([
    ["kind", { kind: HoldingKind.EDUCATION_RECORDS }, (h: Holding) => h.kind === HoldingKind.EDUCATION_RECORDS],
    ["kind", { kind: HoldingKind.INSTITUTION_RECORDS }, (h: Holding) => h.kind === HoldingKind.INSTITUTION_RECORDS],
    ["held", { held: false }, (h: Holding) => !h.held],
  ] as const)("a filter on %s that only hidden holdings match (%j)", async (_, filter, matches) => {
    await expectPerPersona(`archiveHoldings(filter: ${JSON.stringify(filter)})`, (as) => listed(as, filter), expectListed(holdings.filter(matches)), { names });
  });

  it("_entities for every holding's key, and an unknown one", async () => {
    const r = [...holdings.map((h) => ({ __typename: "ArchiveHolding", id: h.id })), { __typename: "ArchiveHolding", id: "no-such-holding" }];
    await expectPerPersona(
      "_entities(ArchiveHolding)",
      async (as) => expectData(await t.query<{ _entities: ({ id: string } | null)[] }>(ENTITIES, { as, variables: { r } }))._entities.map((h) => h?.id ?? null),
      perPersona((as) => [...expectedSlots(holdings)[as], null]),
      { names },
    );
  });

  it("next page by cursor, first: 1, from the first holding to the last", async () => {
    await expectPerPersona("archiveHoldings walked one by one", (as) => walkPages((after) => list(as, { first: 1, after })), expectedInListOrder(holdings), { names });
  });

  it("a cursor forged from a hidden holding's title and id gives what follows that position and nothing of the holding", async () => {
    for (const hidden of holdings.filter((h) => h.audience !== Audience.PUBLIC || h.state !== "live")) {
      await expectPerPersona(`archiveHoldings(after: forged from ${hidden.key})`, async (as) => (await list(as, { after: forgeCursor(hidden) })).ids, expectedAfter(holdings, hidden), { names });
    }
  });

  it("a malformed cursor is BAD_USER_INPUT for everyone", async () => {
    await expectPerPersona(
      "archiveHoldings(after: malformed)",
      async (as) => {
        const codes: Record<string, string | null> = {};
        for (const [what, after] of Object.entries(malformedCursors)) codes[what] = errorCodeAt(await t.query(LIST, { as, variables: { first: 5, after } }), ["archiveHoldings"]);
        return codes;
      },
      perPersona(() => Object.fromEntries(Object.keys(malformedCursors).map((what) => [what, "BAD_USER_INPUT"]))),
    );
  });
});
