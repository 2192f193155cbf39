import { describe, expect, it } from "vitest";
import { accessToken, codeOf, gatewayUrl } from "./support/client.js";

/**
 * Cross-site requests at the gateway: a browser can send a "simple" request (a GET, or a POST of text/plain,
 * form-urlencoded or multipart) to any site without asking first. Apollo's CSRF prevention, kept on, refuses those
 * unless they carry a header a browser would preflight; a mutation is never run over GET.
 */
const MUTATION = `mutation { submitReleaseRequest(input: { subject: SELF }) { id } }`;

describe("cross-site requests to the gateway", () => {
  it("a mutation over GET is refused: 400 without a preflight header, 405 with one", async () => {
    const url = `${gatewayUrl}?query=${encodeURIComponent(MUTATION)}`;
    const simple = await fetch(url, { headers: { authorization: `Bearer ${await accessToken("anna")}` } });
    expect(simple.status).toBe(400);
    expect(codeOf((await simple.json()) as { errors?: { extensions?: Record<string, unknown> }[] })).toBe("BAD_REQUEST");
    const preflighted = await fetch(url, { headers: { "apollo-require-preflight": "true", authorization: `Bearer ${await accessToken("anna")}` } });
    expect(preflighted.status).toBe(405);
    expect(preflighted.headers.get("allow")).toBe("POST");
  });

  it.each([
    ["text/plain", JSON.stringify({ query: MUTATION })],
    ["application/x-www-form-urlencoded", `query=${encodeURIComponent(MUTATION)}`],
    ["multipart/form-data; boundary=x", `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${MUTATION}\r\n--x--\r\n`],
  ])("a cross-site %s POST is refused with 400 before it runs", async (contentType, body) => {
    const response = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": contentType, origin: "https://evil.example" }, body });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    expect(answer.data).toBeUndefined();
    expect(codeOf(answer)).toBe("BAD_REQUEST");
  });

  it("a query over GET with a preflight header is answered (the refusals above are about the request, not GET itself)", async () => {
    const response = await fetch(`${gatewayUrl}?query=${encodeURIComponent("{ careUnits(first: 1) { totalCount } }")}`, { headers: { "apollo-require-preflight": "true" } });
    expect(response.status).toBe(200);
  });
});
