import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience, ContentStore, localized } from "@vardportal/kit";
import {
  describeConnectionMatrix,
  errorCodeAt,
  namesOf,
  personaNames,
  perPersona,
  type PerPersona,
  startTestSubgraph,
  writeItem,
  type ItemState,
  type MatrixItem,
  type TestSubgraph,
} from "@vardportal/kit/testing";
import { ArchiveHolding } from "../src/entities/archive-holding.entity.js";
import { HoldingKind } from "../src/entities/holding-kind.js";
import { definition } from "../src/index.js";
import { holdingEditorialType } from "../src/editorial.js";
import { holdingValues } from "./editorial-values.js";
import { describeEditorialRoleMatrix } from "@vardportal/kit/testing";
import { expectSearchFindsEach } from "@vardportal/kit/testing";

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

/**
 * The release requests, the statistics and the record index are not content with an audience per row:
 * who reaches them is decided per operation. The expectation per persona is written out from decision
 * 004 (ARCHIVE: archivist, editor, admin) and the issue (a resident reads only their own request).
 */
describe("release requests and the record index, as every persona", () => {
  const archiveOnly = perPersona((as) => (["archivist", "editor", "admin"].includes(as) ? null : "FORBIDDEN"));
  const operations: [string, string, Record<string, unknown>, PerPersona<string | null>][] = [
    ["releaseRequestQueue", `query { releaseRequestQueue(first: 5) { totalCount } }`, {}, archiveOnly],
    ["releaseStatistics", `query { releaseStatistics(year: 2025) { cases } }`, {}, archiveOnly],
    ["releaseStatisticsYears", `query { releaseStatisticsYears }`, {}, archiveOnly],
    ["recordIndexSearch", `query { recordIndexSearch(input: { name: "a", purpose: "Rollmatris" }, first: 5) { totalCount } }`, {}, archiveOnly],
    ["recordIndexEntry", `query($id: ID!) { recordIndexEntry(id: $id, purpose: "Rollmatris") { id } }`, { id: "00000000-0000-4000-8000-000000000000" }, perPersona((as) => (archiveOnly[as] ?? "NOT_FOUND"))],
    ["recordIndexAccessLog", `query { recordIndexAccessLog(first: 5) { totalCount } }`, {}, archiveOnly],
    ["myReleaseRequests", `query { myReleaseRequests(first: 5) { totalCount } }`, {}, perPersona((as) => (as === "anonymous" ? "UNAUTHENTICATED" : null))],
    ["releaseRequest", `query($id: ID!) { releaseRequest(id: $id) { id } }`, { id: "00000000-0000-4000-8000-000000000000" }, perPersona((as) => (as === "anonymous" ? "UNAUTHENTICATED" : "NOT_FOUND"))],
    ["recordCopyAdvice", `query { recordCopyAdvice(input: { whose: OWN, period: CURRENT, provider: REGION, person: LIVING }) { answer } }`, {}, perPersona(() => null)],
  ];
  it.each(operations)("%s answers each persona as decided", async (field, document, variables, expected) => {
    const got = perPersona(() => null as string | null);
    for (const as of personaNames) got[as] = errorCodeAt(await t.query(document, { as, variables }), [field]);
    expect(got).toEqual(expected);
  });

  it("a resident's own request reaches that resident and archive staff; every other persona gets NOT_FOUND", async () => {
    const submitted = await t.query<{ submitReleaseRequest: { id: string } }>(
      `mutation { submitReleaseRequest(input: { subject: SELF, injuryDate: "2020-01-01", injuryOrCause: "Fall", careUnit: "Akuten", legalBasis: PATIENT_OWN_RECORD, deliveryWanted: REGISTERED_MAIL }) { id } }`,
      { as: "resident" },
    );
    const id = submitted.data?.submitReleaseRequest.id;
    expect(id).toBeTruthy();
    const expected = perPersona((as) => (as === "anonymous" ? "UNAUTHENTICATED" : as === "staff" ? "NOT_FOUND" : null));
    const got = perPersona(() => null as string | null);
    for (const as of personaNames) got[as] = errorCodeAt(await t.query(`query($id: ID!) { releaseRequest(id: $id) { id } }`, { as, variables: { id } }), ["releaseRequest"]);
    expect(got).toEqual(expected);
  });
});

let editorialCounter = 5000;
describeEditorialRoleMatrix("the editorial API of archive holdings, as every persona", {
  subgraph: () => t,
  registration: holdingEditorialType as never,
  area: "archive",
  values: () => holdingValues(++editorialCounter),
});

describe("search (decision 022), as every persona", () => {
  it("searchArchiveHoldings finds each holding by its title exactly when the persona may read it", async () => {
    await expectSearchFindsEach(t, "searchArchiveHoldings", holdings.map((item) => ({ ...item, text: item.title })));
  });
});
