import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

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
 * A limit on starting log-ins and on callbacks per client address, counted in this process's memory: each
 * instance counts on its own (with N instances behind a balancer an address gets up to N times the limit), and a
 * restart forgets the counts. Enough to blunt a script hammering the identity provider through us; not an
 * account lock-out, which belongs to the identity provider. Many staff behind one NAT address share a window,
 * which is why the default is generous (LOGIN_RATE_LIMIT, LOGIN_RATE_LIMIT_WINDOW_SECONDS).
 */
export function createLoginRateLimit({ points, windowSeconds }: LoginRateLimitOptions): LoginRateLimit {
  const limiter = new RateLimiterMemory({ keyPrefix: "login", points, duration: windowSeconds });
  return {
    async consume(request) {
      try {
        await limiter.consume(clientAddressOf(request), 1);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new Response(JSON.stringify({ code: "TOO_MANY_LOGINS" }), {
          status: 429,
          headers: { "content-type": "application/json; charset=utf-8", "retry-after": String(retryAfter), "cache-control": "no-store" },
        });
      }
    },
  };
}
