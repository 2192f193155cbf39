import { createHash, timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import pg from "pg";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

/**
 * The portal's and the admin's probes and metrics, plain Express handlers ahead of Remix (no route file, no
 * language, no cookie, no gateway call):
 *
 * - `GET /health` → 200 `{"status":"ok"}` while the process serves (liveness).
 * - `GET /ready` → 200 `{"status":"ready"}` when the process can serve: with `DATABASE_URL` (the `web` schema,
 *   `web/src/auth/web-database.ts`) the database answers `SELECT 1` within a second, else 503 `{"status":"not
 *   ready"}`. The gateway is not asked: a gateway blip would take every portal out of the balancer at once, and
 *   the pages say "unavailable" for a missing part on their own. One check at a time, its answer reused for a
 *   second, so a flood of probes costs one query a second.
 * - `GET /metrics` (Prometheus text format): requests by method and status class and their duration, and the
 *   process's figures. The apps face the internet, so it answers only a bearer token, `METRICS_TOKEN`; without
 *   that variable, or with `METRICS=off`, it is 404.
 */
export interface ProbeSettings {
  metrics: boolean;
  metricsToken?: string;
  databaseUrl?: string;
}

/** Reads METRICS, METRICS_TOKEN and DATABASE_URL; an empty value counts as unset. Throws naming a bad one. */
export function readProbeSettings(env: Record<string, string | undefined>): ProbeSettings {
  const value = (name: string) => (env[name] === "" ? undefined : env[name]);
  const problems: string[] = [];
  const metrics = value("METRICS")?.trim().toLowerCase();
  if (metrics !== undefined && metrics !== "on" && metrics !== "off") problems.push(`METRICS: must be "on" or "off" (got ${JSON.stringify(env.METRICS)})`);
  const metricsToken = value("METRICS_TOKEN");
  if (metricsToken !== undefined && (metricsToken.length < 32 || /\s/.test(metricsToken))) {
    problems.push("METRICS_TOKEN: must be at least 32 characters without spaces (e.g. openssl rand -hex 32)");
  }
  const databaseUrl = value("DATABASE_URL");
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push("DATABASE_URL: must be a postgres:// or postgresql:// URL");
  if (problems.length) throw new Error(`Invalid environment variable${problems.length > 1 ? "s" : ""}:\n  ${problems.join("\n  ")}`);
  return { metrics: metrics !== "off", metricsToken, databaseUrl };
}

/** The process's figures (CPU, memory, event-loop lag, GC), collected once per process in a registry of their own. */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

const knownMethods = new Set(["GET", "POST", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"]);
const digest = (text: string) => createHash("sha256").update(text).digest();

export interface Probes {
  /** `/health`, `/ready`, `/metrics`: mount before everything but the security headers. */
  routes: RequestHandler;
  /** Counts every other request: mount right after `routes`. */
  countRequests: RequestHandler;
  /** Counts a page request the anonymous page cache answered or passed on (page-cache.ts). */
  countPageCache(result: "hit" | "miss" | "bypass"): void;
  /** Closes the readiness check's database connection. */
  close(): Promise<void>;
}

export function createProbes(settings: ProbeSettings, options: { readyCacheMs?: number; timeoutMs?: number } = {}): Probes {
  const readyCacheMs = options.readyCacheMs ?? 1_000;
  const timeoutMs = options.timeoutMs ?? 1_000;

  // One connection at most, beside the auth's pool of 4: the probe must not wait behind page traffic.
  const pool = settings.databaseUrl
    ? new pg.Pool({ connectionString: settings.databaseUrl, max: 1, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs, idleTimeoutMillis: 30_000 })
    : undefined;
  pool?.on("error", (error) => console.warn(`[server] readiness check: PostgreSQL connection lost: ${error.message}`));
  let checking: Promise<boolean> | undefined;
  let last: { at: number; ok: boolean } | undefined;
  let reported = false;
  const ready = (): Promise<boolean> => {
    if (!pool) return Promise.resolve(true);
    if (last && Date.now() - last.at < readyCacheMs) return Promise.resolve(last.ok);
    if (checking) return checking;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    // One deadline for connecting and answering together (pg's own timeouts count each on its own).
    checking = Promise.race([pool.query("SELECT 1"), deadline])
      .finally(() => clearTimeout(timer))
      .then(
        () => {
          reported = false;
          return true;
        },
        (error: unknown) => {
          // Once per outage, not once per probe.
          if (!reported) console.warn(`[server] not ready: PostgreSQL does not answer (${error instanceof Error ? error.message : String(error)})`);
          reported = true;
          return false;
        },
      )
      .then((ok) => {
        last = { at: Date.now(), ok };
        checking = undefined;
        return ok;
      });
    return checking;
  };

  const registry = new Registry();
  const requests = new Counter({
    name: "http_requests_total",
    help: "Requests answered (the probes and /metrics left out), by method and status class (2xx, 3xx, 4xx, 5xx).",
    labelNames: ["method", "status_class"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer (the probes and /metrics left out), by status class.",
    labelNames: ["status_class"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const pageCache = new Counter({
    name: "page_cache_requests_total",
    help: "Page requests (GET/HEAD, not .data) by what the anonymous page cache did: hit, miss (rendered) or bypass (a visitor with a session or other cookies).",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  const processes = settings.metrics && settings.metricsToken ? processMetrics() : undefined;
  const expectedToken = settings.metricsToken ? digest(`Bearer ${settings.metricsToken}`) : undefined;

  const json = (res: Response, status: number, body: unknown) => {
    res.status(status).set("cache-control", "no-store").type("application/json").send(JSON.stringify(body));
  };

  const routes: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    const probe = req.path === "/health" || req.path === "/ready" ? req.path : req.path === "/metrics" ? "/metrics" : undefined;
    if (!probe) return next();
    if (probe === "/metrics" && !(processes && expectedToken)) {
      res.status(404).set("cache-control", "no-store").type("text/plain").send("Not found");
      return;
    }
    const allowed = probe === "/metrics" ? ["GET"] : ["GET", "HEAD"];
    if (!allowed.includes(req.method)) {
      res.status(405).set("allow", allowed.join(", ")).type("text/plain").send("Method not allowed");
      return;
    }
    if (probe === "/health") return json(res, 200, { status: "ok" });
    if (probe === "/ready") {
      void ready().then((ok) => json(res, ok ? 200 : 503, { status: ok ? "ready" : "not ready" }));
      return;
    }
    const given = req.get("authorization");
    if (!given || !timingSafeEqual(digest(given), expectedToken!)) {
      res.status(401).set("www-authenticate", "Bearer").set("cache-control", "no-store").type("text/plain").send("Unauthorized");
      return;
    }
    void Promise.all([registry.metrics(), processes!.metrics()]).then(
      ([own, process]) => {
        const text = `${own}\n${process}`;
        // Set as it is: Express's send would move the charset before Prometheus' version parameter.
        res.writeHead(200, { "content-type": registry.contentType, "content-length": Buffer.byteLength(text), "cache-control": "no-store" });
        res.end(text);
      },
      (error: unknown) => next(error),
    );
  };

  const countRequests: RequestHandler = (req, res, next) => {
    if (!processes) return next();
    const started = process.hrtime.bigint();
    res.once("close", () => {
      const statusClass = res.headersSent ? `${Math.floor(res.statusCode / 100)}xx` : "aborted";
      requests.inc({ method: knownMethods.has(req.method) ? req.method : "other", status_class: statusClass });
      duration.observe({ status_class: statusClass }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };

  let closed: Promise<void> | undefined;
  return { routes, countRequests, countPageCache: (result) => pageCache.inc({ result }), close: () => (closed ??= pool ? pool.end() : Promise.resolve()) };
}
