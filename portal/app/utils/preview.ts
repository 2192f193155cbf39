/**
 * Draft preview in the portal. The admin hands an editor a link to the real portal page with
 * `?forhandsvisning=<signed short-lived token>`; such a page needs a logged-in editor or admin, sends the
 * token to the gateway, shows a banner and is never stored or indexed.
 */
export const PREVIEW_PARAM = "forhandsvisning";

/** The roles that may open a preview link; the subgraph that issued the token checks it too. */
export const PREVIEW_ROLES = ["editor", "admin"] as const;

/** Headers for a preview answer: never cached by anyone, never indexed. */
export const PREVIEW_HEADERS = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" } as const;

/** A token is opaque to the portal; only its size and alphabet (URL-safe, as a signed token is) are checked. */
const tokenShape = /^[A-Za-z0-9._~-]{8,2048}$/;

export type PreviewRequest = { status: "none" } | { status: "valid"; token: string } | { status: "malformed" };

/** Whether a page URL asks for a preview, and with what token. */
export function readPreview(url: string | URL): PreviewRequest {
  const params = new URL(url).searchParams;
  if (!params.has(PREVIEW_PARAM)) return { status: "none" };
  const token = params.get(PREVIEW_PARAM) ?? "";
  return tokenShape.test(token) ? { status: "valid", token } : { status: "malformed" };
}

/** The token to send to the gateway, or null (none, or not a token at all). */
export function previewTokenOf(url: string | URL): string | null {
  const preview = readPreview(url);
  return preview.status === "valid" ? preview.token : null;
}
