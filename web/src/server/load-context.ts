/** Why the server turned a request into an error page before any route saw it. */
export type RefusalCode = "CROSS_SITE_REQUEST";

/** What the server (serve.ts) hands every loader and action, and the document entry. */
export type VardportalLoadContext = {
  /** This request's Content-Security-Policy nonce. */
  cspNonce?: string;
  /** Set when the request was refused; the root loader throws the error page for it. */
  refusal?: RefusalCode;
};

/**
 * Called first thing in the root loader: a request the server refused (a non-GET from another origin, see
 * serve.ts) reaches Remix as a plain GET carrying this refusal, so no action runs and the visitor gets our
 * error page with status 403.
 */
export function throwIfRefused(context: unknown): void {
  const refusal = (context as VardportalLoadContext | undefined)?.refusal;
  if (refusal) {
    throw new Response(JSON.stringify({ code: refusal }), { status: 403, headers: { "content-type": "application/json; charset=utf-8" } });
  }
}
