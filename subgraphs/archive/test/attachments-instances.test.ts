import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDENTITY_HEADER, type Viewer } from "@vardportal/kit";
import { personnummerFor } from "@vardportal/kit/personnummer";
import { expectData, onPostgres, personas, rawQuery, startTestSubgraph, sharedTestDatabase, testClock, type TestSubgraph } from "@vardportal/kit/testing";
import { removeUnusedAttachments } from "../src/attachments/attachment-route.js";
import { ReleaseAttachment } from "../src/entities/release-attachment.entity.js";
import { archiveDefinition } from "../src/index.js";

/**
 * Two archive instances on ONE database, each with an attachments directory of its own (two machines):
 * an upload through one is read through the other, because the bytes are in the database (decision 011,
 * "The bytes in the database"). On PostgreSQL both share a scratch schema; on SQLite both open one file.
 */
const clock = testClock();
let shared: ReturnType<typeof sharedTestDatabase>;
let dirA: string;
let dirB: string;
let a: TestSubgraph;
let b: TestSubgraph;

const anna: Viewer = { subject: "anna", roles: ["resident"], region: "Norrbotten", personnummer: personnummerFor("1985-05-17", 282) };
const DAY = 24 * 60 * 60 * 1000;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de", "hex");

async function upload(t: TestSubgraph, as: Viewer, body: Buffer, name: string) {
  const response = await fetch(t.url.replace(/\/graphql$/, "/attachments"), {
    method: "POST",
    headers: { "content-type": "application/octet-stream", "x-attachment-name": encodeURIComponent(name), [IDENTITY_HEADER]: await t.sign(as) },
    body: new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as { id?: string } };
}

beforeAll(async () => {
  shared = sharedTestDatabase("archive-pair");
  const database = shared.target;
  dirA = mkdtempSync(path.join(os.tmpdir(), "vp-archive-a-"));
  dirB = mkdtempSync(path.join(os.tmpdir(), "vp-archive-b-"));
  a = await startTestSubgraph(archiveDefinition({ attachmentsDir: dirA }), { clock, database });
  b = await startTestSubgraph(archiveDefinition({ attachmentsDir: dirB }), { clock, database });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await shared?.drop();
  for (const dir of [dirA, dirB]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const SUBMIT = `mutation($input: ReleaseRequestInput!) { submitReleaseRequest(input: $input) { id attachments { fileName sizeBytes } } }`;
type Submitted = { submitReleaseRequest: { id: string; attachments: { fileName: string; sizeBytes: number }[] } };
const forSomeoneElse = (attachmentIds: string[]) => ({
  subject: "OTHER_PERSON",
  patientName: "Per Exempel",
  patientPersonnummer: personnummerFor("1950-02-14", 228),
  periodFrom: "2001-01-01",
  periodTo: "2003-12-31",
  injuryOrCause: "Knäskada efter fall",
  careUnit: "Ortopedkliniken",
  legalBasis: "CONSENT",
  deliveryWanted: "E_SERVICE_1177",
  attachmentIds,
});

const download = async (t: TestSubgraph, id: string, as: Viewer = personas.archivist) =>
  fetch(`${t.url.replace(/\/graphql$/, "/attachments")}?id=${id}`, { headers: { [IDENTITY_HEADER]: await t.sign(as) } });

const contentRows = async (id: string) =>
  Number((await rawQuery<{ n: number | string }>(a.subgraph.dataSource, `SELECT COUNT(*) AS n FROM release_attachment_content WHERE "attachmentId" = ?`, [id]))[0]!.n);

/** An attachment as one uploaded before the bytes moved into the database left it: a row, and a file in `dir`. */
async function legacyAttachment(dir: string, options: { uploadedAt: Date; requestId?: string | null }): Promise<string> {
  const id = randomUUID();
  await writeFile(path.join(dir, id), PNG, { mode: 0o600 });
  await a.subgraph.dataSource.getRepository(ReleaseAttachment).insert({
    id,
    uploaderPersonnummer: anna.personnummer!,
    uploaderSubject: anna.subject,
    requestId: options.requestId ?? null,
    fileName: "gammal.png",
    mediaType: "image/png",
    sizeBytes: PNG.length,
    uploadedAt: options.uploadedAt,
  });
  return id;
}

describe("attachments with two archive instances on one database", () => {
  it("an upload through one instance is submitted and read through the other; no file is written on either", async () => {
    const uploaded = await upload(a, anna, PDF, "fullmakt.pdf");
    expect(uploaded.status).toBe(201);
    expect([await readdir(dirA), await readdir(dirB)]).toEqual([[], []]);
    expect(await contentRows(uploaded.body.id!)).toBe(1);

    const submitted = expectData(await b.query<Submitted>(SUBMIT, { as: anna, variables: { input: forSomeoneElse([uploaded.body.id!]) } })).submitReleaseRequest;
    expect(submitted.attachments).toEqual([{ fileName: "fullmakt.pdf", sizeBytes: PDF.length }]);

    for (const t of [b, a]) {
      const response = await download(t, uploaded.body.id!);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-length")).toBe(String(PDF.length));
      expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    }
    expect([await readdir(dirA), await readdir(dirB)]).toEqual([[], []]);
  });

  it("a larger file (5 MB) goes in and comes out byte for byte", async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024, 7)]);
    const uploaded = await upload(b, anna, big, "skannad.pdf");
    expect(uploaded.status).toBe(201);
    expectData(await a.query<Submitted>(SUBMIT, { as: anna, variables: { input: forSomeoneElse([uploaded.body.id!]) } }));
    const response = await download(a, uploaded.body.id!);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(big)).toBe(true);
  });

  it("a failed write of the bytes leaves no row behind (row and bytes in one transaction)", async () => {
    const ds = a.subgraph.dataSource;
    const before = await ds.getRepository(ReleaseAttachment).count();
    if (onPostgres()) {
      await ds.query(`CREATE FUNCTION refuse_content() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
      await ds.query(`CREATE TRIGGER refuse_content BEFORE INSERT ON release_attachment_content FOR EACH ROW EXECUTE FUNCTION refuse_content()`);
    } else {
      await ds.query(`CREATE TRIGGER refuse_content BEFORE INSERT ON release_attachment_content BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    }
    try {
      const refused = await upload(a, anna, PDF, "halv.pdf");
      expect(refused.status).toBe(500);
    } finally {
      await ds.query(`DROP TRIGGER refuse_content${onPostgres() ? " ON release_attachment_content" : ""}`);
      if (onPostgres()) await ds.query(`DROP FUNCTION refuse_content()`);
    }
    expect(await ds.getRepository(ReleaseAttachment).count()).toBe(before);
    expect(await readdir(dirA)).toEqual([]);
  });

  it("an attachment stored before the bytes moved into the database (a file, no bytes row) is still served from its file", async () => {
    const submitted = expectData(await a.query<Submitted>(SUBMIT, { as: anna, variables: { input: forSomeoneElse([(await upload(a, anna, PDF, "ny.pdf")).body.id!]) } })).submitReleaseRequest;
    const id = await legacyAttachment(dirA, { uploadedAt: clock.now, requestId: submitted.id });
    expect(await contentRows(id)).toBe(0);
    const response = await download(a, id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-length")).toBe(String(PNG.length));
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
    // Its file is on A's disk only: B cannot serve it (the same 404 as for an unknown id).
    expect((await download(b, id)).status).toBe(404);
  });

  it("unused attachments, new (bytes in the database) and old (a file), are removed after 24 hours; used ones stay", async () => {
    const fresh = await upload(b, anna, PDF, "glomd.pdf");
    const old = await legacyAttachment(dirA, { uploadedAt: clock.now });
    const used = await a.subgraph.dataSource.getRepository(ReleaseAttachment).find({ where: { fileName: "fullmakt.pdf" } });
    expect(used).toHaveLength(1);
    const removed = await removeUnusedAttachments(a.subgraph.dataSource, dirA, new Date(clock.now.getTime() + DAY + 1));
    expect(removed).toBe(2);
    const repo = a.subgraph.dataSource.getRepository(ReleaseAttachment);
    expect(await repo.countBy({ id: fresh.body.id! })).toBe(0);
    expect(await repo.countBy({ id: old })).toBe(0);
    expect(await contentRows(fresh.body.id!)).toBe(0);
    expect(await readdir(dirA)).not.toContain(old);
    // The used ones keep row, bytes and (the legacy one) file.
    expect(await contentRows(used[0]!.id)).toBe(1);
    expect((await download(b, used[0]!.id)).status).toBe(200);
    expect((await download(a, (await repo.findOneByOrFail({ fileName: "gammal.png" })).id)).status).toBe(200);
  });

  it("the bytes table is blob on SQLite and bytea on PostgreSQL, keyed by the attachment, removed with it", async () => {
    const ds = a.subgraph.dataSource;
    if (onPostgres()) {
      const columns = await ds.query(`SELECT column_name AS name, data_type AS type, is_nullable AS nullable FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'release_attachment_content' ORDER BY ordinal_position`);
      expect(columns).toEqual([
        { name: "attachmentId", type: "character varying", nullable: "NO" },
        { name: "content", type: "bytea", nullable: "NO" },
      ]);
      const fks = await ds.query(`SELECT confdeltype AS ondelete, confrelid::regclass::text AS target FROM pg_constraint WHERE contype = 'f' AND conrelid = 'release_attachment_content'::regclass`);
      expect(fks).toEqual([{ ondelete: "c", target: "release_attachment" }]);
    } else {
      const columns = await ds.query(`PRAGMA table_info(release_attachment_content)`);
      expect(columns.map((c: { name: string; type: string; notnull: number; pk: number }) => [c.name, c.type.toLowerCase(), c.notnull, c.pk])).toEqual([
        ["attachmentId", "varchar(36)", 1, 1],
        ["content", "blob", 1, 0],
      ]);
      const fks = await ds.query(`PRAGMA foreign_key_list(release_attachment_content)`);
      expect(fks.map((f: { table: string; from: string; to: string; on_delete: string }) => [f.table, f.from, f.to, f.on_delete])).toEqual([["release_attachment", "attachmentId", "id", "CASCADE"]]);
    }
  });
});
