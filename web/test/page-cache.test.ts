import { get as httpGet, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createPageCache, readPageCacheTtl, type RenderPage } from "../src/server/page-cache.js";

/**
 * The anonymous page cache (page-cache.ts) in front of a stand-in renderer on a real Express server: who is
 * served from it, that every copy carries its own nonce, revalidation, and what is never kept.
 */
let clock = 1_000_000;
let renders: string[] = [];
let behaviour: (request: Request, nonce: string) => Response | Promise<Response>;

const page = (request: Request, nonce: string, init: { status?: number; headers?: Record<string, string> } = {}) =>
  new Response(`<html><script nonce="${nonce}">boot()</script><p>${new URL(request.url).pathname} render ${renders.length}</p></html>`, {
    status: init.status ?? 200,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": `script-src 'self' 'nonce-${nonce}'`,
      "x-request-id": "from-render-000",
      vary: "Cookie",
      ...init.headers,
    },
  });

const render: RenderPage = async (request, nonce) => {
  renders.push(new URL(request.url).pathname);
  return behaviour(request, nonce);
};

const results: string[] = [];
const app = express();
app.use(createPageCache(render, { ttlMs: 5_000, maxEntries: 3, keyCookies: ["vp_lang"], now: () => clock, onResult: (r) => results.push(r) }));
app.use((req, res) => void res.status(299).type("text/plain").send(`passed on: ${req.method} ${req.path}`));
const server: Server = await new Promise((resolve) => {
  const s = app.listen(0, "127.0.0.1", () => resolve(s));
});
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => new Promise((resolve) => server.close(resolve)));

beforeEach(() => {
  clock += 60_000;
  renders = [];
  results.length = 0;
  behaviour = (request, nonce) => page(request, nonce);
});

/**
 * A revalidation as a browser sends it. fetch() cannot: it adds `Cache-Control: no-cache` and `Pragma: no-cache`
 * to any request with `If-None-Match`.
 */
function conditionalGet(path: string, ifNoneMatch: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(`${base}${path}`, { headers: { "if-none-match": ifNoneMatch } }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
  });
}

const nonceIn = (html: string) => /nonce="([^"]+)"/.exec(html)?.[1];
const cspNonce = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

