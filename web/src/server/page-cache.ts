/**
 * A short cache of whole pages for anonymous visitors (decision 028), in front of Remix in serve.ts: the page
 * counterpart of the gateway's anonymous-answer cache (decision 018). An anonymous visitor sees only public
 * content, so every anonymous visitor gets the same page for the same address; rendering it costs the portal
 * several milliseconds of CPU (React, the router, the translations) and a gateway call.
 *
 * - **Who**: GET and HEAD of a page without `Authorization` and without cookies other than the language choice
 *   (`vp_lang`, part of the key). A session cookie, any other cookie, a `.data` request or another method goes
 *   straight to Remix as before.
 * - **What is kept**: a 200 HTML document without `Set-Cookie` whose `Cache-Control` says neither `private` nor
 *   `no-store` (routes that must not be kept already say so), for `ttlMs`, at most `maxEntries`, oldest out.
 *   A request with `Cache-Control: no-cache` (or `Pragma: no-cache`) renders afresh and refreshes the entry.
 * - **Every answer has its own nonce**: a page is rendered with a random placeholder as its CSP nonce, and each
 *   visitor's copy gets a fresh nonce in its place, in the markup and in the Content-Security-Policy, and a
 *   fresh request id. Reusing a nonce across responses would defeat it.
 * - **Revalidation**: an `ETag` over the page without its nonce, so the same content keeps the same tag across
 *   renders; `If-None-Match` gets `304`. Such pages say `Cache-Control: private, no-cache`: the browser may keep
 *   them but asks each time, and no shared cache keeps them (it would hand one nonce to many).
 * - **One render for many**: visitors asking for a page that is being rendered wait for that render.
 */
import { createHash, randomBytes } from "node:crypto";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { requestIdFrom } from "./request-id.js";
import { createNonce } from "./security-headers.js";

/** Renders a request with the given CSP nonce: Remix's handler with the app's load context. */
export type RenderPage = (request: Request, nonce: string) => Promise<Response>;

export interface PageCacheOptions {
  /** How long a page is served from the cache, ms; 0 turns the cache off. */
  ttlMs: number;
  /** How many pages are kept at most (oldest out). */
  maxEntries?: number;
  /** Cookies that do not make a visitor someone: their values become part of the key. */
  keyCookies?: readonly string[];
  /** Told of each page request the cache answered or passed on (metrics). */
  onResult?: (result: "hit" | "miss" | "bypass") => void;
  now?: () => number;
}

interface Entry {
  status: number;
  /** Response headers with the placeholder nonce; per-response ones (request id, date) left out. */
  headers: [string, string][];
  /** The body with the placeholder nonce. */
  body: string;
  placeholder: string;
  etag: string;
  storedAt: number;
}

/** `PAGE_CACHE_TTL_MS` (default 5 000; 0 = off). */
export function readPageCacheTtl(env: Record<string, string | undefined>): number {
  const raw = env.PAGE_CACHE_TTL_MS;
  if (raw === undefined || raw === "") return 5_000;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0 || ms > 600_000) throw new Error(`PAGE_CACHE_TTL_MS must be a whole number of milliseconds from 0 to 600000, not "${raw}"`);
  return ms;
}

const perResponseHeaders = new Set(["x-request-id", "date", "set-cookie", "content-length", "etag"]);

/** The cookie names of a `Cookie` header (values are not needed for the decision). */
function cookiesOf(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (name) out.set(name, eq < 0 ? "" : part.slice(eq + 1).trim());
  }
  return out;
}

function wantsFresh(req: ExpressRequest): boolean {
  return /\bno-cache\b|\bno-store\b/i.test(req.get("cache-control") ?? "") || /\bno-cache\b/i.test(req.get("pragma") ?? "");
}

function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

function toFetchRequest(req: ExpressRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  // The page is rendered for the cache, not for this connection: a visitor leaving does not abort it.
  return new Request(`${req.protocol}://${req.get("host") ?? "localhost"}${req.originalUrl}`, { method: "GET", headers });
}

/** Streams a response Remix made (one the cache does not keep) to the visitor. */
async function sendStreaming(res: ExpressResponse, response: Response, head: boolean): Promise<void> {
  res.status(response.status);
  for (const [name, value] of response.headers) {
    if (name === "set-cookie") continue;
    res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  if (head || !response.body) {
    await response.body?.cancel();
    res.end();
    return;
  }
  const reader = response.body.getReader();
  res.on("close", () => void reader.cancel().catch(() => {}));
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    res.write(value);
    // compression() buffers; a streamed document's shell should go out now.
    (res as ExpressResponse & { flush?: () => void }).flush?.();
  }
  res.end();
}

