import type { GraphQLFormattedError } from "graphql";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * `METRICS`: unset, empty or `on` serves `GET /metrics`; `off` answers 404 there. Anything else is refused at
 * start, naming the variable, as every other setting is.
 */
export function metricsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.METRICS?.trim().toLowerCase();
  if (!value || value === "on") return true;
  if (value === "off") return false;
  throw new Error(`METRICS: must be "on" or "off" (got "${env.METRICS}")`);
}

/**
 * The process's own figures (CPU, memory, heap, event-loop lag, GC, handles) in a registry of their own, made
 * once per process: a test starts many servers in one process, and each collector watches the event loop and
 * the GC with observers of its own, so one set serves every server. Not prom-client's global registry, which
 * a library in the same process might also fill.
 */
let processRegistry: Registry | undefined;
export function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** HTTP methods kept as they are in a label; anything else is `other`, so a client cannot invent label values. */
const knownMethods = new Set(["GET", "POST", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"]);
export const methodLabel = (method: string | undefined): string => (method && knownMethods.has(method) ? method : "other");

/** A route's fixed name from its path: `/attachments` → `attachments`. Never a raw request path. */
export const routeLabel = (path: string): string => path.replace(/^\/+/, "").replace(/[^A-Za-z0-9_]+/g, "_") || "root";

/**
 * One server's metrics (Prometheus text format): its own registry, so servers in one process never share or
 * double counts, with the process's figures added when scraped.
 */
export interface ServiceMetrics {
  /** This server's registry: add a service's own metrics here (`registers: [metrics.registry]`). */
  readonly registry: Registry;
  /** One finished request: the route's fixed name, the method, the status (or `aborted`) and its duration. */
  observeRequest(route: string, method: string | undefined, status: number | "aborted", seconds: number): void;
  /** One error in a GraphQL answer, by the code the client saw. */
  countGraphqlError(code: string): void;
  /** Scrape: this server's metrics and the process's. */
  text(): Promise<string>;
  readonly contentType: string;
}

export function createServiceMetrics(): ServiceMetrics {
  const registry = new Registry();
  const requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests answered, by route (a fixed name), method and status.",
    labelNames: ["route", "method", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer, by route (a fixed name) and method.",
    labelNames: ["route", "method"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: "graphql_errors_total",
    help: "Errors in GraphQL answers, by the code the client saw.",
    labelNames: ["code"] as const,
    registers: [registry],
  });
  const processes = processMetrics();
  return {
    registry,
    contentType: registry.contentType,
    observeRequest(route, method, status, seconds) {
      const m = methodLabel(method);
      requests.inc({ route, method: m, status: String(status) });
      duration.observe({ route, method: m }, seconds);
    },
    countGraphqlError(code) {
      graphqlErrors.inc({ code });
    },
    async text() {
      return `${await registry.metrics()}\n${await processes.metrics()}`;
    },
  };
}

/** What a pg pool says about itself (TypeORM's PostgreSQL driver keeps its pool as `driver.master`). */
interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

const isPool = (value: unknown): value is PoolLike =>
  typeof value === "object" && value !== null && typeof (value as PoolLike).totalCount === "number" && typeof (value as PoolLike).waitingCount === "number";

/**
 * The database pool's connections, read at scrape time: open, idle, clients waiting for one, and the pool's
 * size. `pool()` returns the pg pool; anything else (a closed database) reads 0. Not for SQLite, which has no pool.
 */
export function observeDatabasePool(metrics: ServiceMetrics, pool: () => unknown): void {
  const read = (figure: (p: PoolLike) => number | undefined) =>
    function (this: Gauge) {
      const p = pool();
      const value = isPool(p) ? figure(p) : undefined;
      if (value === undefined) this.reset();
      else this.set(value);
    };
  const gauge = (name: string, help: string, figure: (p: PoolLike) => number | undefined) =>
    new Gauge({ name, help, registers: [metrics.registry], collect: read(figure) });
  gauge("db_pool_connections", "Connections the database pool holds open (PostgreSQL only).", (p) => p.totalCount);
  gauge("db_pool_idle_connections", "Open connections not in use (PostgreSQL only).", (p) => p.idleCount);
  gauge("db_pool_waiting_clients", "Queries waiting for a connection because all are in use (PostgreSQL only).", (p) => p.waitingCount);
  gauge("db_pool_max_connections", "The pool's size, DATABASE_POOL_SIZE (PostgreSQL only).", (p) => p.options?.max);
}

/** Wraps an Apollo `formatError` so `countError` sees the code of every error the client gets (`graphql_errors_total`). */
export function countingErrors(
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
  countError: ((code: string) => void) | undefined,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  if (!countError) return format;
  return (formatted, error) => {
    const result = format(formatted, error);
    const code = result.extensions?.code;
    countError(typeof code === "string" ? code : "NONE");
    return result;
  };
}
