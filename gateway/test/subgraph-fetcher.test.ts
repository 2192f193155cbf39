import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createSubgraphFetcher, SubgraphTimeoutError } from "../src/subgraph-fetcher.js";

/** How the gateway calls a subgraph (decision 025): Node's HTTP client, kept-alive connections, one deadline. */
let server: Server | undefined;
let connections = 0;
const received: { method?: string; headers: IncomingMessage["headers"]; body: string }[] = [];

async function subgraph(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<string> {
  connections = 0;
  received.length = 0;
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ method: req.method, headers: req.headers, body });
      handler(req, res, body);
    });
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

const answer = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
};

describe("the gateway's subgraph client", () => {
  it("sends the method, headers and body, and gives Apollo the status, headers and JSON of the answer", async () => {
    const url = await subgraph((_req, res, body) => answer(res, 200, { data: { echo: JSON.parse(body) as unknown, text: "Vårdcentral Öst" } }, { "cache-control": "max-age=30, public" }));
    const fetcher = createSubgraphFetcher(5_000);
    const response = await fetcher(url, { method: "POST", headers: { "content-type": "application/json", "vp-identity": "token" }, body: JSON.stringify({ query: "{ a }" }) });
    expect([response.ok, response.status]).toEqual([true, 200]);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("max-age=30, public");
    expect(response.headers.get("x-absent")).toBeNull();
    expect(await response.json()).toEqual({ data: { echo: { query: "{ a }" }, text: "Vårdcentral Öst" } });
    expect(received[0]).toMatchObject({ method: "POST", body: '{"query":"{ a }"}' });
    expect(received[0]!.headers).toMatchObject({ "vp-identity": "token", "content-length": "17" });
  });

  it("keeps the connection open: calls one after another use one connection", async () => {
    const url = await subgraph((_req, res) => answer(res, 200, { data: {} }));
    const fetcher = createSubgraphFetcher(5_000);
    for (let i = 0; i < 5; i++) await (await fetcher(url, { method: "POST", headers: {}, body: "{}" })).json();
    expect(connections).toBe(1);
  });

  it("passes a refusal on as it came (status and body), for Apollo to turn into an error", async () => {
    const url = await subgraph((_req, res) => answer(res, 401, { errors: [{ message: "no", extensions: { code: "UNAUTHENTICATED" } }] }));
    const response = await createSubgraphFetcher(5_000)(url, { method: "POST", headers: {}, body: "{}" });
    expect([response.ok, response.status]).toEqual([false, 401]);
    expect(await response.text()).toContain("UNAUTHENTICATED");
  });

  it("gives up at the timeout when the subgraph does not answer", async () => {
    const url = await subgraph(() => {
      // never answers
    });
    const started = Date.now();
    await expect(createSubgraphFetcher(150)(url, { method: "POST", headers: {}, body: "{}" })).rejects.toBeInstanceOf(SubgraphTimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("gives up at the timeout when the answer starts but never ends", async () => {
    const url = await subgraph((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"data":');
    });
    await expect(createSubgraphFetcher(150)(url, { method: "POST", headers: {}, body: "{}" })).rejects.toThrow();
  });

  it("fails at once when nothing listens", async () => {
    await expect(createSubgraphFetcher(5_000)("http://127.0.0.1:9/graphql", { method: "POST", headers: {}, body: "{}" })).rejects.toThrow(/ECONNREFUSED/);
  });
});
