import { describe, expect, it, vi } from "vitest";
import type { GatewayOperation, GatewayRequest } from "@vardportal/web/gateway";

// The client itself is tested in web/test/gateway-client.test.ts; here, what the portal adds: preview links.
vi.mock("./env.server", () => ({ env: { GATEWAY_URL: "http://127.0.0.1:1/graphql", GATEWAY_TIMEOUT_MS: 1000 } }));
const { withPreview } = await import("./gateway.server");

function recording() {
  const seen: GatewayOperation[] = [];
  const client = (async (operation: GatewayOperation) => {
    seen.push(operation);
    return { data: {}, errors: [] };
  }) as GatewayRequest;
  return { seen, request: withPreview(client) };
}

describe("the portal's gateway request", () => {
  it("passes the token of a ?forhandsvisning= page on, with the request's signal", async () => {
    const { seen, request } = recording();
    const incoming = new Request("http://portal.test/riktlinjer/x?forhandsvisning=eyJ.abc-DEF_1");
    await request({ query: "{ ok }", accessToken: "t", request: incoming });
    expect(seen[0]).toMatchObject({ query: "{ ok }", accessToken: "t", previewToken: "eyJ.abc-DEF_1", signal: incoming.signal });
    expect(seen[0]).not.toHaveProperty("request");
  });

  it("an ordinary page sends no preview token", async () => {
    const { seen, request } = recording();
    await request({ query: "{ ok }", request: new Request("http://portal.test/riktlinjer/x?q=1") });
    await request({ query: "{ ok }" });
    expect(seen.map((op) => op.previewToken)).toEqual([undefined, undefined]);
  });

  it("a malformed token is not sent on", async () => {
    const { seen, request } = recording();
    await request({ query: "{ ok }", accessToken: "t", request: new Request("http://portal.test/x?forhandsvisning=%3Cscript%3E") });
    expect(seen[0]?.previewToken).toBeUndefined();
  });
});
