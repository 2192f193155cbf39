import "reflect-metadata";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSubgraph, type Subgraph, type Viewer } from "@vardportal/kit";
import { generateKeyPairPem, importSigningKey, importVerifyingKey } from "@vardportal/kit/identity";
import { createLogger } from "@vardportal/kit/logger";
import { personnummerFor } from "@vardportal/kit/personnummer";
import { HttpError, type RunningServer } from "@vardportal/kit/http";
import { archiveDefinition } from "@vardportal/archive";
import { createGateway } from "../src/gateway.js";
import { supergraphFile } from "../src/subgraphs.js";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const viewers: Record<string, Viewer> = {
  "Bearer anna": { subject: "anna", roles: ["resident"], region: "Norrbotten", personnummer: "198505172826" },
  "Bearer ada": { subject: "ada", roles: ["archivist"], region: "Norrbotten" },
};

let dir: string;
let archive: Subgraph;
let gateway: RunningServer;
let uploadUrl: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "gateway-attachments-"));
  const pair = generateKeyPairPem();
  archive = await createSubgraph(archiveDefinition({ attachmentsDir: dir }), { database: ":memory:", verifyingKey: await importVerifyingKey(pair.publicKey), logger: createLogger("archive", "silent") });
  gateway = await createGateway({
    supergraphSdl: readFileSync(supergraphFile, "utf8"),
    subgraphUrls: { archive: archive.url },
    signingKey: await importSigningKey(pair.privateKey),
    logger: createLogger("gateway", "silent"),
    verifyAccessToken: async (authorization) => {
      const viewer = viewers[authorization];
      if (!viewer) throw new HttpError(401, "UNAUTHENTICATED", "Bad token.");
      return viewer;
    },
  });
  uploadUrl = gateway.url.replace(/\/graphql$/, "/attachments");
});
afterAll(async () => {
  await gateway?.close();
  await archive?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The attachments whose bytes the archive holds (in its database, decision 011; nothing is written to `dir`). */
const storedIds = async (subgraph: Subgraph): Promise<string[]> =>
  ((await subgraph.dataSource.query(`SELECT "attachmentId" AS id FROM release_attachment_content`)) as { id: string }[]).map((r) => r.id);

async function post(body: Uint8Array | ReadableStream<Uint8Array>, authorization?: string, name = "fullmakt.pdf") {
  const response = await fetch(uploadUrl, {
    method: "POST",
    headers: { "content-type": "application/octet-stream", "x-attachment-name": encodeURIComponent(name), ...(authorization ? { authorization } : {}) },
    body,
    duplex: "half",
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as { id?: string; errors?: { extensions: Record<string, unknown> }[] } };
}

describe("POST /attachments through the gateway", () => {
  it("forwards a resident's file to the archive with the signed identity and returns its id", async () => {
    const result = await post(new Uint8Array(PDF), "Bearer anna");
    expect(result.status).toBe(201);
    expect(await storedIds(archive)).toEqual([result.body.id]);
    expect(await readdir(dir)).toEqual([]);
  });

  it("needs a bearer token: without one 401, with a bad one 401, as archivist 403 from the archive", async () => {
    expect((await post(new Uint8Array(PDF))).status).toBe(401);
    expect((await post(new Uint8Array(PDF), "Bearer forged")).status).toBe(401);
    expect((await post(new Uint8Array(PDF), "Bearer ada")).status).toBe(403);
  });

  it("passes on the archive's coded refusal of a file that is not what its name says", async () => {
    const result = await post(new Uint8Array(Buffer.from("plain text")), "Bearer anna", "fullmakt.pdf");
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "attachment" });
  });

  it("cuts off a body over 10 MB, declared or streamed without a length, and the archive stores nothing", async () => {
    const before = (await storedIds(archive)).length;
    expect((await post(new Uint8Array(10 * 1024 * 1024 + 1), "Bearer anna")).status).toBe(413);
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 11) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await post(stream, "Bearer anna");
    expect(streamed.status).toBe(413);
    expect((await storedIds(archive)).length).toBe(before);
  });

  it("GET passes an attached file back to archive staff as a download, and 404 to a resident, even its uploader", async () => {
    const uploaded = await post(new Uint8Array(PDF), "Bearer anna", "fullmakt.pdf");
    const submit = await fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer anna" },
      body: JSON.stringify({
        query: `mutation($input: ReleaseRequestInput!) { submitReleaseRequest(input: $input) { id } }`,
        variables: {
          input: {
            subject: "OTHER_PERSON", patientName: "Per Exempel", patientPersonnummer: personnummerFor("1950-02-14", 228), periodFrom: "2001-01-01", periodTo: "2003-12-31",
            injuryOrCause: "Knäskada", careUnit: "Ortopedkliniken", legalBasis: "CONSENT", deliveryWanted: "REGISTERED_MAIL", attachmentIds: [uploaded.body.id],
          },
        },
      }),
    });
    const submitted = (await submit.json()) as { data?: { submitReleaseRequest: { id: string } | null }; errors?: unknown };
    expect(submitted.errors).toBeUndefined();
    const get = (authorization?: string) => fetch(`${uploadUrl}?id=${uploaded.body.id}`, { headers: authorization ? { authorization } : {} });
    const download = await get("Bearer ada");
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toContain("attachment;");
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await get("Bearer anna")).status).toBe(404);
    expect((await get()).status).toBe(401);
  });

  it("the GraphQL body limit stays 100 kB", async () => {
    const response = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ __typename }`, pad: "x".repeat(100_001) }) });
    expect(response.status).toBe(413);
  });
});

describe("the upload rate limit", () => {
  it("past the limit a viewer gets 429 RATE_LIMITED with Retry-After before the body is read; another viewer is not affected", async () => {
    const pair = generateKeyPairPem();
    const limitedDir = await mkdtemp(path.join(tmpdir(), "gateway-attachments-limit-"));
    const limitedArchive = await createSubgraph(archiveDefinition({ attachmentsDir: limitedDir }), { database: ":memory:", verifyingKey: await importVerifyingKey(pair.publicKey), logger: createLogger("archive", "silent") });
    const limited = await createGateway({
      supergraphSdl: readFileSync(supergraphFile, "utf8"),
      subgraphUrls: { archive: limitedArchive.url },
      signingKey: await importSigningKey(pair.privateKey),
      logger: createLogger("gateway", "silent"),
      uploadRateLimit: { points: 2, durationSeconds: 600 },
      verifyAccessToken: async (authorization) => {
        if (authorization === "Bearer anna") return viewers["Bearer anna"]!;
        if (authorization === "Bearer gustav") return { subject: "gustav", roles: ["resident"], personnummer: personnummerFor("1981-09-03", 351) };
        throw new HttpError(401, "UNAUTHENTICATED", "Bad token.");
      },
    });
    try {
      const url = limited.url.replace(/\/graphql$/, "/attachments");
      const send = async (authorization: string) => {
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/octet-stream", "x-attachment-name": "fullmakt.pdf", authorization }, body: new Uint8Array(PDF) });
        return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as { errors?: { extensions: Record<string, unknown> }[] } };
      };
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await send("Bearer anna")).status);
      expect(statuses).toEqual([201, 201, 429]);
      const refused = await send("Bearer anna");
      expect(refused.body.errors?.[0]?.extensions.code).toBe("RATE_LIMITED");
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(await storedIds(limitedArchive)).toHaveLength(2);
      expect((await send("Bearer gustav")).status).toBe(201);
    } finally {
      await limited.close();
      await limitedArchive.close();
      await rm(limitedDir, { recursive: true, force: true });
    }
  });
});
