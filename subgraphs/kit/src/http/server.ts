import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApolloServer, BaseContext } from "@apollo/server";
import type { Logger } from "../logger.js";
import { createServiceMetrics, metricsEnabled, routeLabel, type ServiceMetrics } from "./metrics.js";
import { HttpError, headerMapOf, parseJsonBody, readBody, requestIdOf, sendError, sendJson } from "./request.js";

export interface GraphqlHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  logger: Logger;
  host: string;
  port: number;
  /** Where GraphQL is served; other paths are 404 except the probes. */
  path?: string;
  maxBodyBytes?: number;
  /** Builds the context, or throws an HttpError (401 for a missing identity, say). */
  context: (req: IncomingMessage, requestId: string) => Promise<TContext>;
  /** `/ready`: true when the process can serve (its database answers, its migrations are applied). */
  ready?: () => Promise<boolean>;
  /** Extra figures for `/health` (the bench's SQL statement count, when counting is on). */
  health?: () => Record<string, unknown>;
  /**
   * Extra routes beside GraphQL (an upload, say), by exact path. Each runs after `context` has
   * accepted the request, so it is refused exactly as GraphQL would be (401 without a valid identity),
   * and an HttpError it throws is sent as the same coded refusal.
   */
  routes?: Record<string, RouteHandler<TContext>>;
  /**
   * `GET /metrics` (Prometheus text format): these metrics (made beforehand when the service counts its own,
   * GraphQL errors say), `false` for none (404), unset for a set of its own unless `METRICS=off`.
   */
  metrics?: ServiceMetrics | false;
}

export type RouteHandler<TContext> = (req: IncomingMessage, res: ServerResponse, context: TContext) => Promise<void>;

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * A small Node HTTP binding for Apollo Server: the probes, a body limit, the request id and
 * coded refusals before GraphQL runs. Written here rather than pulling in a web framework
 * because it is the whole of what the services need (docs/decisions/003-http-binding.md).
 */
export async function startGraphqlHttp<TContext extends BaseContext>(options: GraphqlHttpOptions<TContext>): Promise<RunningServer> {
  const graphqlPath = options.path ?? "/graphql";
  const limit = options.maxBodyBytes ?? 1_000_000;
  const metrics = options.metrics ?? (metricsEnabled() ? createServiceMetrics() : false);
  // Route labels are fixed names: the probes, GraphQL, the extra routes by name, and `other` for any other path.
  const routeNames = new Map<string, string>([
    ["/health", "health"],
    ["/ready", "ready"],
    ["/metrics", "metrics"],
    [graphqlPath, "graphql"],
    ...Object.keys(options.routes ?? {}).map((path): [string, string] => [path, routeLabel(path)]),
  ]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = requestIdOf(req);
    res.setHeader("x-request-id", requestId);
    const url = new URL(req.url ?? "/", "http://localhost");
    if (metrics) {
      const started = process.hrtime.bigint();
      const route = routeNames.get(url.pathname) ?? "other";
      res.once("close", () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        metrics.observeRequest(route, req.method, res.writableFinished || res.headersSent ? res.statusCode : "aborted", seconds);
      });
    }
    if (url.pathname === "/metrics" && metrics) {
      if (req.method !== "GET") return sendError(res, 405, "METHOD_NOT_ALLOWED", "Use GET.", { allow: "GET" });
      try {
        const text = await metrics.text();
        res.writeHead(200, { "content-type": metrics.contentType, "content-length": Buffer.byteLength(text), "cache-control": "no-store" });
        res.end(text);
      } catch (error) {
        options.logger.error({ err: error, requestId }, "metrics could not be collected");
        sendError(res, 500, "INTERNAL_SERVER_ERROR", "Something went wrong. The error has been logged.");
      }
      return;
    }
    if (url.pathname === "/health") return sendJson(res, 200, { status: "ok", ...options.health?.() });
    if (url.pathname === "/ready") {
      const ok = options.ready ? await options.ready().catch(() => false) : true;
      return sendJson(res, ok ? 200 : 503, { status: ok ? "ready" : "not ready" });
    }
    const route = Object.hasOwn(options.routes ?? {}, url.pathname) ? options.routes?.[url.pathname] : undefined;
    if (url.pathname !== graphqlPath && !route) return sendError(res, 404, "NOT_FOUND", "Nothing is served at this address.");
    if (req.method !== "GET" && req.method !== "POST") {
      return sendError(res, 405, "METHOD_NOT_ALLOWED", "Use GET or POST.", { allow: "GET, POST" });
    }
    try {
      const contextValue = await options.context(req, requestId);
      if (route) return await route(req, res, contextValue);
      const raw = req.method === "POST" ? await readBody(req, limit) : "";
      const headers = headerMapOf(req);
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method, headers, search: url.search, body: parseJsonBody(raw, req.headers["content-type"]) },
        context: async () => contextValue,
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === "complete") {
        res.end(result.body.string);
        return;
      }
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (error instanceof HttpError) {
        // The rest of a refused body is not worth reading: close the connection instead.
        const headers: Record<string, string> = { ...error.headers, ...(error.status === 413 ? { connection: "close" } : {}) };
        return sendError(res, error.status, error.code, error.message, headers);
      }
      // The socket, not `req`: a request whose body was read to the end is destroyed too (autoDestroy).
      if (req.socket.destroyed || (error as { code?: string }).code === "ECONNRESET") {
        // The caller went away mid-request (a closed tab, a load generator stopping): not our fault.
        options.logger.info({ requestId }, "caller closed the connection before the answer");
        return;
      }
      options.logger.error({ err: error, requestId }, "request failed");
      if (!res.headersSent) sendError(res, 500, "INTERNAL_SERVER_ERROR", "Something went wrong. The error has been logged.");
      else res.end();
    }
  }

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    url: `http://${options.host}:${port}${graphqlPath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests still running get a short grace, then their connections are cut.
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      }),
  };
}
