/** Methods that never change anything; every other method must come from one of our own pages. */
const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export type SameOriginInput = {
  method: string;
  /** The `Origin` header, if any ("null" counts as a foreign origin). */
  origin: string | null | undefined;
  /** The `Referer` header, read only when there is no `Origin`. */
  referer: string | null | undefined;
  /** Our own origins: the public address, and the address this request reached the server at. */
  allowed: Iterable<string>;
};

export type SameOriginVerdict = { ok: true } | { ok: false; reason: "foreign-origin" | "foreign-referer" | "no-origin" };

/**
 * Whether a request may change something: GET, HEAD and OPTIONS always; any other method only when its
 * `Origin` (else its `Referer`) is one of ours. Browsers send `Origin` with every POST, so a request with
 * neither did not come from a page of ours and is refused too. SameSite=Lax on the session cookie already
 * keeps it off a cross-site POST; this check also stops a signed-out or cookie-less forged post and any
 * request from a sub-domain (same site, other origin).
 */
export function checkSameOrigin({ method, origin, referer, allowed }: SameOriginInput): SameOriginVerdict {
  if (safeMethods.has(method.toUpperCase())) return { ok: true };
  const ours = new Set([...allowed].map(normaliseOrigin).filter((o): o is string => !!o));
  if (origin) return ours.has(normaliseOrigin(origin) ?? "") ? { ok: true } : { ok: false, reason: "foreign-origin" };
  if (referer) return ours.has(normaliseOrigin(referer) ?? "") ? { ok: true } : { ok: false, reason: "foreign-referer" };
  return { ok: false, reason: "no-origin" };
}

/** `scheme://host[:port]` of a URL or origin, lower case with default ports dropped; nothing for "null" or junk. */
function normaliseOrigin(value: string): string | undefined {
  if (value === "null") return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
