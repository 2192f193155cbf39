import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createGatewayClient, GATEWAY_UNAVAILABLE } from "../src/gateway/index.js";

type Seen = { method?: string; headers: IncomingMessage["headers"]; body: unknown };
type Handler = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void;

let server: Server;
let url: string;
let handler: Handler;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      const entry: Seen = { method: req.method, headers: req.headers, body: raw ? JSON.parse(raw) : undefined };
      seen.push(entry);
      handler(req, res, entry);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  seen.length = 0;
});

function answer(status: number, body: string, contentType = "application/json"): Handler {
  return (_req, res) => {
    res.writeHead(status, { "content-type": contentType });
    res.end(body);
  };
}

function client(timeoutMs = 2000) {
  const log = vi.fn<(message: string) => void>();
  return { request: createGatewayClient({ url, timeoutMs, log }), log };
}

describe("gateway client", () => {
  it("posts the operation as JSON with a fresh request id each time", async () => {
    handler = answer(200, JSON.stringify({ data: { ok: true } }));
    const { request } = client();
    await request({ query: "query A { ok }", variables: { region: "Norrbotten" }, operationName: "A" });
    await request({ query: "query A { ok }" });

    expect(seen).toHaveLength(2);
    const [first, second] = seen;
    expect(first?.method).toBe("POST");
    expect(first?.headers["content-type"]).toBe("application/json");
    expect(first?.body).toEqual({
      query: "query A { ok }",
      variables: { region: "Norrbotten" },
      operationName: "A",
      // sha256("query A { ok }"): what the gateway's manifest is keyed on (decision 020).
      extensions: { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update("query A { ok }").digest("hex") } },
    });
    expect(first?.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(second?.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(first?.headers["x-request-id"]).not.toBe(second?.headers["x-request-id"]);
  });

  it("sends the access token as a bearer token only when given one", async () => {
    handler = answer(200, JSON.stringify({ data: {} }));
    const { request } = client();
    await request({ query: "{ ok }", accessToken: "token-123" });
    await request({ query: "{ ok }" });
    expect(seen[0]?.headers.authorization).toBe("Bearer token-123");
    expect(seen[1]?.headers.authorization).toBeUndefined();
  });

  it("sends a preview token as x-preview-token, and only together with an access token", async () => {
    handler = answer(200, JSON.stringify({ data: { ok: true } }));
    const { request } = client();
    await request({ query: "{ ok }", accessToken: "token-1", previewToken: "preview.abc" });
    await request({ query: "{ ok }", previewToken: "preview.abc" });
    expect(seen[0]?.headers["x-preview-token"]).toBe("preview.abc");
    expect(seen[1]?.headers["x-preview-token"]).toBeUndefined();
    expect(seen[1]?.headers.authorization).toBeUndefined();
  });

  it("returns partial data and the errors as they are, without throwing", async () => {
    const errors = [{ message: "Subgraph down", path: ["careUnits"], extensions: { code: "SUBGRAPH_UNAVAILABLE" } }];
    handler = answer(200, JSON.stringify({ data: { careUnits: null, eServices: { edges: [] } }, errors }));
    const { request, log } = client();
    const result = await request({ query: "{ careUnits { totalCount } eServices { edges { cursor } } }" });
    expect(result).toEqual({ data: { careUnits: null, eServices: { edges: [] } }, errors });
    expect(log).not.toHaveBeenCalled();
  });

  it("returns an empty error list when the answer has none", async () => {
    handler = answer(200, JSON.stringify({ data: { ok: true } }));
    expect(await client().request({ query: "{ ok }" })).toEqual({ data: { ok: true }, errors: [] });
  });

  it("passes on a GraphQL error answered with HTTP 400", async () => {
    const errors = [{ message: "Cannot query field", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }];
    handler = answer(400, JSON.stringify({ errors }), "application/graphql-response+json");
    expect(await client().request({ query: "{ nope }" })).toEqual({ data: null, errors });
  });

  it("maps a refused connection to GATEWAY_UNAVAILABLE", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const log = vi.fn();
    const request = createGatewayClient({ url: `http://127.0.0.1:${port}/graphql`, timeoutMs: 2000, log });
    const result = await request({ query: "{ ok }" });
    expectUnavailable(result);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(String(result.errors[0]?.extensions?.requestId)));
  });

  it("maps a timeout to GATEWAY_UNAVAILABLE", async () => {
    handler = (req, res, entry) => {
      setTimeout(() => answer(200, JSON.stringify({ data: {} }))(req, res, entry), 1000);
    };
    const { request, log } = client(50);
    const started = Date.now();
    expectUnavailable(await request({ query: "{ ok }" }));
    expect(Date.now() - started).toBeLessThan(900);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("no answer within 50 ms"));
  });

  it("maps an answer that is not JSON to GATEWAY_UNAVAILABLE", async () => {
    handler = answer(502, "<html><body>Bad Gateway</body></html>", "text/html");
    expectUnavailable(await client().request({ query: "{ ok }" }));
  });

  it("maps JSON that is not a GraphQL response to GATEWAY_UNAVAILABLE", async () => {
    handler = answer(500, JSON.stringify({ status: "error", stack: "at secret.ts:1" }));
    const result = await client().request({ query: "{ ok }" });
    expectUnavailable(result);
    expect(JSON.stringify(result)).not.toContain("secret.ts");
  });
});

function expectUnavailable(result: { data: unknown; errors: Array<{ extensions?: { code?: string } }> }) {
  expect(result.data).toBeNull();
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]?.extensions?.code).toBe(GATEWAY_UNAVAILABLE);
}
