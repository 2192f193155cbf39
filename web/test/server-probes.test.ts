import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer, type AddressInfo, type Socket } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readProbeSettings } from "../src/server/probes.js";
import { createApp, listen } from "../src/server/serve.js";

/**
 * The portal's and the admin's /health, /ready and /metrics (web/src/server/probes.ts), on the real server of
 * serve.ts over a stand-in Remix build: the probes never reach Remix, so the build needs no routes.
 */
// Inside the package, not the system's temporary folder: Vite resolves an absolute import path under its root.
const dir = mkdtempSync(path.join(import.meta.dirname, ".serve-"));
const assets = path.join(dir, "client", "assets");
mkdirSync(assets, { recursive: true });
writeFileSync(path.join(assets, "app.js"), "export {};\n");
const buildFile = path.join(dir, "index.mjs");
writeFileSync(
  buildFile,
  `export const future = { v3_singleFetch: true };
export const publicPath = "/assets/";
export const assetsBuildDirectory = ${JSON.stringify(assets)};
export const routes = {};
export const assets = { routes: {}, entry: { module: "", imports: [] }, url: "", version: "test" };
export const entry = { module: { default: () => new Response("stand-in", { status: 500 }) } };
export const mode = "production";
`,
);

const TOKEN = "m".repeat(40);
const running: { server: Server; close: () => Promise<void> }[] = [];

async function start(env: Record<string, string> = {}): Promise<string> {
  const { app, close } = await createApp(buildFile, { NODE_ENV: "production", REQUEST_LOG: "off", PUBLIC_URL: "http://127.0.0.1", ...env });
  const server = await new Promise<Server>((resolve) => {
    const s = listen(app, 0, "127.0.0.1", () => resolve(s));
  });
  running.push({ server, close });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterAll(async () => {
  for (const { server, close } of running) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await close();
  }
  rmSync(dir, { recursive: true, force: true });
});

/** A port nothing listens on: taken, then given back. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

describe("/health and /ready without a web database", () => {
  let base: string;
  beforeAll(async () => {
    base = await start();
  });

  it("/health is 200 while serving, as JSON, with the security headers and no cache", async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await fetch(`${base}/health`, { method: "HEAD" })).status).toBe(200);
  });

  it("/ready is 200: nothing to wait for (the gateway is not asked)", async () => {
    const response = await fetch(`${base}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready" });
  });

  it("answers only reading methods", async () => {
    const response = await fetch(`${base}/health`, { method: "POST", headers: { origin: base } });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });

  it("/metrics is 404 without METRICS_TOKEN: the apps face the internet", async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
  });

  it("keeps idle connections 65 s, longer than a balancer's pooled upstream connections", () => {
    const { server } = running[0]!;
    expect(server.keepAliveTimeout).toBe(65_000);
    expect(server.headersTimeout).toBe(66_000);
  });
});

describe("/ready with a web database (DATABASE_URL)", () => {
  it("is 503 when the database cannot be reached, and /health stays 200", async () => {
    const base = await start({ DATABASE_URL: `postgres://nobody@127.0.0.1:${await closedPort()}/none` });
    const started = Date.now();
    const response = await fetch(`${base}/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "not ready" });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it("is 503 within about a second when the database does not answer at all", async () => {
    const sockets: Socket[] = [];
    const silent = createNetServer((socket) => void sockets.push(socket)); // accepts, never speaks
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const base = await start({ DATABASE_URL: `postgres://nobody@127.0.0.1:${(silent.address() as AddressInfo).port}/none` });
      const started = Date.now();
      expect((await fetch(`${base}/ready`)).status).toBe(503);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(Date.now() - started).toBeLessThan(2_500);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)("is 200 when PostgreSQL answers", async () => {
    const base = await start({ DATABASE_URL: process.env.TEST_DATABASE_URL! });
    const response = await fetch(`${base}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready" });
  });
});

describe("/metrics with METRICS_TOKEN", () => {
  let base: string;
  beforeAll(async () => {
    base = await start({ METRICS_TOKEN: TOKEN });
  });
  const scrape = () => fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });

  it("answers only the bearer token", async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${"x".repeat(40)}` } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toBe("Bearer");
    expect((await fetch(`${base}/metrics`, { method: "POST", headers: { origin: base, authorization: `Bearer ${TOKEN}` } })).status).toBe(405);
  });

  it("counts requests by status class (not the probes) and has the process's figures", async () => {
    await fetch(`${base}/assets/app.js`);
    await fetch(`${base}/assets/app.js`);
    // A cross-site change is refused before Remix: a 4xx.
    await fetch(`${base}/x.data`, { method: "POST", headers: { origin: "https://evil.example" } });
    await fetch(`${base}/health`);
    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(/^http_requests_total\{method="GET",status_class="2xx"\} 2$/m);
    expect(text).toMatch(/^http_requests_total\{method="POST",status_class="4xx"\} 1$/m);
    expect(text).toMatch(/^http_request_duration_seconds_count\{status_class="2xx"\} 2$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it("counts what the anonymous page cache did with each page request", async () => {
    // The stand-in build answers every page with a 500: rendered each time (a miss), never kept.
    await fetch(`${base}/en-sida`);
    await fetch(`${base}/en-sida`);
    await fetch(`${base}/en-sida`, { headers: { cookie: "__session=x" } });
    const text = await (await scrape()).text();
    expect(text).toMatch(/^page_cache_requests_total\{result="miss"\} 2$/m);
    expect(text).toMatch(/^page_cache_requests_total\{result="bypass"\} 1$/m);
  });

  it("METRICS=off turns it off even with a token", async () => {
    const off = await start({ METRICS_TOKEN: TOKEN, METRICS: "off" });
    expect((await fetch(`${off}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });
});

describe("readProbeSettings", () => {
  it("names a bad value", () => {
    expect(() => readProbeSettings({ METRICS: "maybe" })).toThrow(/METRICS: must be "on" or "off"/);
    expect(() => readProbeSettings({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN: must be at least 32 characters/);
    expect(() => readProbeSettings({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgres/);
  });

  it("takes empty values as unset", () => {
    expect(readProbeSettings({ METRICS: "", METRICS_TOKEN: "", DATABASE_URL: "" })).toEqual({ metrics: true, metricsToken: undefined, databaseUrl: undefined });
  });
});