export function createPageCache(render: RenderPage, options: PageCacheOptions) {
  const { ttlMs, maxEntries = 300, keyCookies = [], onResult, now = Date.now } = options;
  const entries = new Map<string, Entry>();
  const rendering = new Map<string, Promise<Entry | null>>();

  /** The key of a request the cache may answer, or null when it must go to Remix untouched. */
  function keyOf(req: ExpressRequest): string | null {
    if (ttlMs <= 0) return null;
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    if (req.get("authorization")) return null;
    if (req.path.endsWith(".data")) return null;
    const cookies = cookiesOf(req.get("cookie"));
    for (const name of cookies.keys()) if (!keyCookies.includes(name)) return null;
    return [req.originalUrl, ...keyCookies.map((name) => cookies.get(name) ?? "")].join("\0");
  }

  function store(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry);
    const oldest = now() - ttlMs;
    for (const [k, e] of entries) {
      if (entries.size <= maxEntries && e.storedAt > oldest) break;
      entries.delete(k);
    }
  }

  /** Renders the page; keeps it when it may be kept. Returns the entry, or the response to stream. */
  async function renderFor(req: ExpressRequest): Promise<{ entry: Entry } | { response: Response; nonce: string }> {
    // Hex: valid in a nonce, and never changed by HTML or JSON escaping, so every copy of it is found again.
    const placeholder = randomBytes(18).toString("hex");
    const response = await render(toFetchRequest(req), placeholder);
    const cacheControl = response.headers.get("cache-control") ?? "";
    const keep =
      response.status === 200 &&
      !response.headers.has("set-cookie") &&
      (response.headers.get("content-type") ?? "").startsWith("text/html") &&
      !/\bprivate\b|\bno-store\b/i.test(cacheControl) &&
      (response.headers.get("content-security-policy") ?? "").includes(placeholder);
    if (!keep) return { response, nonce: placeholder };
    const body = await response.text();
    const headers: [string, string][] = [];
    for (const [name, value] of response.headers) if (!perResponseHeaders.has(name)) headers.push([name, value]);
    if (!response.headers.has("cache-control")) headers.push(["cache-control", "private, no-cache"]);
    const digest = createHash("sha256").update(body.split(placeholder).join("")).digest("base64url").slice(0, 27);
    return { entry: { status: response.status, headers, body, placeholder, etag: `W/"${digest}"`, storedAt: now() } };
  }

  function sendEntry(req: ExpressRequest, res: ExpressResponse, entry: Entry, result: "hit" | "miss") {
    const requestId = requestIdFrom(req.get("x-request-id"));
    const nonce = createNonce();
    const fill = (text: string) => text.split(entry.placeholder).join(nonce);
    res.setHeader("X-Request-Id", requestId);
    res.setHeader("ETag", entry.etag);
    res.setHeader("X-Page-Cache", result === "hit" ? "HIT" : "MISS");
    if (etagMatches(req.get("if-none-match"), entry.etag)) {
      for (const [name, value] of entry.headers) if (name === "cache-control" || name === "vary") res.setHeader(name, value);
      res.status(304).end();
      return;
    }
    for (const [name, value] of entry.headers) res.setHeader(name, fill(value));
    res.status(entry.status);
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    res.end(fill(entry.body));
  }

  return async function pageCache(req: ExpressRequest, res: ExpressResponse, next: NextFunction): Promise<void> {
    const key = keyOf(req);
    if (key === null) {
      if (ttlMs > 0 && (req.method === "GET" || req.method === "HEAD") && !req.path.endsWith(".data")) onResult?.("bypass");
      return next();
    }
    try {
      const fresh = wantsFresh(req);
      if (!fresh) {
        const cached = entries.get(key);
        if (cached && now() - cached.storedAt < ttlMs) {
          onResult?.("hit");
          return sendEntry(req, res, cached, "hit");
        }
        const pending = rendering.get(key);
        if (pending) {
          const entry = await pending;
          if (entry) {
            onResult?.("hit");
            return sendEntry(req, res, entry, "hit");
          }
        }
      }
      onResult?.("miss");
      let settle: (entry: Entry | null) => void = () => {};
      const owned = !rendering.has(key);
      if (owned) rendering.set(key, new Promise((resolve) => (settle = resolve)));
      let outcome: Awaited<ReturnType<typeof renderFor>>;
      try {
        outcome = await renderFor(req);
      } catch (error) {
        settle(null);
        throw error;
      } finally {
        if (owned) rendering.delete(key);
      }
      if ("entry" in outcome) {
        store(key, outcome.entry);
        settle(outcome.entry);
        return sendEntry(req, res, outcome.entry, "miss");
      }
      settle(null);
      res.setHeader("X-Page-Cache", "MISS");
      await sendStreaming(res, outcome.response, req.method === "HEAD");
    } catch (error) {
      next(error);
    }
  };
}
