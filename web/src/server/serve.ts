/**
 * The HTTP server of the portal and the admin: `node --import tsx web/src/server/serve.ts build/server/index.js`
 * (scripts/lib/stack.mjs starts it so). What `remix-serve` did (compression, the built assets with a one-year
 * cache, `public/`, a log line per request) plus what has to happen before any route runs:
 *
 * - **Same origin for every change.** A request with any method but GET/HEAD/OPTIONS whose `Origin` (else
 *   `Referer`) is not ours is refused here, for every route at once, so a new action cannot forget it: Remix's
 *   entry hooks run after actions, and its own check only compares `Origin` with `Host` and answers 500. A
 *   refused page request becomes a GET carrying `refusal` in the load context, which the root loader turns into
 *   our error page with status 403 (no action runs); a refused data request (`*.data`) gets a bare 403.
 * - **The client's address** for the log-in rate limit, as the `x-vardportal-client-ip` header (any incoming
 *   header of that name is replaced). Behind a proxy it is the proxy's client only when `TRUST_PROXY` names the
 *   proxy (Express's `trust proxy`: `true`, a hop count, `loopback`, addresses/CIDRs); the same setting decides
 *   whether `X-Forwarded-Proto: https` counts, and with it HSTS.
 * - **Security headers on every response**, and a per-request CSP nonce handed to the document entry.
 * - **Probes and metrics** (`/health`, `/ready`, `/metrics`, `probes.ts`) ahead of everything else but the headers:
 *   not Remix routes, not in the access log.
 * - **A short cache of anonymous pages** (`page-cache.ts`, decision 028; `PAGE_CACHE_TTL_MS`, default 5 s).
 * - **Keep-alive of 65 s** (headers 66 s, `listen`), as the gateway and the subgraphs.
 */
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { createRequestHandler as createRemixHandler, installGlobals, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type Request as ExpressRequest } from "express";
import morgan from "morgan";
import { CLIENT_IP_HEADER } from "../auth/rate-limit.js";
import type { VardportalLoadContext } from "./load-context.js";
import { createPageCache, readPageCacheTtl } from "./page-cache.js";
import { createProbes, readProbeSettings } from "./probes.js";
import { checkSameOrigin } from "./same-origin.js";
import { createNonce, originOf, setSecurityHeaders } from "./security-headers.js";

/** Express's `trust proxy` from TRUST_PROXY: unset/false = trust no one; true; a hop count; or addresses/CIDRs/names. */
export function trustProxySetting(value: string | undefined): boolean | number | string {
  if (!value || value === "false" || value === "0") return false;
  if (value === "true") return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** The path a refused page request is rendered at: no route claims it, and the root loader throws first. */
const refusedPath = "/__refused";

/** The app, and `close` for what it holds beside its routes (the readiness check's database connection). */
export async function createApp(buildPath: string, env: NodeJS.ProcessEnv = process.env) {
  const probes = createProbes(readProbeSettings(env));
  const build = (await import(pathToFileURL(path.resolve(buildPath)).href)) as ServerBuild;
  installGlobals({ nativeFetch: build.future.v3_singleFetch });
  const publicOrigin = originOf(env.PUBLIC_URL);

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxySetting(env.TRUST_PROXY));

  // Just before the head goes out, so a header the document entry set already (HTML documents) is not doubled.
  app.use((req, res, next) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      const headers = new Headers();
      setSecurityHeaders(headers, { https: req.secure });
      headers.forEach((value, name) => {
        if (!res.hasHeader(name)) res.setHeader(name, value);
      });
      return writeHead.apply(this, args);
    } as typeof writeHead;
    next();
  });
  app.use(probes.routes);
  app.use(probes.countRequests);
  app.use(compression());
  app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  if (env.REQUEST_LOG !== "off") app.use(morgan("tiny"));

  app.use((req, res, next) => {
    req.headers[CLIENT_IP_HEADER] = req.ip ?? req.socket.remoteAddress ?? "unknown";
    const verdict = checkSameOrigin({
      method: req.method,
      origin: req.get("origin"),
      referer: req.get("referer"),
      allowed: [publicOrigin, `${req.protocol}://${req.get("host")}`].filter((o): o is string => !!o),
    });
    if (verdict.ok) return next();
    console.warn(`[server] ${req.method} ${req.path} refused (${verdict.reason}: origin ${req.get("origin") ?? "-"})`);
    if (req.path.endsWith(".data")) {
      res.status(403).type("application/json").send(JSON.stringify({ code: "CROSS_SITE_REQUEST" }));
      return;
    }
    (res.locals as VardportalLoadContext).refusal = "CROSS_SITE_REQUEST";
    req.method = "GET";
    req.url = refusedPath;
    req.originalUrl = refusedPath;
    delete req.headers["content-type"];
    delete req.headers["content-length"];
    delete req.headers["transfer-encoding"];
    next();
  });

  // Anonymous pages: a short cache, each copy with its own nonce (page-cache.ts, decision 028). Not for a request
  // the same-origin check turned into the refusal page.
  const renderPage = createRemixHandler(build, env.NODE_ENV);
  const pageCache = createPageCache((request, nonce) => renderPage(request, { cspNonce: nonce } satisfies VardportalLoadContext), {
    ttlMs: readPageCacheTtl(env),
    keyCookies: ["vp_lang"],
    onResult: probes.countPageCache,
  });
  app.use((req, res, next) => ((res.locals as VardportalLoadContext).refusal ? next() : pageCache(req, res, next)));

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: env.NODE_ENV,
      getLoadContext: (_req: ExpressRequest, res): VardportalLoadContext => ({
        cspNonce: createNonce(),
        refusal: (res.locals as VardportalLoadContext).refusal,
      }),
    }),
  );
  return { app, close: probes.close };
}

/**
 * Listens with a keep-alive of 65 s (headers 66 s), as the gateway and the subgraphs: longer than a load balancer's
 * idle timeout for its pooled upstream connections (docs/deploy.md §6), so the app never closes one the balancer
 * is about to reuse (a sporadic 502). Node's default is 5 s.
 */
export function listen(app: Awaited<ReturnType<typeof createApp>>["app"], port: number, host: string | undefined, onListen?: () => void): Server {
  const server = host ? app.listen(port, host, onListen) : app.listen(port, onListen);
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  process.env.NODE_ENV ??= "production";
  const buildPath = process.argv[2];
  if (!buildPath) {
    console.error("Usage: node --import tsx web/src/server/serve.ts <server-build-path>, e.g. build/server/index.js");
    process.exit(1);
  }
  const { app, close } = await createApp(buildPath);
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST;
  const onListen = () => console.log(`[server] http://${host ?? "localhost"}:${port}`);
  const server = listen(app, port, host, onListen);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => server.close(() => void close().finally(() => process.exit(0))));
  }
}