describe("anonymous visitors", () => {
  it("renders a page once and serves the copy, each copy with its own nonce in the markup and the policy", async () => {
    const first = await fetch(`${base}/hitta-vard?page=1`);
    const second = await fetch(`${base}/hitta-vard?page=1`);
    expect(renders).toEqual(["/hitta-vard"]);
    expect([first.headers.get("x-page-cache"), second.headers.get("x-page-cache")]).toEqual(["MISS", "HIT"]);
    const [a, b] = [await first.text(), await second.text()];
    expect(a.replace(nonceIn(a)!, "N")).toBe(b.replace(nonceIn(b)!, "N"));
    expect(nonceIn(a)).not.toBe(nonceIn(b));
    expect(cspNonce(first)).toBe(nonceIn(a));
    expect(cspNonce(second)).toBe(nonceIn(b));
    expect(nonceIn(b)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    // A fresh request id per copy; the render's own is not handed out again.
    expect(second.headers.get("x-request-id")).not.toBe("from-render-000");
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    expect(second.headers.get("cache-control")).toBe("private, no-cache");
    expect(second.headers.get("vary")).toBe("Cookie");
    expect(results).toEqual(["miss", "hit"]);
  });

  it("keeps a trustworthy request id from a proxy in front", async () => {
    await fetch(`${base}/a`);
    const response = await fetch(`${base}/a`, { headers: { "x-request-id": "proxy-id-12345" } });
    expect(response.headers.get("x-page-cache")).toBe("HIT");
    expect(response.headers.get("x-request-id")).toBe("proxy-id-12345");
  });

  it("keys on the address, query string included", async () => {
    await fetch(`${base}/avgifter?ar=2026`);
    await fetch(`${base}/avgifter?ar=2025`);
    await fetch(`${base}/avgifter?ar=2026`);
    expect(renders).toEqual(["/avgifter", "/avgifter"]);
  });

  it("renders again after the time to live", async () => {
    await fetch(`${base}/`);
    clock += 4_999;
    expect((await fetch(`${base}/`)).headers.get("x-page-cache")).toBe("HIT");
    clock += 2;
    expect((await fetch(`${base}/`)).headers.get("x-page-cache")).toBe("MISS");
    expect(renders).toHaveLength(2);
  });

  it("renders afresh for Cache-Control: no-cache and Pragma: no-cache, and refreshes the copy", async () => {
    await fetch(`${base}/`);
    await fetch(`${base}/`, { headers: { "cache-control": "no-cache" } });
    await fetch(`${base}/`, { headers: { pragma: "no-cache" } });
    expect(renders).toHaveLength(3);
    expect(await (await fetch(`${base}/`)).text()).toContain("render 3");
  });

  it("renders once for visitors who ask at the same moment", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    behaviour = async (request, nonce) => {
      await gate;
      return page(request, nonce);
    };
    const all = Promise.all(Array.from({ length: 6 }, () => fetch(`${base}/samtidigt`)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    const responses = await all;
    expect(renders).toEqual(["/samtidigt"]);
    const nonces = await Promise.all(responses.map(async (r) => nonceIn(await r.text())));
    expect(new Set(nonces).size).toBe(6);
  });

  it("answers If-None-Match with 304, and the tag survives a new render of the same content", async () => {
    behaviour = (request, nonce) =>
      new Response(`<p nonce="${nonce}">same</p>`, { headers: { "content-type": "text/html", "content-security-policy": `script-src 'nonce-${nonce}'` } });
    const first = await fetch(`${base}/samma`);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    const revalidated = await conditionalGet("/samma", etag);
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe("");
    expect(revalidated.headers["cache-control"]).toBe("private, no-cache");
    clock += 10_000;
    const rerendered = await conditionalGet("/samma", `"other", ${etag}`);
    expect(rerendered.status).toBe(304);
    expect(results).toEqual(["miss", "hit", "miss"]);
    expect(renders).toHaveLength(2);
    expect((await conditionalGet("/samma", `W/"other"`)).status).toBe(200);
  });

  it("answers HEAD with the headers and no body", async () => {
    const response = await fetch(`${base}/huvud`, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toBe("");
    expect((await fetch(`${base}/huvud`)).headers.get("x-page-cache")).toBe("HIT");
  });

  it("keeps a page per language choice (the vp_lang cookie)", async () => {
    await fetch(`${base}/`, { headers: { cookie: "vp_lang=en" } });
    await fetch(`${base}/`);
    const again = await fetch(`${base}/`, { headers: { cookie: "vp_lang=en" } });
    expect(again.headers.get("x-page-cache")).toBe("HIT");
    expect(renders).toHaveLength(2);
  });

  it("keeps at most maxEntries pages, oldest out", async () => {
    for (const p of ["/1", "/2", "/3", "/4"]) await fetch(`${base}${p}`);
    expect((await fetch(`${base}/4`)).headers.get("x-page-cache")).toBe("HIT");
    expect((await fetch(`${base}/1`)).headers.get("x-page-cache")).toBe("MISS");
  });
});

describe("what is never served from the cache", () => {
  it("a visitor with a session or any other cookie, or with Authorization, goes straight on", async () => {
    for (const headers of [{ cookie: "__session=abc" }, { cookie: "vp_lang=en; other=1" }, { authorization: "Bearer x" }] as Record<string, string>[]) {
      const response = await fetch(`${base}/`, { headers });
      expect(await response.text()).toBe("passed on: GET /");
    }
    expect(renders).toEqual([]);
    expect(results).toEqual(["bypass", "bypass", "bypass"]);
  });

  it("other methods and single-fetch data requests go straight on", async () => {
    expect(await (await fetch(`${base}/hitta-vard.data`)).text()).toBe("passed on: GET /hitta-vard.data");
    expect(await (await fetch(`${base}/`, { method: "POST", body: "a=1" })).text()).toBe("passed on: POST /");
    expect(renders).toEqual([]);
  });

  for (const [what, make] of [
    ["an error page", (request: Request, nonce: string) => page(request, nonce, { status: 404 })],
    ["a page that sets a cookie", (request: Request, nonce: string) => page(request, nonce, { headers: { "set-cookie": "a=1; Path=/" } })],
    ["a page that says private", (request: Request, nonce: string) => page(request, nonce, { headers: { "cache-control": "private, no-store" } })],
    ["a page that says no-store", (request: Request, nonce: string) => page(request, nonce, { headers: { "cache-control": "no-store" } })],
    ["a redirect", () => new Response(null, { status: 302, headers: { location: "/en/" } })],
    ["a page not rendered with the nonce it was given", (request: Request) => page(request, "someone-elses")],
  ] as const) {
    it(`${what} is rendered for each visitor and reaches them intact`, async () => {
      behaviour = make;
      const first = await fetch(`${base}/x`, { redirect: "manual" });
      const second = await fetch(`${base}/x`, { redirect: "manual" });
      expect(renders).toHaveLength(2);
      expect(second.status).toBe(first.status);
      expect(second.headers.get("x-page-cache")).toBe("MISS");
      expect(second.headers.get("set-cookie")).toBe(first.headers.get("set-cookie"));
      if (first.status !== 302) expect(await second.text()).toContain("render 2");
    });
  }
});

describe("PAGE_CACHE_TTL_MS", () => {
  it("defaults to five seconds, 0 turns the cache off, anything else is refused", () => {
    expect(readPageCacheTtl({})).toBe(5_000);
    expect(readPageCacheTtl({ PAGE_CACHE_TTL_MS: "0" })).toBe(0);
    expect(readPageCacheTtl({ PAGE_CACHE_TTL_MS: "2500" })).toBe(2_500);
    for (const bad of ["-1", "5s", "1.5", "9999999"]) expect(() => readPageCacheTtl({ PAGE_CACHE_TTL_MS: bad })).toThrow(/PAGE_CACHE_TTL_MS/);
  });

  it("with 0 every request goes straight on", async () => {
    const off = express();
    off.use(createPageCache(render, { ttlMs: 0 }));
    off.use((_req, res) => void res.send("passed on"));
    const s: Server = await new Promise((resolve) => {
      const x = off.listen(0, "127.0.0.1", () => resolve(x));
    });
    const url = `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
    expect(await (await fetch(url)).text()).toBe("passed on");
    await new Promise((resolve) => s.close(resolve));
    expect(renders).toEqual([]);
  });
});
