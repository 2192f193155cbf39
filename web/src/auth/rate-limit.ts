import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { WebDatabase } from "./web-database.js";

/**
 * The header the server (web/src/server/serve.ts) puts the client's address in, after replacing whatever a
 * client sent under that name; behind a proxy it is the proxy's client only when TRUST_PROXY names the proxy.
 */
export const CLIENT_IP_HEADER = "x-vardportal-client-ip";

export type LoginRateLimitOptions = {
  /** Log-in starts and callbacks (each counts one) allowed per client address in one window. */
  points: number;
  windowSeconds: number;
};

export interface LoginRateLimit {
  /** Counts one attempt for this request's address; throws 429 with Retry-After once the window is used up. */
  consume(request: Request): Promise<void>;
}

/** The address the server saw the request come from; "unknown" without our server in front (vite dev). */
export const clientAddressOf = (request: Request): string => request.headers.get(CLIENT_IP_HEADER)?.trim() || "unknown";

/**
 * A limit on starting log-ins and on callbacks per client address. Enough to blunt a script hammering the
 * identity provider through us; not an account lock-out, which belongs to the identity provider. Many staff
 * behind one NAT address share a window, which is why the default is generous (LOGIN_RATE_LIMIT,
 * LOGIN_RATE_LIMIT_WINDOW_SECONDS).
 *
 * This one counts in this process's memory: each instance counts on its own (with N instances behind a
 * balancer an address gets up to N times the limit), and a restart forgets the counts. It is what runs without
 * DATABASE_URL (one machine); with DATABASE_URL the apps use `createPostgresLoginRateLimit`, shared by all.
 */
export function createLoginRateLimit({ points, windowSeconds }: LoginRateLimitOptions): LoginRateLimit {
  const limiter = new RateLimiterMemory({ keyPrefix: "login", points, duration: windowSeconds });
  return {
    async consume(request) {
      try {
        await limiter.consume(clientAddressOf(request), 1);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        throw tooManyLogins(rejection.msBeforeNext / 1000);
      }
    },
  };
}

export type PostgresLoginRateLimitOptions = LoginRateLimitOptions & {
  db: WebDatabase;
  /** Keeps the portal's and the admin's counts apart in the one table. */
  keyPrefix: string;
};

/**
 * The same limit counted in `<schema>.login_attempt` on PostgreSQL, so every instance of the app shares one
 * window per address (the limit holds whatever the number of instances). One UPSERT per attempt: a window
 * starts at an address's first attempt and lasts `windowSeconds` by the database's clock (instances' clocks
 * may differ; the database's is one); the row's lock orders attempts that arrive together. Rows of windows
 * that have ended are deleted now and then by whichever instance comes by.
 */
export function createPostgresLoginRateLimit({ db, keyPrefix, points, windowSeconds }: PostgresLoginRateLimitOptions): LoginRateLimit {
  const table = `${db.schema}.login_attempt`;
  const hit = `INSERT INTO ${table} AS a (key, window_end, hits)
    VALUES ($1, statement_timestamp() + make_interval(secs => $2::int), 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN a.window_end > statement_timestamp() THEN a.hits + 1 ELSE 1 END,
      window_end = CASE WHEN a.window_end > statement_timestamp() THEN a.window_end ELSE excluded.window_end END
    RETURNING hits, extract(epoch FROM window_end - statement_timestamp())::float8 AS seconds_left`;
  let lastPrune = 0;
  return {
    async consume(request) {
      if (Date.now() - lastPrune > 60_000) {
        lastPrune = Date.now();
        await db.query(`DELETE FROM ${table} WHERE window_end <= statement_timestamp()`);
      }
      const result = await db.query<{ hits: number; seconds_left: number }>(hit, [`${keyPrefix}:${clientAddressOf(request)}`, windowSeconds]);
      const { hits, seconds_left } = result.rows[0]!;
      if (hits > points) throw tooManyLogins(seconds_left);
    },
  };
}

function tooManyLogins(secondsLeft: number): Response {
  const retryAfter = Math.max(1, Math.ceil(secondsLeft));
  return new Response(JSON.stringify({ code: "TOO_MANY_LOGINS" }), {
    status: 429,
    headers: { "content-type": "application/json; charset=utf-8", "retry-after": String(retryAfter), "cache-control": "no-store" },
  });
}
