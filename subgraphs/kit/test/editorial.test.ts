import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  Audience,
  AuditEntry,
  ContentStore,
  createEditorialRegistry,
  createEditorialScheduler,
  editorialResolvers,
  flatten,
  listValue,
  localized,
  localizedValue,
  missingEnglish,
  optionalText,
  requiredText,
  Revision,
  signPreviewToken,
  verifyPreviewToken,
  type EditorialTypeRegistration,
  type SubgraphDefinition,
} from "../src/index.js";
import { expectCode, expectData, startTestSubgraph, type TestSubgraph } from "../src/testing/index.js";
import { Note, noteSubgraph } from "./fixture/note.js";

/**
 * The editorial engine (decision 019) on the kit's own fixture type: what no one subgraph's tests
 * reach — revisions written before the engine, two schedulers at once, the audit log's paging and
 * clock, CSV import's all-or-nothing, and the preview token's own checks.
 */

const noteSchema = z.object({ title: localizedValue(200, "Ange en svensk titel.") }).strict();

const csvRows: string[] = [];
const noteType: EditorialTypeRegistration = {
  key: "Note",
  plural: "Notes",
  label: { sv: "Anteckning" },
  pluralLabel: { sv: "Anteckningar" },
  entity: Note,
  table: "note",
  fields: [{ name: "title", kind: "LOCALIZED_TEXT", label: { sv: "Titel", en: "Title" }, required: true, maxLength: 200 }],
  schema: noteSchema as never,
  titleField: "title",
  titleColumn: "title.sv",
  searchColumns: ["titleSv"],
  defaultAudience: Audience.PUBLIC,
  portalPath: () => "/anteckning",
  adapter: {
    async read(manager, id) {
      const note = await manager.getRepository(Note).findOneByOrFail({ id });
      return { title: { sv: note.title.sv, en: note.title.en ?? null } };
    },
    async apply(manager, id, values, ctx) {
      const v = values as { title: { sv: string; en: string | null } };
      if (ctx.mode === "create") await manager.getRepository(Note).insert({ ...ctx.base, title: localized(v.title.sv, v.title.en) } as never);
      else await manager.getRepository(Note).update({ id }, { title: localized(v.title.sv, v.title.en) });
    },
  },
  csvImport: {
    columns: [{ name: "titel", required: true }, { name: "engelska" }],
    async parseRow(record) {
      if (!record.titel) return { problems: [{ column: "titel", message: "Ange en titel." }] };
      return { row: record };
    },
    async checkAll(rows) {
      const seen = new Map<string, number>();
      const problems = new Map<number, { column?: string; message: string }[]>();
      for (const { rowNumber, row } of rows as { rowNumber: number; row: Record<string, string> }[]) {
        if (seen.has(row.titel!)) problems.set(rowNumber, [{ column: "titel", message: `Samma titel som rad ${seen.get(row.titel!)}.` }]);
        seen.set(row.titel!, rowNumber);
      }
      return problems;
    },
    async apply(manager, rows, ctx) {
      const { EditorialEngine } = await import("../src/index.js");
      const engine = new EditorialEngine(manager.connection, noteType);
      for (const { row } of rows as { row: Record<string, string> }[]) {
        csvRows.push(row.titel!);
        await engine.importItem(manager, { id: null, values: { audience: "STAFF", region: "Norrbotten", title: { sv: row.titel, en: row.engelska || null } } }, ctx);
      }
      return { created: rows.length, updated: 0 };
    },
  },
};
const registry = createEditorialRegistry("notes", [noteType]);
const definition: SubgraphDefinition = { ...noteSubgraph, resolvers: [...noteSubgraph.resolvers, ...editorialResolvers(registry)], editorial: registry };

let t: TestSubgraph;
beforeEach(async () => {
  t = await startTestSubgraph(definition);
});
afterEach(async () => {
  await t.close();
});

const ITEM = "{ id version status live hasDraft title values }";
type Item = { id: string; version: number; status: string; live: boolean; hasDraft: boolean; title: string; values: Record<string, unknown> };
const create = async (sv: string, audience = "PUBLIC") =>
  expectData(await t.query<{ createNote: Item }>(`mutation($v: JSONObject!) { createNote(values: $v) ${ITEM} }`, { as: "editor", variables: { v: { audience, region: "Norrbotten", title: { sv, en: null } } } })).createNote;
