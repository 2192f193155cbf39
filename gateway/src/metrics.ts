import { Counter, Histogram } from "prom-client";
import type { ServiceMetrics } from "@vardportal/kit/http";

/** How one call to a subgraph ended: an answer (2xx), an answer with another status, the deadline, or no answer. */
export type SubgraphOutcome = "ok" | "http_error" | "timeout" | "network_error";

/** What the anonymous answer cache did with a query: served it, looked and found nothing fresh, or was told to skip. */
export type CacheResult = "hit" | "miss" | "bypass";

export interface GatewayMetrics {
  observeSubgraphCall(subgraph: string, outcome: SubgraphOutcome, seconds: number): void;
  countCache(result: CacheResult): void;
}

/** The gateway's own metrics, in its server's registry beside the HTTP and GraphQL-error ones (kit/src/http/metrics.ts). */
export function createGatewayMetrics(metrics: ServiceMetrics): GatewayMetrics {
  const calls = new Histogram({
    name: "gateway_subgraph_request_duration_seconds",
    help: "Calls from the gateway to a subgraph: time to the whole answer, by subgraph and outcome (ok, http_error, timeout, network_error).",
    labelNames: ["subgraph", "outcome"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrics.registry],
  });
  const failures = new Counter({
    name: "gateway_subgraph_request_errors_total",
    help: "Calls from the gateway to a subgraph that got no 2xx answer, by subgraph and outcome.",
    labelNames: ["subgraph", "outcome"] as const,
    registers: [metrics.registry],
  });
  const cache = new Counter({
    name: "gateway_anonymous_cache_requests_total",
    help: "Anonymous queries and the answer cache (decision 018): hit, miss (asked the subgraphs) or bypass (Cache-Control: no-cache).",
    labelNames: ["result"] as const,
    registers: [metrics.registry],
  });
  return {
    observeSubgraphCall(subgraph, outcome, seconds) {
      calls.observe({ subgraph, outcome }, seconds);
      if (outcome !== "ok") failures.inc({ subgraph, outcome });
    },
    countCache(result) {
      cache.inc({ result });
    },
  };
}
