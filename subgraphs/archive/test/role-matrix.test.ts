import { afterAll, beforeAll } from "vitest";
import { Audience, ContentStore, localized } from "@vardportal/kit";
import {
  describeConnectionMatrix,
  namesOf,
  startTestSubgraph,
  writeItem,
  type ItemState,
  type MatrixItem,
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

describeConnectionMatrix("archive holdings, as every persona", {
  subgraph: () => t,
  field: "archiveHoldings",
  typename: "ArchiveHolding",
  listDocument: LIST,
  items: () => holdings,
  names: () => names,
  filters: [
    ["kind", { kind: HoldingKind.EDUCATION_RECORDS }, (h) => h.kind === HoldingKind.EDUCATION_RECORDS],
    ["kind", { kind: HoldingKind.INSTITUTION_RECORDS }, (h) => h.kind === HoldingKind.INSTITUTION_RECORDS],
    ["held", { held: false }, (h) => !h.held],
  ],
  lookup: { document: BY_SLUG, field: "archiveHolding", variables: (item) => ({ slug: item.slug }) },
});
