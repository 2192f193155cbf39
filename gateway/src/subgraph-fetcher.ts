import { Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest, Agent as HttpsAgent } from "node:https";
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from "@apollo/utils.fetcher";
import type { SubgraphOutcome } from "./metrics.js";

/** The subgraph did not answer within the gateway's timeout. */
export class SubgraphTimeoutError extends Error {
  constructor(url: string, timeoutMs: number) {
    super(`${url} did not answer within ${timeoutMs} ms`);
    this.name = "SubgraphTimeoutError";
  }
}

/** The response headers as Apollo reads them (`get("content-type")`, `get("cache-control")`), without copying them. */
class ResponseHeaders implements FetcherHeaders {
  constructor(private readonly headers: IncomingHttpHeaders) {}
  get(name: string): string | null {
    const value = this.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  }
  has(name: string): boolean {
    return this.headers[name.toLowerCase()] !== undefined;
  }
  append(name: string, value: string): void {
    const current = this.get(name);
    this.headers[name.toLowerCase()] = current === null ? value : `${current}, ${value}`;
  }
  set(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }
  delete(name: string): void {
    delete this.headers[name.toLowerCase()];
  }
  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.headers)) if (this.headers[name] !== undefined) yield [name, this.get(name)!];
  }
  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }
  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

class SubgraphResponse implements FetcherResponse {
  bodyUsed = false;
  readonly redirected = false;
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    private readonly body: Buffer,
  ) {}
  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body.toString("utf8");
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer;
  }
  clone(): FetcherResponse {
    return new SubgraphResponse(this.url, this.status, this.statusText, this.headers, this.body);
  }
}

/**
 * How the gateway calls a subgraph: Node's own HTTP client on kept-alive connections, with one deadline for the
 * whole exchange. It replaces `fetch` (decision 025): for a small GraphQL answer fetch's WHATWG streams, its
 * Request/Response objects and an `AbortSignal.timeout` per call cost the gateway about four times the CPU of
 * this, and the gateway makes three such calls for the portal's home page. No redirects are followed (a
 * subgraph never sends one) and the body is read whole (answers are small; the timeout bounds the wait).
 */
export function createSubgraphFetcher(timeoutMs: number, observe?: (outcome: SubgraphOutcome, seconds: number) => void): Fetcher {
  // Idle connections are closed after 4 s (undici's default, which fetch used): well before a subgraph's own
  // 65 s keep-alive, so we never write to a connection the subgraph is closing.
  const agents = { http: new Agent({ keepAlive: true, timeout: 4_000 }), https: new HttpsAgent({ keepAlive: true, timeout: 4_000 }) };
  return (url: string, init: FetcherRequestInit = {}) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const started = observe ? process.hrtime.bigint() : 0n;
      const done = (outcome: SubgraphOutcome) => observe?.(outcome, Number(process.hrtime.bigint() - started) / 1e9);
      const secure = url.startsWith("https:");
      const body = init.body === undefined ? undefined : typeof init.body === "string" ? Buffer.from(init.body, "utf8") : init.body;
      const headers: Record<string, string | number> = { ...init.headers };
      if (body) headers["content-length"] = body.length;
      const request = (secure ? httpsRequest : httpRequest)(url, { method: init.method ?? "GET", headers, agent: secure ? agents.https : agents.http }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.once("error", fail);
        response.once("end", () => {
          clearTimeout(deadline);
          const status = response.statusCode ?? 0;
          done(status >= 200 && status < 300 ? "ok" : "http_error");
          resolve(new SubgraphResponse(url, response.statusCode ?? 0, response.statusMessage ?? "", new ResponseHeaders(response.headers), Buffer.concat(chunks)));
        });
      });
      const deadline = setTimeout(() => request.destroy(new SubgraphTimeoutError(url, timeoutMs)), timeoutMs);
      function fail(error: Error) {
        clearTimeout(deadline);
        done(error instanceof SubgraphTimeoutError ? "timeout" : "network_error");
        reject(error);
      }
      request.once("error", fail);
      request.end(body);
    });
}
