import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileTypeFromBuffer } from "file-type";
import { LessThan, IsNull, type DataSource } from "typeorm";
import { hasRole, writeAudit, type SubgraphContext } from "@vardportal/kit";
import { HttpError, sendJson } from "@vardportal/kit/http";
import { ReleaseAttachment } from "../entities/release-attachment.entity.js";
import { insertAttachmentContent, readAttachmentContent } from "./attachment-content.js";
import { attachmentMessages, checkAttachment, cleanFileName, MAX_ATTACHMENT_BYTES, UNUSED_ATTACHMENT_TTL_MS, type AttachmentProblem } from "./attachment-rules.js";

/** The header that carries the uploader's name for the file, URI-encoded (a header is ASCII). */
export const FILE_NAME_HEADER = "x-attachment-name";

function refuse(res: ServerResponse, status: number, problem: AttachmentProblem): void {
  const messages = attachmentMessages[problem];
  sendJson(res, status, {
    errors: [{ message: `${messages.sv} / ${messages.en}`, extensions: { code: status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_USER_INPUT", field: "attachment", problem, messages } }],
  }, status === 413 ? { connection: "close" } : {});
}

/** Reads the body up to the limit; null when it is larger (the rest is not read). */
async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  if (Number(req.headers["content-length"] ?? 0) > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Removes attachments no request took within 24 hours: the row, its bytes with it (ON DELETE CASCADE), and
 * the file of one stored before the bytes moved into the database. A row a request takes meanwhile (another
 * instance, or this one) is left alone, file and all. Returns how many were removed.
 */
export async function removeUnusedAttachments(dataSource: DataSource, directory: string, now: Date): Promise<number> {
  const repo = dataSource.getRepository(ReleaseAttachment);
  const stale = await repo.find({ select: { id: true }, where: { requestId: IsNull(), uploadedAt: LessThan(new Date(now.getTime() - UNUSED_ATTACHMENT_TTL_MS)) } });
  let removed = 0;
  for (const { id } of stale) {
    const result = await repo.delete({ id, requestId: IsNull() });
    if (!result.affected) continue;
    removed++;
    await rm(path.join(directory, id), { force: true });
  }
  return removed;
}

/**
 * `POST /attachments`: a resident's file, as the raw body, reached only through the gateway (the
 * kit checks the gateway's signature first). The type is read from the content; the row and the bytes are
 * written under a random id in one transaction (the database, so any archive instance reads it; nothing is
 * written to disk), and the id returned for `submitReleaseRequest`. `directory` holds only attachments
 * stored before the bytes moved into the database: read and removed there, never written.
 */
export function attachmentRoute(directory: string) {
  return async (req: IncomingMessage, res: ServerResponse, ctx: SubgraphContext): Promise<void> => {
    if (req.method === "GET") return sendAttachment(directory, req, res, ctx);
    if (req.method !== "POST") throw new HttpError(405, "METHOD_NOT_ALLOWED", "Use POST.", { allow: "GET, POST" });
    const viewer = ctx.viewer;
    if (!viewer) throw new HttpError(401, "UNAUTHENTICATED", "You must be logged in.");
    if (!hasRole(viewer, "resident") || !viewer.personnummer) throw new HttpError(403, "FORBIDDEN", "Only a logged-in resident attaches files to a request.");

    const rawName = req.headers[FILE_NAME_HEADER];
    let name: string | null = null;
    try {
      name = typeof rawName === "string" ? cleanFileName(decodeURIComponent(rawName)) : null;
    } catch {
      name = null;
    }
    const body = await readLimited(req, MAX_ATTACHMENT_BYTES);
    if (!body) return refuse(res, 413, "TOO_LARGE");
    const detected = body.length > 0 ? await fileTypeFromBuffer(body) : undefined;
    const checked = checkAttachment(name, detected?.mime, body.length);
    if (!checked.ok) return refuse(res, checked.problem === "TOO_LARGE" ? 413 : 400, checked.problem);

    await removeUnusedAttachments(ctx.dataSource, directory, ctx.now);
    const id = randomUUID();
    // Row and bytes in one short transaction: the body is already in memory, nothing else is awaited
    // inside it (one writer at a time on SQLite, decision 023), and a failure leaves neither behind.
    await ctx.dataSource.transaction(async (manager) => {
      await manager.insert(ReleaseAttachment, {
        id,
        uploaderPersonnummer: viewer.personnummer!,
        uploaderSubject: viewer.subject,
        requestId: null,
        fileName: name!,
        mediaType: checked.mediaType,
        sizeBytes: body.length,
        uploadedAt: ctx.now,
      });
      await insertAttachmentContent(manager, id, body);
    });
    sendJson(res, 201, { id, fileName: name, mediaType: checked.mediaType, sizeBytes: body.length });
  };
}

const ATTACHMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * `GET /attachments?id=…`: an attachment of a request, for archive staff only (they need the power
 * of attorney to decide), and only once it belongs to a request. Anyone else, and any unknown or
 * unattached id, gets the same 404 (an id's existence is not revealed). Each download writes a
 * READ_PERSONAL audit entry. The file goes out as a download with the type recorded at upload.
 */
async function sendAttachment(directory: string, req: IncomingMessage, res: ServerResponse, ctx: SubgraphContext): Promise<void> {
  const viewer = ctx.viewer;
  if (!viewer) throw new HttpError(401, "UNAUTHENTICATED", "You must be logged in.");
  const id = new URL(req.url ?? "/", "http://archive.invalid").searchParams.get("id") ?? "";
  const notFound = () => new HttpError(404, "NOT_FOUND", "There is no such attachment.");
  if (!hasRole(viewer, "archivist", "editor", "admin") || !ATTACHMENT_ID.test(id)) throw notFound();
  const attachment = await ctx.dataSource.getRepository(ReleaseAttachment).findOneBy({ id });
  if (!attachment?.requestId) throw notFound();
  // In the database; one stored before the bytes moved there is still a file in `directory`.
  const content = await readAttachmentContent(ctx.dataSource, attachment.id);
  const file = content ? null : path.join(directory, attachment.id);
  const size = content ? content.length : await stat(file!).then((s) => (s.isFile() ? s.size : null), () => null);
  if (size === null) throw notFound();
  await writeAudit(ctx.dataSource.manager, {
    actor: viewer,
    action: "READ_PERSONAL",
    entityType: "ReleaseAttachment",
    entityId: attachment.id,
    after: { requestId: attachment.requestId },
    requestId: ctx.requestId,
  });
  res.writeHead(200, {
    "content-type": attachment.mediaType,
    "content-length": size,
    "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
  if (content) res.end(content);
  else createReadStream(file!).pipe(res);
}
