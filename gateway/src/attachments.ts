import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { IncomingMessage, ServerResponse } from "node:http";
import { HttpError, sendError, type RouteHandler } from "@vardportal/kit/http";
import { IDENTITY_HEADER, REQUEST_ID_HEADER } from "@vardportal/kit/identity";
import type { Logger } from "@vardportal/kit/logger";
import type { GatewayContext } from "./context.js";

/** The archive's limit for one attachment; the gateway refuses more before the archive sees it. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const FILE_NAME_HEADER = "x-attachment-name";

export interface AttachmentRouteOptions {
  /** The archive subgraph's GraphQL URL; its upload is `/attachments` beside it. */
  archiveUrl: string;
  logger: Logger;
  timeoutMs?: number;
  /** Refuses (429) a viewer past the upload rate limit; called before the body is read. */
  limitUploads?: (subject: string) => Promise<void>;
}

/**
 * `POST /attachments`: Apollo Gateway does not carry multipart uploads and the GraphQL body limit is
 * 100 kB, so a release request's attachment takes this path (docs/decisions/011). The caller's bearer
 * token is required (checked by the context, as for GraphQL); the body is streamed on to the archive,
 * never buffered here, with the gateway-signed identity, and cut off past 10 MB. The archive checks
 * the content's type and stores it; its answer (an id, or a coded refusal) is passed back.
 */
export function attachmentRoute(options: AttachmentRouteOptions): RouteHandler<GatewayContext> {
  const target = options.archiveUrl.replace(/\/graphql$/, "/attachments");
  return async (req: IncomingMessage, res: ServerResponse, ctx: GatewayContext) => {
    if (req.method === "GET") return forwardDownload(target, req, res, ctx, options);
    if (req.method !== "POST") throw new HttpError(405, "METHOD_NOT_ALLOWED", "Use GET or POST.", { allow: "GET, POST" });
    if (!ctx.viewer) throw new HttpError(401, "UNAUTHENTICATED", "Log in to attach a file.");
    await options.limitUploads?.(ctx.viewer.subject);
    if (Number(req.headers["content-length"] ?? 0) > MAX_ATTACHMENT_BYTES) {
      throw new HttpError(413, "PAYLOAD_TOO_LARGE", "The file is larger than 10 MB.");
    }
    let size = 0;
    let tooLarge = false;
    const counted = (Readable.toWeb(req) as unknown as WebReadableStream<Uint8Array>).pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          if (size > MAX_ATTACHMENT_BYTES) {
            tooLarge = true;
            controller.error(new Error("too large"));
            return;
          }
          controller.enqueue(chunk);
        },
      }),
    );
    const headers: Record<string, string> = {
      "content-type": "application/octet-stream",
      [IDENTITY_HEADER]: await ctx.identityToken("archive"),
      [REQUEST_ID_HEADER]: ctx.requestId,
    };
    const name = req.headers[FILE_NAME_HEADER];
    if (typeof name === "string") headers[FILE_NAME_HEADER] = name;
    let response: Response;
    try {
      response = await fetch(target, {
        method: "POST",
        headers,
        body: counted as unknown as ReadableStream<Uint8Array>,
        duplex: "half",
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      } as RequestInit);
    } catch (error) {
      if (tooLarge) throw new HttpError(413, "PAYLOAD_TOO_LARGE", "The file is larger than 10 MB.", { connection: "close" });
      options.logger.warn({ err: error, requestId: ctx.requestId }, "archive upload failed");
      return sendError(res, 502, "SUBGRAPH_UNAVAILABLE", "The archive cannot take files just now. Try again later.");
    }
    const text = await response.text();
    if (!response.headers.get("content-type")?.includes("application/json")) {
      return sendError(res, 502, "SUBGRAPH_UNAVAILABLE", "The archive cannot take files just now. Try again later.");
    }
    res.writeHead(response.status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
    res.end(text);
  };
}

/** The headers of a download passed on from the archive; nothing else of its response is. */
const downloadHeaders = ["content-type", "content-length", "content-disposition", "x-content-type-options", "cache-control"];

/**
 * `GET /attachments?id=…`: an attachment for archive staff (the archive decides who, and answers 404
 * to anyone else), streamed back with only the headers a download needs.
 */
async function forwardDownload(target: string, req: IncomingMessage, res: ServerResponse, ctx: GatewayContext, options: AttachmentRouteOptions) {
  if (!ctx.viewer) throw new HttpError(401, "UNAUTHENTICATED", "Log in to open an attachment.");
  const id = new URL(req.url ?? "/", "http://gateway.invalid").searchParams.get("id") ?? "";
  let response: Response;
  try {
    response = await fetch(`${target}?${new URLSearchParams({ id })}`, {
      headers: { [IDENTITY_HEADER]: await ctx.identityToken("archive"), [REQUEST_ID_HEADER]: ctx.requestId },
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    options.logger.warn({ err: error, requestId: ctx.requestId }, "archive download failed");
    return sendError(res, 502, "SUBGRAPH_UNAVAILABLE", "The archive cannot be reached just now. Try again later.");
  }
  if (!response.ok || !response.body) {
    const code = response.status === 404 ? "NOT_FOUND" : response.status === 401 ? "UNAUTHENTICATED" : "SUBGRAPH_UNAVAILABLE";
    const message = response.status === 404 ? "There is no such attachment." : "The attachment cannot be fetched just now.";
    await response.body?.cancel();
    return sendError(res, response.status === 404 || response.status === 401 ? response.status : 502, code, message);
  }
  const headers: Record<string, string> = {};
  for (const name of downloadHeaders) {
    const value = response.headers.get(name);
    if (value) headers[name] = value;
  }
  res.writeHead(200, headers);
  Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>).pipe(res);
}
