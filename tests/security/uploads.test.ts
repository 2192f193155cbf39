import { existsSync, readdirSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { accessToken, codeOf, dataDir, gatewayUrl, gql } from "./support/client.js";

/**
 * The attachment upload beside GraphQL (decision 011), through the stack's gateway: an oversized body is refused
 * (declared or streamed), and a file name that tries to leave the attachments directory is reduced to a label —
 * the bytes are stored in the archive's database under a random id (decision 011, "The bytes in the database"), and
 * no file is written anywhere: the attachments directory holds only files uploaded before that change.
 */
const uploadUrl = gatewayUrl.replace(/\/graphql$/, "/attachments");
const attachmentsDir = path.join(dataDir, "archive-attachments");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

async function upload(name: string, body: Buffer = PDF) {
  const response = await fetch(uploadUrl, {
    method: "POST",
    headers: { authorization: `Bearer ${await accessToken("anna")}`, "content-type": "application/octet-stream", "x-attachment-name": encodeURIComponent(name) },
    body: new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as { id?: string; fileName?: string; errors?: { extensions?: Record<string, unknown> }[] } };
}

/** Every file under a directory, recursively. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** A raw request, so the body can be declared larger than what is sent, or streamed without a length. */
function rawUpload(headers: Record<string, string | number>, write: (req: ReturnType<typeof request>) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(uploadUrl, { method: "POST", headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      // The rest of the body is not wanted (the server closes the connection): stop sending it.
      res.once("end", () => req.destroy());
    });
    req.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    write(req);
  });
}

describe("oversized bodies", () => {
  it("an upload declared over 10 MB is 413 before its body is read", async () => {
    const status = await rawUpload({ authorization: `Bearer ${await accessToken("anna")}`, "content-type": "application/octet-stream", "content-length": 10 * 1024 * 1024 + 1, "x-attachment-name": "big.pdf" }, (req) =>
      req.write(PDF),
    );
    expect(status).toBe(413);
  });

  it("an upload streamed without a length is cut off past 10 MB with 413", async () => {
    const token = await accessToken("anna");
    const status = await rawUpload({ authorization: `Bearer ${token}`, "content-type": "application/octet-stream", "transfer-encoding": "chunked", "x-attachment-name": "big.pdf" }, (req) => {
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const more = () => {
        while (sent < 12) {
          sent++;
          if (!req.write(sent === 1 ? Buffer.concat([PDF, chunk]) : chunk)) return void req.once("drain", more);
        }
        req.end();
      };
      more();
    });
    expect(status).toBe(413);
  });

  it("an upload without a log-in is 401", async () => {
    const response = await fetch(uploadUrl, { method: "POST", headers: { "x-attachment-name": "a.pdf" }, body: PDF });
    expect(response.status).toBe(401);
  });
});

describe("a path-traversal file name", () => {
  it.each([
    ["../../etc/passwd.pdf", "passwd.pdf"],
    ["..\\..\\x.pdf", "x.pdf"],
    ["/etc/cron.d/evil.pdf", "evil.pdf"],
    ["a\u0000b.pdf", "ab.pdf"],
  ])("%j is stored as the label %j, and no file is written for it", async (name, label) => {
    const before = new Set(filesUnder(dataDir));
    const answer = await upload(name);
    expect(answer.status).toBe(201);
    expect(answer.body.fileName).toBe(label);
    const added = filesUnder(dataDir).filter((f) => !before.has(f) && !f.endsWith("-wal") && !f.endsWith("-shm") && !f.endsWith(".sqlite"));
    expect(added).toEqual([]);
    expect(answer.body.id).toMatch(/^[0-9a-f-]{36}$/);
    // The label is what the request shows: submitted with it, the name comes back clean.
    const submitted = await gql<{ submitReleaseRequest: { attachments: { fileName: string }[] } }>(
      `mutation($input: ReleaseRequestInput!) { submitReleaseRequest(input: $input) { attachments { fileName } } }`,
      {
        as: "anna",
        variables: {
          input: { subject: "SELF", periodFrom: "2001-01-01", periodTo: "2001-12-31", injuryOrCause: "Test", careUnit: "Ortopedkliniken", legalBasis: "PATIENT_OWN_RECORD", deliveryWanted: "E_SERVICE_1177", attachmentIds: [answer.body.id] },
        },
      },
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitReleaseRequest.attachments.map((a) => a.fileName)).toEqual([label]);
  });

  it.each([["../../etc/passwd"], ["..\\x"], ["\u0000"], [".."]])("%j (no usable name left) is refused with a coded 400, and nothing is written", async (name) => {
    const before = filesUnder(attachmentsDir).length;
    const answer = await upload(name);
    expect(answer.status).toBe(400);
    expect(codeOf(answer.body)).toBeDefined();
    expect(filesUnder(attachmentsDir)).toHaveLength(before);
  });

  it("nothing was ever written outside the data directory's attachments folder", () => {
    for (const file of filesUnder(dataDir)) {
      expect(file.startsWith(attachmentsDir) || /\.(sqlite|sqlite-wal|sqlite-shm|pem|json)$|session-secret$/.test(file), file).toBe(true);
    }
  });
});
