import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { IsNull, Not } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry, IDENTITY_HEADER, type Viewer } from "@vardportal/kit";
import { personnummerFor } from "@vardportal/kit/personnummer";
import { expectCode, expectData, expectForbidden, expectNotFound, expectUnauthenticated, personas, rawQuery, startTestSubgraph, type GraphqlResult, type TestSubgraph } from "@vardportal/kit/testing";
import { removeUnusedAttachments } from "../src/attachments/attachment-route.js";
import { ReleaseAttachment } from "../src/entities/release-attachment.entity.js";
import { ReleaseRequest } from "../src/entities/release-request.entity.js";
import { archiveDefinition } from "../src/index.js";

const anna: Viewer = { subject: "anna", roles: ["resident"], region: "Norrbotten", personnummer: personnummerFor("1985-05-17", 282) };
const gustav: Viewer = { subject: "gustav", roles: ["resident"], region: "Norrbotten", personnummer: personnummerFor("1981-09-03", 351) };
const ada: Viewer = { subject: "ada", roles: ["archivist"], region: "Norrbotten", name: "Ada Arvidsson" };

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
export const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de", "hex");

const SUBMIT = `mutation($input: ReleaseRequestInput!) { submitReleaseRequest(input: $input) { id referenceNumber status receivedOn subject patientPersonnummer attachments { fileName mediaType sizeBytes } history { action toStatus } } }`;
const ONE = `query($id: ID!) { releaseRequest(id: $id) { id referenceNumber status harmDecision decisionText sentChannel sentOn invoicedOn assigneeName history { action fromStatus toStatus } } }`;
const MINE = `query { myReleaseRequests(first: 100) { totalCount edges { node { id referenceNumber status } } } }`;
const STEP = `mutation($id: ID!, $input: ReleaseStepInput!) { advanceReleaseRequest(id: $id, input: $input) { id status harmDecision sentChannel sentOn invoicedOn nextSteps } }`;
const ASSIGN = `mutation($id: ID!, $toMe: Boolean!) { assignReleaseRequest(id: $id, toMe: $toMe) { id assigneeName } }`;
const QUEUE = `query($filter: ReleaseQueueFilter, $sort: ReleaseQueueSort, $first: Int!) { releaseRequestQueue(filter: $filter, sort: $sort, first: $first) { totalCount edges { node { referenceNumber status assigneeName } } } }`;
const STATS = `query($year: Int!) { releaseStatistics(year: $year) { year cases sentByRegisteredMail sentDigitally refused byIncomingChannel { channel count } byDeliveryChannel { channel count } } }`;

const own = {
  subject: "SELF",
  periodFrom: "2001-01-01",
  periodTo: "2003-12-31",
  injuryOrCause: "Knäskada efter fall",
  careUnit: "Ortopedkliniken",
  legalBasis: "PATIENT_OWN_RECORD",
  deliveryWanted: "E_SERVICE_1177",
};

let t: TestSubgraph;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "archive-attachments-"));
  t = await startTestSubgraph(archiveDefinition({ attachmentsDir: dir }), { seed: false });
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

type Submitted = { submitReleaseRequest: { id: string; referenceNumber: string; status: string; receivedOn: string; subject: string; patientPersonnummer: string; attachments: { fileName: string; mediaType: string; sizeBytes: number }[]; history: { action: string; toStatus: string }[] } };
const submit = (as: Viewer | "staff" | "anonymous", input: Record<string, unknown>) => t.query<Submitted>(SUBMIT, { as, variables: { input } });

