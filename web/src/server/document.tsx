import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { requestIdFor } from "./request-id.js";
import { NonceProvider } from "./nonce.js";
import { createNonce, originOf, setDocumentSecurityHeaders } from "./security-headers.js";

/** How long a streamed document may take before it is cut off; Remix reads it from the entry module. */
export const streamTimeout = 5_000;

/**
 * The app's `handleRequest`: crawlers get the whole document at once; browsers get the shell as soon as
 * it is ready. Every document carries the request id and the security headers, its Content-Security-Policy
 * with this document's nonce (from the server's load context, else made here), which React puts on its own
 * inline scripts and the root layout reads through `useNonce()` for Remix's.
 */
export function handleDocumentRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext?: AppLoadContext,
) {
  const forBot = isbot(request.headers.get("user-agent"));
  const fromServer = (loadContext as { cspNonce?: unknown } | undefined)?.cspNonce;
  const nonce = typeof fromServer === "string" && fromServer ? fromServer : createNonce();
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const onReady = () => {
      shellRendered = true;
      const body = new PassThrough();
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      responseHeaders.set("X-Request-Id", requestIdFor(request));
      setDocumentSecurityHeaders(responseHeaders, {
        nonce,
        https: new URL(request.url).protocol === "https:",
        formTargets: [originOf(process.env.OIDC_ISSUER)].filter((o): o is string => !!o),
        development: process.env.NODE_ENV === "development",
      });
      resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider nonce={nonce}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onShellReady: forBot ? undefined : onReady,
        onAllReady: forBot ? onReady : undefined,
        onShellError: reject,
        onError(error) {
          responseStatusCode = 500;
          // Before the shell is ready the error reaches onShellError and Remix's handleError; log only later ones.
          if (shellRendered) logUnexpected(error, request);
        },
      },
    );
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
