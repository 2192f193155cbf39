import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuditEntry, Revision } from "../src/index.js";
import { expectConflict, expectData, expectForbidden, expectValidationFailed, rawQuery, startTestSubgraph, type TestSubgraph } from "../src/testing/index.js";
import { noteSubgraph } from "./fixture/note.js";

const CREATE = `mutation($input: NoteInput!) { createNote(input: $input) { id version status } }`;
const STATUS = `mutation($id: ID!, $version: Int!, $status: ContentStatus!) { setNoteStatus(id: $id, version: $version, status: $status) { id version status } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $title: LocalizedTextInput!) { updateNoteTitle(id: $id, version: $version, title: $title) { version title { sv en } } }`;
const LIST = `{ notes(first: 10) { totalCount edges { node { id title { sv } } } } }`;
const ONE = `query($id: ID!) { note(id: $id) { id } }`;

let t: TestSubgraph;
beforeEach(async () => {
  t = await startTestSubgraph(noteSubgraph);
});
afterEach(async () => {
  await t.close();
});

async function createNote(title: string, extra: Record<string, unknown> = {}) {
  const data = expectData(await t.query<{ createNote: { id: string; version: number } }>(CREATE, { as: "editor", variables: { input: { title: { sv: title }, ...extra } } }));
  return data.createNote;
}

async function publish(id: string, version: number) {
  return expectData(await t.query<{ setNoteStatus: { version: number } }>(STATUS, { as: "editor", variables: { id, version, status: "PUBLISHED" } })).setNoteStatus;
}

describe("publishing", () => {
  it("a draft never appears in public reads, for any role, by list or by id", async () => {
    const note = await createNote("Utkast");
    for (const as of ["anonymous", "resident", "staff", "editor"] as const) {
      expect(expectData(await t.query<{ notes: { totalCount: number } }>(LIST, { as })).notes.totalCount).toBe(0);
      expect(expectData(await t.query<{ note: unknown }>(ONE, { as, variables: { id: note.id } })).note).toBeNull();
    }
  });

  it("a published item appears once published", async () => {
    const note = await createNote("Öppettider");
    await publish(note.id, note.version);
    const data = expectData(await t.query<{ notes: { edges: { node: { title: { sv: string } } }[] } }>(LIST));
    expect(data.notes.edges.map((e) => e.node.title.sv)).toEqual(["Öppettider"]);
  });

  it("a published item whose publishAt is in the future appears only from that moment", async () => {
    t.clock.set("2026-03-02T09:00:00Z");
    const note = await createNote("Nyhet", { publishAt: "2026-03-02T12:00:00.000Z" });
    await publish(note.id, note.version);
    expect(expectData(await t.query<{ note: unknown }>(ONE, { variables: { id: note.id } })).note).toBeNull();
    t.clock.set("2026-03-02T11:59:59Z");
    expect(expectData(await t.query<{ note: unknown }>(ONE, { variables: { id: note.id } })).note).toBeNull();
    t.clock.set("2026-03-02T12:00:00Z");
    expect(expectData(await t.query<{ note: { id: string } }>(ONE, { variables: { id: note.id } })).note).toEqual({ id: note.id });
  });

  it("two updates carrying the same version: one wins, the other gets CONFLICT and nothing is overwritten", async () => {
    const note = await createNote("Första");
    const [a, b] = await Promise.all([
      t.query(UPDATE, { as: "editor", variables: { id: note.id, version: note.version, title: { sv: "Anna skrev" } } }),
      t.query(UPDATE, { as: "admin", variables: { id: note.id, version: note.version, title: { sv: "Bo skrev" } } }),
    ]);
    const results = [a, b];
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expectConflict(losers[0]!);
    const stored = await rawQuery(t.subgraph.dataSource, `SELECT "titleSv", "version" FROM note WHERE id = ?`, [note.id]);
    const winnerTitle = (winners[0]!.data as { updateNoteTitle: { title: { sv: string } } }).updateNoteTitle.title.sv;
    expect(stored).toEqual([{ titleSv: winnerTitle, version: 2 }]);
  });

  it("every save writes a revision and an audit entry with who and what", async () => {
    const note = await createNote("Med historik");
    await t.query(UPDATE, { as: "editor", variables: { id: note.id, version: 1, title: { sv: "Med historik", en: "With history" } } });
    const revisions = await t.subgraph.dataSource.getRepository(Revision).find({ where: { entityId: note.id }, order: { version: "ASC" } });
    expect(revisions.map((r) => [r.version, r.authorSubject])).toEqual([
      [1, "test-editor"],
      [2, "test-editor"],
    ]);
    expect(JSON.parse(revisions[1]!.changedFields)).toEqual(["title"]);
    const audit = await t.subgraph.dataSource.getRepository(AuditEntry).find({ where: { entityId: note.id }, order: { id: "ASC" } });
    expect(audit.map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
    expect(JSON.parse(audit[1]!.before!).title.en).toBeNull();
    expect(JSON.parse(audit[1]!.after!).title.en).toBe("With history");
  });

  it("residents and staff may not create or publish content", async () => {
    for (const as of ["anonymous", "resident", "staff", "archivist"] as const) {
      expectForbidden(await t.query(CREATE, { as, variables: { input: { title: { sv: "x" } } } }));
    }
    const note = await createNote("Låst");
    expectForbidden(await t.query(STATUS, { as: "staff", variables: { id: note.id, version: note.version, status: "PUBLISHED" } }));
  });

  it("an empty Swedish text is refused with a field message and nothing is written", async () => {
    const result = await t.query(CREATE, { as: "editor", variables: { input: { title: { sv: "  ", en: "Only English" } } } });
    const error = expectValidationFailed(result);
    expect(error.extensions?.fieldErrors).toEqual({ "title.sv": ["Swedish text is required."] });
    expect((await rawQuery<{ n: unknown }>(t.subgraph.dataSource, `SELECT COUNT(*) AS n FROM note`)).map((r) => Number(r.n))).toEqual([0]);
  });

  it("a workflow step that is not allowed is refused", async () => {
    const note = await createNote("Arkiverad");
    const archived = expectData(await t.query<{ setNoteStatus: { version: number } }>(STATUS, { as: "editor", variables: { id: note.id, version: 1, status: "ARCHIVED" } }));
    expectValidationFailed(await t.query(STATUS, { as: "editor", variables: { id: note.id, version: archived.setNoteStatus.version, status: "PUBLISHED" } }));
  });
});

describe("migrations", () => {
  it("build exactly the tables the entities describe", async () => {
    const { pendingSchemaChanges } = await import("../src/testing/index.js");
    expect(await pendingSchemaChanges(t.subgraph.dataSource)).toEqual([]);
  });
});