export async function upload(t: TestSubgraph, as: Viewer | null, body: Buffer, name: string, token?: string) {
  const response = await fetch(t.url.replace(/\/graphql$/, "/attachments"), {
    method: "POST",
    headers: { "content-type": "application/octet-stream", "x-attachment-name": encodeURIComponent(name), [IDENTITY_HEADER]: token ?? (await t.sign(as)) },
    body: new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as { id?: string; mediaType?: string; errors?: { extensions: { code: string; problem?: string; field?: string } }[] } };
}

const rowCount = async () => t.subgraph.dataSource.getRepository(ReleaseRequest).count();

describe("filing a release request", () => {
  it("a resident files one for themselves and gets a reference number and the status RECEIVED", async () => {
    const request = expectData(await submit(anna, own)).submitReleaseRequest;
    expect(request.referenceNumber).toBe("ARK-2026-00001");
    expect(request).toMatchObject({ status: "RECEIVED", receivedOn: "2026-03-02", subject: "SELF", patientPersonnummer: anna.personnummer });
    expect(request.history).toEqual([{ action: "RECEIVED", toStatus: "RECEIVED" }]);
    const second = expectData(await submit(anna, { ...own, periodFrom: null, periodTo: null, injuryDate: "2020-06-01" })).submitReleaseRequest;
    expect(second.referenceNumber).toBe("ARK-2026-00002");
  });

  it("a request missing required fields is refused with every field named, and nothing is stored", async () => {
    const before = await rowCount();
    const error = expectCode(await submit(anna, { subject: "SELF" }), "BAD_USER_INPUT", ["submitReleaseRequest"]);
    expect(Object.keys(error.extensions?.fieldErrors as object).sort()).toEqual(["careUnit", "deliveryWanted", "injuryOrCause", "legalBasis", "periodFrom"]);
    expect(await rowCount()).toBe(before);
  });

  it("a request for someone else without an attachment is refused on the attachment field", async () => {
    const before = await rowCount();
    const error = expectCode(await submit(anna, { ...own, subject: "OTHER_PERSON", patientName: "Per Exempel", patientPersonnummer: personnummerFor("1950-02-14", 228), legalBasis: "CONSENT" }), "BAD_USER_INPUT");
    expect(error.extensions).toMatchObject({ field: "attachment", problem: "ATTACHMENT_REQUIRED" });
    expect(await rowCount()).toBe(before);
  });

  it("only a resident files: anyone else is FORBIDDEN, anonymous included (decision 004)", async () => {
    expectForbidden(await submit("anonymous", own));
    expectForbidden(await submit("staff", own));
  });
});

describe("attachments", () => {
  it("a PDF is stored in the database under a random id (no file on disk) and can be attached to a request for someone else", async () => {
    const uploaded = await upload(t, anna, PDF, "fullmakt.pdf");
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.mediaType).toBe("application/pdf");
    expect(await readdir(dir)).toEqual([]);
    const stored = await rawQuery<{ content: Buffer }>(t.subgraph.dataSource, `SELECT "content" FROM release_attachment_content WHERE "attachmentId" = ?`, [uploaded.body.id]);
    expect(Buffer.from(stored[0]!.content).equals(PDF)).toBe(true);
    const input = { ...own, subject: "OTHER_PERSON", patientName: "Per Exempel", patientPersonnummer: personnummerFor("1950-02-14", 228), legalBasis: "CONSENT", attachmentIds: [uploaded.body.id] };
    const request = expectData(await submit(anna, input)).submitReleaseRequest;
    expect(request.attachments).toEqual([{ fileName: "fullmakt.pdf", mediaType: "application/pdf", sizeBytes: PDF.length }]);
    // Used once: it cannot be attached again.
    expectCode(await submit(anna, input), "BAD_USER_INPUT");
  });

  it("archive staff download a request's attachment, audited; the uploader, other residents and unattached ids get 404", async () => {
    const uploaded = await upload(t, anna, PDF, "fullmakt från Per.pdf");
    const download = async (as: Viewer | null, id: string) =>
      fetch(`${t.url.replace(/\/graphql$/, "/attachments")}?id=${id}`, { headers: { [IDENTITY_HEADER]: await t.sign(as) } });
    // Not yet part of a request: nobody downloads it.
    expect((await download(personas.archivist, uploaded.body.id!)).status).toBe(404);
    const input = { ...own, subject: "OTHER_PERSON", patientName: "Per Exempel", patientPersonnummer: personnummerFor("1950-02-14", 228), legalBasis: "CONSENT", attachmentIds: [uploaded.body.id] };
    expectData(await submit(anna, input));
    const ok = await download(personas.archivist, uploaded.body.id!);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(ok.headers.get("content-disposition")).toBe(`attachment; filename*=UTF-8''${encodeURIComponent("fullmakt från Per.pdf")}`);
    expect(Buffer.from(await ok.arrayBuffer()).equals(PDF)).toBe(true);
    const audits = await t.subgraph.dataSource.getRepository(AuditEntry).findBy({ entityType: "ReleaseAttachment", entityId: uploaded.body.id! });
    expect(audits.map((a) => [a.action, a.actorSubject])).toEqual([["READ_PERSONAL", personas.archivist.subject]]);
    for (const as of [anna, personas.resident, personas.staff, null]) expect((await download(as, uploaded.body.id!)).status, JSON.stringify(as)).toBe(as ? 404 : 401);
    expect((await download(personas.archivist, "../../etc/passwd")).status).toBe(404);
    expect((await download(personas.archivist, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("a file that is not what its name claims is refused, and so is a type we do not take", async () => {
    const mismatch = await upload(t, anna, PNG, "fullmakt.pdf");
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "attachment", problem: "NAME_MISMATCH" });
    const text = await upload(t, anna, Buffer.from("just text, called a pdf"), "fullmakt.pdf");
    expect(text.body.errors?.[0]?.extensions.problem).toBe("TYPE_NOT_ALLOWED");
    const png = await upload(t, anna, PNG, "samtycke.PNG");
    expect([png.status, png.body.mediaType]).toEqual([201, "image/png"]);
  });

  it("a file over 10 MB is refused with 413 and nothing is stored", async () => {
    const before = await t.subgraph.dataSource.getRepository(ReleaseAttachment).count();
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const result = await upload(t, anna, big, "stor.pdf");
    expect(result.status).toBe(413);
    expect(await t.subgraph.dataSource.getRepository(ReleaseAttachment).count()).toBe(before);
    expect(await readdir(dir)).toEqual([]);
  });

  it("only a resident uploads, only through the gateway; another resident's attachment cannot be used", async () => {
    expect((await upload(t, null, PDF, "a.pdf")).status).toBe(401);
    expect((await upload(t, ada, PDF, "a.pdf")).status).toBe(403);
    expect((await upload(t, anna, PDF, "a.pdf", "not-a-token")).status).toBe(401);
    const annas = await upload(t, anna, PDF, "anna.pdf");
    const input = { ...own, subject: "OTHER_PERSON", patientName: "Per", patientPersonnummer: personnummerFor("1950-02-14", 228), legalBasis: "CONSENT", attachmentIds: [annas.body.id] };
    expect(expectCode(await submit(gustav, input), "BAD_USER_INPUT").extensions?.problem).toBe("UNKNOWN_ATTACHMENT");
  });

  it("unused attachments are removed after 24 hours, rows and bytes; used ones stay", async () => {
    const unused = await upload(t, anna, PDF, "glomd.pdf");
    const later = new Date(t.clock.now.getTime() + 24 * 60 * 60 * 1000 + 1);
    const removed = await removeUnusedAttachments(t.subgraph.dataSource, dir, later);
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await t.subgraph.dataSource.getRepository(ReleaseAttachment).countBy({ id: unused.body.id! })).toBe(0);
    const contentOf = (id: string) => rawQuery<{ n: number | string }>(t.subgraph.dataSource, `SELECT COUNT(*) AS n FROM release_attachment_content WHERE "attachmentId" = ?`, [id]);
    expect(Number((await contentOf(unused.body.id!))[0]!.n)).toBe(0);
    const used = await t.subgraph.dataSource.getRepository(ReleaseAttachment).find({ where: { requestId: Not(IsNull()) } });
    expect(used.length).toBeGreaterThanOrEqual(1);
    for (const attachment of used) expect(Number((await contentOf(attachment.id))[0]!.n)).toBe(1);
  });
});

describe("reading requests", () => {
  it("a resident sees their own; asking for another resident's gives NOT_FOUND, not FORBIDDEN", async () => {
    const annas = expectData(await submit(anna, own)).submitReleaseRequest;
    expect(expectData(await t.query<{ releaseRequest: { id: string } }>(ONE, { as: anna, variables: { id: annas.id } })).releaseRequest.id).toBe(annas.id);
    expectNotFound(await t.query(ONE, { as: gustav, variables: { id: annas.id } }), ["releaseRequest"]);
    expectNotFound(await t.query(ONE, { as: "staff", variables: { id: annas.id } }), ["releaseRequest"]);
    expectUnauthenticated(await t.query(ONE, { as: null, variables: { id: annas.id } }));
    const mine = expectData(await t.query<{ myReleaseRequests: { edges: { node: { id: string } }[] } }>(MINE, { as: gustav })).myReleaseRequests;
    expect(mine.edges.map((e) => e.node.id)).not.toContain(annas.id);
  });

  it("archive staff read any request; the queue is theirs alone", async () => {
    const annas = expectData(await submit(anna, own)).submitReleaseRequest;
    for (const as of ["archivist", "editor", "admin"] as const) {
      expect(expectData(await t.query<{ releaseRequest: { id: string } }>(ONE, { as, variables: { id: annas.id } })).releaseRequest.id).toBe(annas.id);
    }
    for (const as of ["anonymous", "resident", "staff"] as const) expectForbidden(await t.query(QUEUE, { as, variables: { first: 5 } }));
  });
});

type Stepped = { advanceReleaseRequest: { status: string; nextSteps: string[]; sentChannel: string | null; sentOn: string | null; invoicedOn: string | null } };
const advance = (id: string, input: Record<string, unknown>) => t.query<Stepped>(STEP, { as: ada, variables: { id, input } });

describe("the archive's work on a request", () => {
  it("an archivist takes it through every step to closed; each step is in the history", async () => {
    const { id } = expectData(await submit(anna, own)).submitReleaseRequest;
    expect(expectData(await t.query<{ assignReleaseRequest: { assigneeName: string } }>(ASSIGN, { as: ada, variables: { id, toMe: true } })).assignReleaseRequest.assigneeName).toBe("Ada Arvidsson");
    expect(expectData(await advance(id, { step: "START_RETRIEVAL" })).advanceReleaseRequest.status).toBe("RETRIEVING");
    const assessed = expectData(await advance(id, { step: "RECORD_HARM_ASSESSMENT", harmDecision: "RELEASE_IN_PART", harmReasons: "Uppgifter om anhöriga maskade." })).advanceReleaseRequest;
    expect(assessed).toMatchObject({ status: "ASSESSED", nextSteps: ["MARK_SENT"] });
    const sent = expectData(await advance(id, { step: "MARK_SENT", sentChannel: "E_SERVICE_1177", sentOn: "2026-03-02" })).advanceReleaseRequest;
    expect(sent).toMatchObject({ status: "SENT", sentChannel: "E_SERVICE_1177", sentOn: "2026-03-02" });
    expect(expectData(await advance(id, { step: "MARK_INVOICED" })).advanceReleaseRequest).toMatchObject({ status: "INVOICED", invoicedOn: "2026-03-02" });
    expect(expectData(await advance(id, { step: "CLOSE" })).advanceReleaseRequest).toMatchObject({ status: "CLOSED", nextSteps: [] });

    const seen = expectData(await t.query<{ releaseRequest: { status: string; history: { action: string; fromStatus: string | null; toStatus: string }[] } }>(ONE, { as: anna, variables: { id } })).releaseRequest;
    expect(seen.status).toBe("CLOSED");
    expect(seen.history.map((h) => h.action)).toEqual(["RECEIVED", "ASSIGNED", "START_RETRIEVAL", "RECORD_HARM_ASSESSMENT", "MARK_SENT", "MARK_INVOICED", "CLOSE"]);
    const audit = await rawQuery<{ action: string }>(t.subgraph.dataSource, `SELECT "action" FROM audit_entry WHERE "entityType" = 'ReleaseRequest' AND "entityId" = ? ORDER BY "id"`, [id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(["CREATE", "UPDATE", "TRANSITION", "TRANSITION", "TRANSITION", "TRANSITION", "TRANSITION"]);
  });

  it("a step out of order is refused with CONFLICT and changes nothing", async () => {
    const { id } = expectData(await submit(anna, own)).submitReleaseRequest;
    const error = expectCode(await advance(id, { step: "MARK_SENT", sentChannel: "REGISTERED_MAIL", sentOn: "2026-03-02" }), "CONFLICT");
    expect(error.extensions).toMatchObject({ problem: "STEP_OUT_OF_ORDER", current: { status: "RECEIVED" } });
    expectCode(await advance(id, { step: "CLOSE" }), "CONFLICT");
    expectData(await advance(id, { step: "START_RETRIEVAL" }));
    expectCode(await advance(id, { step: "START_RETRIEVAL" }), "CONFLICT");
    const seen = expectData(await t.query<{ releaseRequest: { status: string; sentOn: string | null; history: unknown[] } }>(ONE, { as: ada, variables: { id } })).releaseRequest;
    expect(seen).toMatchObject({ status: "RETRIEVING", sentOn: null });
    expect(seen.history).toHaveLength(2);
  });

  it("a refusal carries its decision text and goes straight to closed, never to sent", async () => {
    const { id } = expectData(await submit(anna, own)).submitReleaseRequest;
    await advance(id, { step: "START_RETRIEVAL" });
    expect(expectCode(await advance(id, { step: "RECORD_HARM_ASSESSMENT", harmDecision: "REFUSE", harmReasons: "Men." }), "BAD_USER_INPUT").extensions?.field).toBe("decisionText");
    expectData(await advance(id, { step: "RECORD_HARM_ASSESSMENT", harmDecision: "REFUSE", harmReasons: "Men för patienten.", decisionText: "Beslutet kan överklagas till kammarrätten inom tre veckor." }));
    expectCode(await advance(id, { step: "MARK_SENT", sentChannel: "REGISTERED_MAIL", sentOn: "2026-03-02" }), "CONFLICT");
    expect(expectData(await advance(id, { step: "CLOSE" })).advanceReleaseRequest.status).toBe("CLOSED");
    const seen = expectData(await t.query<{ releaseRequest: { harmDecision: string; decisionText: string } }>(ONE, { as: anna, variables: { id } })).releaseRequest;
    expect(seen).toMatchObject({ harmDecision: "REFUSE", decisionText: expect.stringContaining("överklagas") });
  });

  it("a resident cannot take a step or assign: FORBIDDEN", async () => {
    const { id } = expectData(await submit(anna, own)).submitReleaseRequest;
    expectForbidden(await t.query(STEP, { as: anna, variables: { id, input: { step: "START_RETRIEVAL" } } }));
    expectForbidden(await t.query(ASSIGN, { as: anna, variables: { id, toMe: true } }));
    expectNotFound(await advance("00000000-0000-4000-8000-000000000000", { step: "START_RETRIEVAL" }));
  });

  it("the queue filters by status and assignee and sorts by arrival", async () => {
    type Q = { releaseRequestQueue: { totalCount: number; edges: { node: { referenceNumber: string; status: string; assigneeName: string | null } }[] } };
    const all = expectData(await t.query<Q>(QUEUE, { as: ada, variables: { first: 100 } })).releaseRequestQueue;
    const refs = all.edges.map((e) => e.node.referenceNumber);
    expect(refs).toEqual([...refs].sort());
    const newest = expectData(await t.query<Q>(QUEUE, { as: ada, variables: { first: 100, sort: "NEWEST_FIRST" } })).releaseRequestQueue;
    expect(newest.edges.map((e) => e.node.referenceNumber)).toEqual([...refs].reverse());
    const received = expectData(await t.query<Q>(QUEUE, { as: ada, variables: { first: 100, filter: { status: ["RECEIVED"] } } })).releaseRequestQueue;
    expect(received.edges.every((e) => e.node.status === "RECEIVED")).toBe(true);
    const mine = expectData(await t.query<Q>(QUEUE, { as: ada, variables: { first: 100, filter: { assignee: "ME" } } })).releaseRequestQueue;
    expect(mine.edges.map((e) => e.node.assigneeName)).toEqual(["Ada Arvidsson"]);
    expectCode(await t.query(QUEUE, { as: ada, variables: { first: 101 } }), "VALIDATION_FAILED");
  });
});

describe("statistics per year", () => {
  it("reproduce the shape of Kronoberg's 2024 figures: cases, by incoming channel, by delivery channel", async () => {
    const s = await startTestSubgraph(archiveDefinition({ attachmentsDir: dir }), { seed: true });
    try {
      type S = { releaseStatistics: { year: number; cases: number; sentByRegisteredMail: number; sentDigitally: number; refused: number; byIncomingChannel: { channel: string; count: number }[]; byDeliveryChannel: { channel: string; count: number }[] } };
      const stats = expectData(await s.query<S>(STATS, { as: "archivist", variables: { year: 2025 } })).releaseStatistics;
      // Kronoberg 2024: 10 000 cases, 5 633 by registered mail, 1 327 digitally; the sample is that, per hundred.
      expect([stats.cases, stats.sentByRegisteredMail, stats.sentDigitally]).toEqual([100, 56, 13]);
      expect(stats.byIncomingChannel.map((c) => c.channel)).toEqual(["PORTAL", "POST", "PHONE", "E_SERVICE_1177", "EMAIL", "IN_PERSON", "FAX"]);
      expect(stats.byIncomingChannel.reduce((sum, c) => sum + c.count, 0)).toBe(stats.cases);
      expect(stats.byDeliveryChannel).toEqual([
        { channel: "REGISTERED_MAIL", count: 56 },
        { channel: "E_SERVICE_1177", count: 8 },
        { channel: "DIGITAL_MAILBOX", count: 5 },
      ]);
      expect(stats.refused).toBe(3);
      expect(expectData(await s.query<S>(STATS, { as: "archivist", variables: { year: 2019 } })).releaseStatistics.cases).toBe(0);
      expectForbidden(await s.query(STATS, { as: "resident", variables: { year: 2025 } }));
      expectCode(await s.query(STATS, { as: "archivist", variables: { year: 99 } }), "VALIDATION_FAILED");
    } finally {
      await s.close();
    }
  });
});

// Keeps the helper types honest for other test files.
export type { GraphqlResult };
