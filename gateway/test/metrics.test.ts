import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SubgraphOutcome } from "../src/metrics.js";
import { metricSample } from "@vardportal/kit/testing";
import { createSubgraphFetcher } from "../src/subgraph-fetcher.js";
import { definitions, startFederation, type Federation } from "./federation.js";

const sample = metricSample;

const CARE_UNITS = `query Units { careUnits(first: 2) { totalCount } }`;
const FEES = `query Fees { currentFeeSchedule(region: "Norrbotten") { id } }`;

let federation: Federation;
let metricsUrl: string;
beforeAll(async () => {
  federation = await startFederation({ down: ["fees"], anonymousCacheTtlMs: 60_000 });
  metricsUrl = new URL("/metrics", federation.url).href;
});
afterAll(async () => {
  await federation?.close();
});

async function scrape(): Promise<string> {
  const response = await fetch(metricsUrl);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

const ask = (query: string, headers: Record<string, string> = {}) =>
  fetch(federation.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });

describe("the gateway's GET /metrics", () => {
  it("has the HTTP counters and the process's figures", async () => {
    await ask(CARE_UNITS);
    const text = await scrape();
    expect(sample(text, "http_requests_total", { route: "graphql", method: "POST", status: "200" })).toBeGreaterThanOrEqual(1);
    expect(sample(text, "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(sample(text, "nodejs_eventloop_lag_seconds")).toBeGreaterThanOrEqual(0);
  });

  it("counts the anonymous cache's hits, misses and bypasses, and the subgraph calls a miss makes", async () => {
    const query = `query Units3 { careUnits(first: 3) { totalCount } }`;
    const before = await scrape();
    const read = (text: string, name: string, labels: Record<string, string>) => sample(text, name, labels) ?? 0;
    expect((await ask(query)).headers.get("x-cache")).toBe("MISS");
    expect((await ask(query)).headers.get("x-cache")).toBe("HIT");
    await ask(query, { "cache-control": "no-cache" });
    const after = await scrape();
    for (const result of ["hit", "miss", "bypass"]) {
      expect(read(after, "gateway_anonymous_cache_requests_total", { result }), result).toBe(read(before, "gateway_anonymous_cache_requests_total", { result }) + 1);
    }
    const calls = { subgraph: "care-units", outcome: "ok" };
    expect(read(after, "gateway_subgraph_request_duration_seconds_count", calls)).toBe(read(before, "gateway_subgraph_request_duration_seconds_count", calls) + 2);
    expect(sample(after, "gateway_subgraph_request_errors_total", { subgraph: "care-units", outcome: "ok" })).toBeUndefined();
  });

  it("counts a subgraph that does not answer, and the error the client saw", async () => {
    const before = await scrape();
    const failures = { subgraph: "fees", outcome: "network_error" };
    const unavailable = { code: "SERVICE_UNAVAILABLE" };
    const body = (await (await ask(FEES)).json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    const after = await scrape();
    expect(sample(after, "gateway_subgraph_request_errors_total", failures)).toBe((sample(before, "gateway_subgraph_request_errors_total", failures) ?? 0) + 1);
    expect(sample(after, "graphql_errors_total", unavailable)).toBe((sample(before, "graphql_errors_total", unavailable) ?? 0) + 1);
  });

  it("labels the attachment route by its name and anything else as other", async () => {
    const attachments = await fetch(new URL("/attachments/abc", federation.url));
    const upload = await fetch(new URL("/attachments", federation.url), { method: "POST" });
    await fetch(new URL("/wp-login.php", federation.url));
    const text = await scrape();
    expect(attachments.status).toBe(404);
    expect(sample(text, "http_requests_total", { route: "attachments", method: "POST", status: String(upload.status) })).toBeGreaterThanOrEqual(1);
    expect(sample(text, "http_requests_total", { route: "other", method: "GET", status: "404" })).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain("wp-login");
  });

  it("answers only GET", async () => {
    expect((await fetch(metricsUrl, { method: "POST" })).status).toBe(405);
  });
});

describe("a gateway with metrics off", () => {
  it("answers 404 at /metrics and serves as before", async () => {
    const off = await startFederation({ down: Object.keys(definitions), gateway: { metrics: false } });
    try {
      expect((await fetch(new URL("/metrics", off.url))).status).toBe(404);
      expect((await fetch(new URL("/health", off.url))).status).toBe(200);
    } finally {
      await off.close();
    }
  });
});

describe("the subgraph client reports each call's outcome", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/slow") return; // never answers
      res.writeHead(req.url === "/fail" ? 500 : 200, { "content-type": "application/json" });
      res.end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("ok, http_error, timeout and network_error, with the time taken", async () => {
    const seen: [SubgraphOutcome, number][] = [];
    const fetcher = createSubgraphFetcher(200, (outcome, seconds) => seen.push([outcome, seconds]));
    await fetcher(`${url}/ok`, { method: "POST", body: "{}" });
    await fetcher(`${url}/fail`, { method: "POST", body: "{}" });
    await expect(fetcher(`${url}/slow`, { method: "POST", body: "{}" })).rejects.toThrow();
    await expect(fetcher("http://127.0.0.1:9/graphql", { method: "POST", body: "{}" })).rejects.toThrow();
    expect(seen.map(([outcome]) => outcome)).toEqual(["ok", "http_error", "timeout", "network_error"]);
    expect(seen[2]![1]).toBeGreaterThanOrEqual(0.19);
  });
});
