import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedId } from "@vardportal/kit";
import { personnummerFor } from "@vardportal/kit/personnummer";
import { expectCode, expectData, expectForbidden, expectValidationFailed, personaNames, startTestSubgraph, type PersonaName, type TestSubgraph } from "@vardportal/kit/testing";
import { RecordIndexAccess } from "../src/entities/record-index-access.entity.js";
import { definition } from "../src/index.js";

const SEARCH = `query($input: RecordIndexSearchInput!, $first: Int!, $after: String) {
  recordIndexSearch(input: $input, first: $first, after: $after) { totalCount edges { node { id patientName personnummer unit box shelf scanned remark } } pageInfo { hasNextPage endCursor } }
}`;
const VIEW = `query($id: ID!, $purpose: String!) { recordIndexEntry(id: $id, purpose: $purpose) { id archiveCreator unit enterprise organisationNumber patientName personnummer birthDate deathDate sex firstContact lastContact remark diagnosisCode diagnosisText codeSystem diagnosisDate box shelf scanned } }`;
const LOG = `query($entryId: ID, $first: Int!) { recordIndexAccessLog(entryId: $entryId, first: $first) { totalCount edges { node { actorSubject action criteria entryId resultCount purpose } } } }`;
const REFS = `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`;

const karin = seedId("record-index-entry", "sunderby-1962");
const karinPnr = personnummerFor("1931-04-12", 128);
const PURPOSE = "Ärende ARK-2026-00001";
const staffPersonas = ["archivist", "editor", "admin"] as const;

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await t.close();
});

const logCount = () => t.subgraph.dataSource.getRepository(RecordIndexAccess).count();
type Found = { recordIndexSearch: { totalCount: number; edges: { node: { id: string; patientName: string; box: string | null; scanned: boolean; remark: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const search = (as: PersonaName, input: Record<string, unknown>, first = 20, after: string | null = null) => t.query<Found>(SEARCH, { as, variables: { input: { purpose: PURPOSE, ...input }, first, after } });

describe("the record index is for archive staff only, by every path", () => {
  it.each(personaNames.filter((p) => !(staffPersonas as readonly string[]).includes(p)))("%s gets FORBIDDEN on search, view and the log, and no log line is written", async (as) => {
    const before = await logCount();
    expectForbidden(await search(as, { personnummer: karinPnr }));
    expectForbidden(await t.query(VIEW, { as, variables: { id: karin, purpose: PURPOSE } }));
    expectForbidden(await t.query(LOG, { as, variables: { first: 5 } }));
    expect(await logCount()).toBe(before);
  });

  it.each(staffPersonas)("%s searches and views", async (as) => {
    expect(expectData(await search(as, { personnummer: karinPnr })).recordIndexSearch.totalCount).toBe(2);
    expect(expectData(await t.query<{ recordIndexEntry: { id: string } }>(VIEW, { as, variables: { id: karin, purpose: PURPOSE } })).recordIndexEntry.id).toBe(karin);
  });

  it("the entry type has no federation key: _entities cannot reach it, for anyone", async () => {
    for (const as of personaNames) {
      const result = await t.query(REFS, { as, variables: { r: [{ __typename: "RecordIndexEntry", id: karin }] } });
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(result.data ?? null)).not.toContain(karin);
    }
  });
});

describe("searching", () => {
  it("by personnummer in any written form, by part of a name, by unit, by years of contact", async () => {
    const names = async (input: Record<string, unknown>) => expectData(await search("archivist", input)).recordIndexSearch.edges.map((e) => e.node.patientName);
    expect(await names({ personnummer: `${karinPnr.slice(2, 8)}-${karinPnr.slice(8)}` })).toEqual(["Karin Exempelsson", "Karin Exempelsson"]);
    expect(await names({ name: "provstr" })).toEqual(["Olle Provström"]);
    expect(await names({ unit: "Sensia" })).toEqual(["Karin Exempelsson"]);
    expect(await names({ yearFrom: 1970, yearTo: 1975 })).toEqual(["Olle Provström"]);
    expect(await names({ name: "%" })).toEqual([]);
  });

  it("shows where the record is: box and shelf, or scanned", async () => {
    const nodes = expectData(await search("archivist", { unit: "Exempel" })).recordIndexSearch.edges.map((e) => e.node);
    expect(nodes.find((n) => n.box === "MK-1958-014")?.scanned).toBe(false);
    expect(expectData(await search("archivist", { unit: "Sensia" })).recordIndexSearch.edges[0]?.node).toMatchObject({ box: null, scanned: true });
    expect(nodes.every((n) => n.remark.startsWith("EXEMPELDATA"))).toBe(true);
  });

  it("pages by cursor", async () => {
    const first = expectData(await search("archivist", { unit: "e" }, 1)).recordIndexSearch;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = expectData(await search("archivist", { unit: "e" }, 1, first.pageInfo.endCursor)).recordIndexSearch;
    expect(second.edges[0]?.node.id).not.toBe(first.edges[0]?.node.id);
    expectCode(await search("archivist", { unit: "e" }, 1, "garbage"), "BAD_USER_INPUT");
  });

  it("a missing or too short purpose, no criteria at all, or a bad personnummer is refused, and nothing is logged", async () => {
    const before = await logCount();
    expectValidationFailed(await t.query(SEARCH, { as: "archivist", variables: { input: { personnummer: karinPnr, purpose: "  " }, first: 5 } }));
    // Left out altogether, GraphQL itself refuses the required argument before our code runs.
    expect((await t.query(SEARCH, { as: "archivist", variables: { input: { personnummer: karinPnr }, first: 5 } })).errors?.length).toBeGreaterThan(0);
    expectValidationFailed(await search("archivist", {}));
    expectValidationFailed(await search("archivist", { personnummer: "19310412-0000" }));
    expectValidationFailed(await t.query(VIEW, { as: "archivist", variables: { id: karin, purpose: "x" } }));
    expect(await logCount()).toBe(before);
  });
});

describe("the access log", () => {
  it("every search and every view writes who, when, what and the purpose, newest first", async () => {
    const before = await logCount();
    await search("archivist", { name: "Olle" });
    await t.query(VIEW, { as: "editor", variables: { id: karin, purpose: "Kontroll inför utlämnande" } });
    await t.query(VIEW, { as: "archivist", variables: { id: "00000000-0000-4000-8000-000000000000", purpose: PURPOSE } });
    expect(await logCount()).toBe(before + 3);
    type L = { recordIndexAccessLog: { totalCount: number; edges: { node: { actorSubject: string; action: string; criteria: string; entryId: string | null; resultCount: number; purpose: string } }[] } };
    const all = expectData(await t.query<L>(LOG, { as: "archivist", variables: { first: 100 } })).recordIndexAccessLog;
    expect(all.totalCount).toBe(before + 3);
    const forKarin = expectData(await t.query<L>(LOG, { as: "archivist", variables: { entryId: karin, first: 100 } })).recordIndexAccessLog;
    expect(forKarin.edges.map((e) => e.node.actorSubject)).toContain("test-editor");
    expect(forKarin.edges.every((e) => e.node.action === "VIEW" && e.node.entryId === karin)).toBe(true);
    const searched = all.edges.find((e) => e.node.action === "SEARCH" && e.node.criteria.includes("Olle"));
    expect(searched?.node).toMatchObject({ actorSubject: "test-archivist", resultCount: 1, purpose: PURPOSE });
    // A view of an entry that does not exist is logged too, and answered NOT_FOUND.
    expect(all.edges.some((e) => e.node.action === "VIEW" && e.node.resultCount === 0)).toBe(true);
  });
});
