import { randomBytes } from "node:crypto";

export type DocumentPolicyOptions = {
  /** The per-request nonce every inline script (and the one inline style element) of the document carries. */
  nonce: string;
  /**
   * Origins a form may post to besides our own. Log-out posts to /auth/logout, which redirects to the identity
   * provider's end-session endpoint, and browsers apply `form-action` to that redirect too.
   */
  formTargets?: string[];
  /** Development (`remix vite:dev`) only: Vite's HMR web socket. */
  development?: boolean;
};

/** A fresh nonce for one document: 128 random bits, base64. */
export const createNonce = (): string => randomBytes(16).toString("base64");

/**
 * The Content-Security-Policy of an HTML document. Scripts come from our origin or carry this response's nonce
 * (Remix's hydration data, its module loader and ScrollRestoration are inline); no `'unsafe-inline'` for
 * scripts, and none for styles either: no component sets a `style` attribute, Markdown is sanitised without
 * `style`, and the guideline print view's `<style>` element carries the nonce.
 */
export function contentSecurityPolicy({ nonce, formTargets = [], development = false }: DocumentPolicyOptions): string {
  const connect = development ? ["'self'", "ws://localhost:*", "ws://127.0.0.1:*"] : ["'self'"];
  const directives: Array<[string, string[]]> = [
    ["default-src", ["'self'"]],
    ["script-src", ["'self'", `'nonce-${nonce}'`]],
    ["style-src", ["'self'", `'nonce-${nonce}'`]],
    ["img-src", ["'self'", "data:"]],
    ["font-src", ["'self'"]],
    ["connect-src", connect],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'", ...new Set(formTargets)]],
    ["frame-ancestors", ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(" ")}`).join("; ");
}

/** Features no page of ours uses; a script that got in anyway cannot ask for them. */
export const permissionsPolicy =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()";

/** One year, sub-domains included; sent only on responses that reached us over TLS. */
export const strictTransportSecurity = "max-age=31536000; includeSubDomains";

/**
 * Headers every response of the portal and the admin carries (documents, data requests, files). HSTS only when
 * the request came over TLS: browsers ignore it over http, and a proxy's `X-Forwarded-Proto` counts only when
 * `TRUST_PROXY` says the proxy is ours (the server works that out; see serve.mjs).
 */
export function setSecurityHeaders(headers: Headers, options: { https?: boolean } = {}): void {
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Permissions-Policy", permissionsPolicy);
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  if (options.https) headers.set("Strict-Transport-Security", strictTransportSecurity);
}

/** The headers of an HTML document: the common ones and its Content-Security-Policy. */
export function setDocumentSecurityHeaders(headers: Headers, options: DocumentPolicyOptions & { https?: boolean }): void {
  setSecurityHeaders(headers, options);
  headers.set("Content-Security-Policy", contentSecurityPolicy(options));
}

/** The origin of an http(s) URL in the environment, or nothing when unset or not a URL. */
export function originOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