const publish = async (item: Item, publishAt?: string) =>
  expectData(await t.query<{ publishNote: Item }>(`mutation($id: ID!, $v: Int!, $at: DateTimeISO) { publishNote(id: $id, version: $v, publishAt: $at) ${ITEM} }`, { as: "editor", variables: { id: item.id, v: item.version, at: publishAt } })).publishNote;

describe("revisions written before the editorial engine", () => {
  it("are numbered, listed as LEGACY, and can be restored as a draft", async () => {
    const store = new ContentStore(t.subgraph.dataSource, Note, "Note");
    const legacy = await store.create({ title: localized("Gammal titel"), region: "Norrbotten" }, { viewer: { subject: "old-editor", roles: ["editor"] } });
    const item = expectData(await t.query<{ editorialNote: Item }>(`query($id: ID!) { editorialNote(id: $id) ${ITEM} }`, { as: "editor", variables: { id: legacy.id } })).editorialNote;
    const saved = expectData(
      await t.query<{ saveNoteDraft: Item }>(`mutation($id: ID!, $v: Int!, $vals: JSONObject!) { saveNoteDraft(id: $id, version: $v, values: $vals) ${ITEM} }`, {
        as: "editor",
        variables: { id: item.id, v: item.version, vals: { ...item.values, title: { sv: "Ny titel", en: null } } },
      }),
    ).saveNoteDraft;
    const revisions = expectData(
      await t.query<{ editorialNoteRevisions: { edges: { node: { number: number; action: string; author: string } }[] } }>(`query($id: ID!) { editorialNoteRevisions(id: $id) { edges { node { number action author } } } }`, {
        as: "editor",
        variables: { id: item.id },
      }),
    ).editorialNoteRevisions;
    expect(revisions.edges.map((e) => e.node)).toEqual([
      { number: 2, action: "SAVE", author: "test-editor" },
      { number: 1, action: "LEGACY", author: "old-editor" },
    ]);
    const restored = expectData(
      await t.query<{ restoreNoteRevision: Item }>(`mutation($id: ID!, $v: Int!) { restoreNoteRevision(id: $id, number: 1, version: $v) ${ITEM} }`, { as: "editor", variables: { id: item.id, v: saved.version } }),
    ).restoreNoteRevision;
    expect(restored).toMatchObject({ title: "Gammal titel", status: "DRAFT", hasDraft: true });
  });
});

