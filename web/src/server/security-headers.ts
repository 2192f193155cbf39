/**
 * Headers every HTML document carries. `frame-ancestors` is the only CSP directive for now: a script policy
 * has to allow Remix's inline hydration scripts and comes with nonces in a later change.
 */
export function setSecurityHeaders(headers: Headers): void {
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Content-Security-Policy", "frame-ancestors 'none'");
}
