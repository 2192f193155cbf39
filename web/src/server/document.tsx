import { PassThrough } from "node:stream";
import type { EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { requestIdFor } from "./request-id.js";
import { setSecurityHeaders } from "./security-headers.js";

/** How long a streamed document may take before it is cut off; Remix reads it from the entry module. */
export const streamTimeout = 5_000;

/**
 * The app's `handleRequest`: crawlers get the whole document at once; browsers get the shell as soon as
 * it is ready. Every document carries the request id and the security headers.
 */
export function handleDocumentRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const forBot = isbot(request.headers.get("user-agent"));
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const onReady = () => {
      shellRendered = true;
      const body = new PassThrough();
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      responseHeaders.set("X-Request-Id", requestIdFor(request));
      setSecurityHeaders(responseHeaders);
      resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(<RemixServer context={remixContext} url={request.url} />, {
      onShellReady: forBot ? undefined : onReady,
      onAllReady: forBot ? onReady : undefined,
      onShellError: reject,
      onError(error) {
        responseStatusCode = 500;
        // Before the shell is ready the error reaches onShellError and Remix's handleError; log only later ones.
        if (shellRendered) logUnexpected(error, request);
      },
    });
    setTimeout(abort, streamTimeout + 1000);
  });
}

export const handleError: HandleErrorFunction = (error, { request }) => {
  // A visitor who left mid-request is not a fault.
  if (request.signal.aborted) return;
  logUnexpected(error, request);
};

function logUnexpected(error: unknown, request: Request) {
  console.error(`[${requestIdFor(request)}] ${request.method} ${new URL(request.url).pathname}: unexpected error`, error);
}