describe("the history", () => {
  it("pages newest first with a cursor, and a diff names the changed language", async () => {
    let item = await create("Ett");
    for (const sv of ["Ett två", "Ett två tre", "Fyra"]) {
      item = expectData(
        await t.query<{ saveNoteDraft: Item }>(`mutation($id: ID!, $v: Int!, $vals: JSONObject!) { saveNoteDraft(id: $id, version: $v, values: $vals) ${ITEM} }`, {
          as: "editor",
          variables: { id: item.id, v: item.version, vals: { ...item.values, title: { sv, en: null } } },
        }),
      ).saveNoteDraft;
    }
    type R = { editorialNoteRevisions: { totalCount: number; edges: { node: { number: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const DOC = `query($id: ID!, $after: String) { editorialNoteRevisions(id: $id, first: 3, after: $after) { totalCount edges { node { number } } pageInfo { hasNextPage endCursor } } }`;
    const first = expectData(await t.query<R>(DOC, { as: "editor", variables: { id: item.id } })).editorialNoteRevisions;
    expect([first.totalCount, first.edges.map((e) => e.node.number), first.pageInfo.hasNextPage]).toEqual([4, [4, 3, 2], true]);
    const second = expectData(await t.query<R>(DOC, { as: "editor", variables: { id: item.id, after: first.pageInfo.endCursor } })).editorialNoteRevisions;
    expect([second.edges.map((e) => e.node.number), second.pageInfo.hasNextPage]).toEqual([[1], false]);
    const diff = expectData(
      await t.query<{ editorialNoteDiff: { field: string; before: string; after: string }[] }>(`query($id: ID!) { editorialNoteDiff(id: $id, from: 2, to: 4) { field before after } }`, {
        as: "editor",
        variables: { id: item.id },
      }),
    ).editorialNoteDiff;
    expect(diff).toEqual([{ field: "title.sv", before: "Ett två", after: "Fyra" }]);
    expectCode(await t.query(`query($id: ID!) { editorialNoteDiff(id: $id, from: 1, to: 9) { field } }`, { as: "editor", variables: { id: item.id } }), "NOT_FOUND", ["editorialNoteDiff"]);
  });
});

describe("the scheduler", () => {
  it("two schedulers ticking at once publish a due item once", async () => {
    const item = await create("Schemalagd");
    await publish(item, "2026-03-02T10:00:00Z");
    const clock = () => new Date("2026-03-02T10:00:00Z");
    const a = createEditorialScheduler({ dataSource: t.subgraph.dataSource, registry, clock });
    const b = createEditorialScheduler({ dataSource: t.subgraph.dataSource, registry, clock });
    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
    expect(ra.published + rb.published).toBe(1);
    const publishes = await t.subgraph.dataSource.getRepository(Revision).countBy({ entityId: item.id, action: "PUBLISH" });
    expect(publishes).toBe(1);
    const after = expectData(await t.query<{ editorialNote: Item }>(`query($id: ID!) { editorialNote(id: $id) ${ITEM} }`, { as: "editor", variables: { id: item.id } })).editorialNote;
    expect(after).toMatchObject({ status: "PUBLISHED", live: true, hasDraft: false });
  });

  it("does nothing by itself when no interval is given", async () => {
    const item = await create("Väntar");
    await publish(item, "2026-03-02T08:30:00Z"); // already due by the test clock? No: 08:30Z is 09:30 Swedish time, after 09:00+01:00
    const scheduler = createEditorialScheduler({ dataSource: t.subgraph.dataSource, registry, clock: () => new Date("2026-03-03T00:00:00Z") });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await t.subgraph.dataSource.getRepository(Revision).countBy({ entityId: item.id, action: "PUBLISH" })).toBe(0);
    expect((await scheduler.tick()).published).toBe(1);
    await scheduler.stop();
  });
});

describe("the audit log", () => {
  it("records the request's clock and pages newest first; from/to filter on it", async () => {
    t.clock.set("2026-04-01T08:00:00Z");
    const first = await create("Först");
    t.clock.set("2026-04-02T08:00:00Z");
    await publish(first);
    t.clock.set("2026-04-03T08:00:00Z");
    await create("Sist");
    type Log = { notesAuditLog: { totalCount: number; edges: { node: { at: string; action: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const DOC = `query($f: AuditLogFilter, $after: String) { notesAuditLog(filter: $f, first: 2, after: $after) { totalCount edges { node { at action } } pageInfo { hasNextPage endCursor } } }`;
    const page1 = expectData(await t.query<Log>(DOC, { as: "editor" })).notesAuditLog;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e) => [e.node.at, e.node.action])).toEqual([
      ["2026-04-03T08:00:00.000Z", "EDITORIAL_CREATE"],
      ["2026-04-02T08:00:00.000Z", "EDITORIAL_PUBLISH"],
    ]);
    const page2 = expectData(await t.query<Log>(DOC, { as: "editor", variables: { after: page1.pageInfo.endCursor } })).notesAuditLog;
    expect(page2.edges.map((e) => e.node.at)).toEqual(["2026-04-01T08:00:00.000Z"]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const window = expectData(await t.query<Log>(DOC, { as: "editor", variables: { f: { from: "2026-04-02T00:00:00Z", to: "2026-04-03T00:00:00Z" } } })).notesAuditLog;
    expect(window.edges.map((e) => e.node.action)).toEqual(["EDITORIAL_PUBLISH"]);
    expectCode(await t.query(DOC, { as: "editor", variables: { after: "eyJ2IjoiYSIsImlkIjoiMSJ9" } }), "BAD_USER_INPUT");
    expectCode(await t.query(DOC, { as: "staff" }), "FORBIDDEN", ["notesAuditLog"]);
  });
});

describe("CSV import", () => {
  const IMPORT = `mutation($csv: String!, $dry: Boolean) { importNotesCsv(csv: $csv, dryRun: $dry) { dryRun applied rowCount created updated errors { row line column message } } }`;
  type Result = { importNotesCsv: { dryRun: boolean; applied: boolean; rowCount: number; created: number; errors: { row: number; line: number; column: string | null; message: string }[] } };
  const count = async () => t.subgraph.dataSource.getRepository(Note).count();

  it("a file with one bad row writes nothing and names the row; a good one is written whole", async () => {
    const bad = "titel;engelska\nEtt;One\n;Two\nTre;Three\nEtt;Again\n";
    const dry = expectData(await t.query<Result>(IMPORT, { as: "editor", variables: { csv: bad, dry: false } })).importNotesCsv;
    expect(dry).toMatchObject({ applied: false, rowCount: 4, created: 0 });
    expect(dry.errors).toEqual([
      { row: 2, line: 3, column: "titel", message: "Ange en titel." },
      { row: 4, line: 5, column: "titel", message: "Samma titel som rad 1." },
    ]);
    expect(await count()).toBe(0);

    const good = "titel,engelska\nEtt,One\nTvå,\n";
    const preview = expectData(await t.query<Result>(IMPORT, { as: "editor", variables: { csv: good } })).importNotesCsv;
    expect(preview).toMatchObject({ dryRun: true, applied: false, rowCount: 2, errors: [] });
    expect(await count()).toBe(0);
    const applied = expectData(await t.query<Result>(IMPORT, { as: "editor", variables: { csv: good, dry: false } })).importNotesCsv;
    expect(applied).toMatchObject({ applied: true, created: 2 });
    expect(await count()).toBe(2);
    const audit = await t.subgraph.dataSource.getRepository(AuditEntry).countBy({ action: "EDITORIAL_IMPORT" });
    expect(audit).toBeGreaterThanOrEqual(3); // one per item and one for the file
  });

  it("a wrong header is refused on the csv field before any row is read", async () => {
    const result = await t.query(IMPORT, { as: "editor", variables: { csv: "rubrik;engelska\nEtt;One\n", dry: true } });
    expect(expectCode(result, "BAD_USER_INPUT", ["importNotesCsv"]).extensions?.field).toBe("csv");
  });

  it("an apply that fails half-way writes nothing", async () => {
    const result = await t.query(IMPORT, { as: "editor", variables: { csv: `titel\nEtt\n${"x".repeat(300)}\n`, dry: false } });
    expectCode(result, "VALIDATION_FAILED", ["importNotesCsv"]);
    expect(await count()).toBe(0);
  });
});

describe("values", () => {
  const fields = [
    { name: "title", kind: "LOCALIZED_TEXT" as const, label: { sv: "Titel" } },
    {
      name: "lines",
      kind: "LIST" as const,
      label: { sv: "Rader" },
      itemFields: [
        { name: "label", kind: "LOCALIZED_TEXT" as const, label: { sv: "Text" } },
        { name: "note", kind: "TEXT" as const, label: { sv: "Notering" } },
      ],
    },
  ];
  const values = { title: { sv: "Hej", en: "Hi" }, lines: [{ label: { sv: "Ett", en: null }, note: "x" }, { label: { sv: "Två", en: "Two" }, note: null }] };

  it("missingEnglish names list items by their path", () => {
    expect(missingEnglish(fields, values)).toEqual(["lines.0.label"]);
  });

  it("flatten gives one readable text per localized language and per list", () => {
    expect(flatten(fields, values)).toEqual([
      { path: "title.sv", label: "Titel (svenska)", text: "Hej" },
      { path: "title.en", label: "Titel (engelska)", text: "Hi" },
      { path: "lines", label: "Rader", text: "1. Text: Ett; Notering: x\n2. Text: Två / Two" },
    ]);
  });

  it("the zod builders give Swedish messages and turn empty text into null", () => {
    const schema = z.object({ name: requiredText(5, "Ange ett namn."), note: optionalText(10), items: listValue(z.string(), 1) }).strict();
    const parsed = schema.safeParse({ name: "", note: "   ", items: ["a", "b"] });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(messages).toEqual([
      ["name", "Ange ett namn."],
      ["items", "Högst 1 rader."],
    ]);
    expect(schema.parse({ name: "Anna", note: "", items: [] })).toEqual({ name: "Anna", note: null, items: [] });
  });
});

describe("preview tokens", () => {
  it("verify only while unexpired, and carry the editor, type and item", async () => {
    const now = new Date("2026-03-02T09:00:00Z");
    const { token, expiresAt } = await signPreviewToken({ subject: "anna", type: "Note", id: "n1" }, now);
    expect(expiresAt.toISOString()).toBe("2026-03-02T09:10:00.000Z");
    expect(await verifyPreviewToken(token, now)).toEqual({ subject: "anna", type: "Note", id: "n1" });
    expect(await verifyPreviewToken(token, new Date("2026-03-02T09:10:01Z"))).toBeNull();
    expect(await verifyPreviewToken(`${token}x`, now)).toBeNull();
    expect(await verifyPreviewToken("not-a-token", now)).toBeNull();
  });
});
