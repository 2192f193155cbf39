import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricsEnabled } from "../src/http/metrics.js";
import { metricSample, onPostgres, startTestSubgraph, type TestSubgraph } from "../src/testing/index.js";
import { noteSubgraph } from "./fixture/note.js";

const sample = metricSample;

let t: TestSubgraph;
let metricsUrl: string;
beforeAll(async () => {
  t = await startTestSubgraph(noteSubgraph);
  metricsUrl = new URL("/metrics", t.url).href;
});
afterAll(async () => {
  await t?.close();
});

const scrape = async () => {
  const response = await fetch(metricsUrl);
  expect(response.status).toBe(200);
  return response.text();
};

describe("GET /metrics on a subgraph", () => {
  it("answers in Prometheus' text format with the process's figures, without an identity token", async () => {
    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(/^# HELP http_requests_total /m);
    expect(text).toMatch(/^# TYPE http_request_duration_seconds histogram$/m);
    for (const name of ["process_cpu_user_seconds_total", "process_resident_memory_bytes", "nodejs_eventloop_lag_seconds", "nodejs_heap_size_used_bytes"]) {
      expect(sample(text, name), name).toBeGreaterThanOrEqual(0);
    }
    expect(text).toMatch(/^# TYPE nodejs_gc_duration_seconds histogram$/m);
  });

  it("counts requests by the route's fixed name, method and status, and times them", async () => {
    const before = await scrape();
    const labels = { route: "graphql", method: "POST", status: "200" };
    const start = sample(before, "http_requests_total", labels) ?? 0;
    await t.query("{ notes { totalCount } }");
    await t.query("{ notes { totalCount } }");
    await fetch(new URL("/health", t.url));
    const unknown = await fetch(new URL("/no/such/place?x=1", t.url));
    expect(unknown.status).toBe(404);
    const after = await scrape();
    expect(sample(after, "http_requests_total", labels)).toBe(start + 2);
    expect(sample(after, "http_requests_total", { route: "health", method: "GET", status: "200" })).toBeGreaterThanOrEqual(1);
    expect(sample(after, "http_requests_total", { route: "other", method: "GET", status: "404" })).toBeGreaterThanOrEqual(1);
    expect(sample(after, "http_request_duration_seconds_count", { route: "graphql", method: "POST" })).toBeGreaterThanOrEqual(2);
    // Never the raw path as a label value.
    expect(after).not.toContain("no/such/place");
  });

  it("refuses anything but GET", async () => {
    const response = await fetch(metricsUrl, { method: "POST", body: "{}" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });

  it("counts GraphQL errors by the code the client saw", async () => {
    const before = await scrape();
    const start = sample(before, "graphql_errors_total", { code: "INTERNAL_SERVER_ERROR" }) ?? 0;
    const result = await t.query("{ brokenNote { id } }");
    expect(result.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    await t.query(`{ noteOrFail(id: "x") { id } }`);
    const after = await scrape();
    expect(sample(after, "graphql_errors_total", { code: "INTERNAL_SERVER_ERROR" })).toBe(start + 1);
    expect(sample(after, "graphql_errors_total", { code: "NOT_FOUND" })).toBeGreaterThanOrEqual(1);
  });

  it("shows the database pool on PostgreSQL and nothing of the kind on SQLite", async () => {
    const text = await scrape();
    if (onPostgres()) {
      expect(sample(text, "db_pool_connections")).toBeGreaterThanOrEqual(1);
      expect(sample(text, "db_pool_idle_connections")).toBeGreaterThanOrEqual(0);
      expect(sample(text, "db_pool_waiting_clients")).toBe(0);
      expect(sample(text, "db_pool_max_connections")).toBeGreaterThanOrEqual(1);
    } else {
      expect(text).not.toMatch(/^db_pool_/m);
    }
  });
});

describe("METRICS", () => {
  it("off: /metrics is 404 and nothing else changes", async () => {
    const saved = process.env.METRICS;
    process.env.METRICS = "off";
    let off: TestSubgraph | undefined;
    try {
      off = await startTestSubgraph(noteSubgraph);
      const response = await fetch(new URL("/metrics", off.url));
      expect(response.status).toBe(404);
      expect((await fetch(new URL("/health", off.url))).status).toBe(200);
      expect((await off.query("{ notes { totalCount } }")).errors).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.METRICS;
      else process.env.METRICS = saved;
      await off?.close();
    }
  });

  it("takes on, off or nothing, and names itself otherwise", () => {
    expect(metricsEnabled({})).toBe(true);
    expect(metricsEnabled({ METRICS: "" })).toBe(true);
    expect(metricsEnabled({ METRICS: "on" })).toBe(true);
    expect(metricsEnabled({ METRICS: "off" })).toBe(false);
    expect(() => metricsEnabled({ METRICS: "no" })).toThrow(/^METRICS: /);
  });
});
