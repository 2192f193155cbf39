import { PassThrough } from "node:stream";
import type { EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { env } from "./utils/env.server";
import { requestIdFor } from "./utils/request-id.server";
import { setSecurityHeaders } from "./utils/security-headers.server";

// Importing env validates it when the server build loads, so a bad value stops the process at start-up.
console.info(`[portal] ${env.NODE_ENV}; gateway ${env.GATEWAY_URL} (timeout ${env.GATEWAY_TIMEOUT_MS} ms)`);

export const streamTimeout = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  // Crawlers get the whole document at once; browsers get the shell as soon as it is ready.
  const forBot = isbot(request.headers.get("user-agent"));
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const onReady = () => {
      shellRendered = true;
      const body = new PassThrough();
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      responseHeaders.set("X-Request-Id", requestIdFor(request));
      setSecurityHeaders(responseHeaders);
      resolve(
        new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
      );
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
