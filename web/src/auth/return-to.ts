/**
 * Where to send a user after log-in: a path on this site only. Anything else (another host,
 * `//host`, a backslash trick, a scheme) falls back to the start page.
 */
export function safeReturnTo(value: string | null | undefined, fallback = "/"): string {
  if (!value || value.length > 2_000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  // Control characters (tab, newline) are dropped by URL parsers and can turn "/\t/host" into "//host".
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://return-to.invalid");
    if (url.origin !== "http://return-to.invalid") return fallback;
    if (url.pathname.startsWith("/auth/")) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The path and query of a request, as a return address. */
export const returnAddressOf = (request: Request) => {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
};
