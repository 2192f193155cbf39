import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateKeyPairPem, importSigningKey, signIdentity, subgraphAudience } from "../src/index.js";
import { expectData, startTestSubgraph, type TestSubgraph } from "../src/testing/index.js";
import { noteSubgraph } from "./fixture/note.js";

const QUERY = JSON.stringify({ query: "{ notes { totalCount } }" });

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(noteSubgraph);
});
afterAll(async () => {
  await t.close();
});

async function post(headers: Record<string, string>) {
  const response = await fetch(t.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: QUERY });
  return { status: response.status, body: (await response.json()) as { errors?: { extensions: { code: string } }[] } };
}

describe("a subgraph answers only the gateway", () => {
  it("a request without an identity token gets 401 and a coded error", async () => {
    const { status, body } = await post({});
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("a token signed with another key gets 401", async () => {
    const forger = await importSigningKey(generateKeyPairPem().privateKey);
    const { status } = await post({ "vp-identity": await signIdentity(forger, { viewer: { subject: "x", roles: ["admin"] } }) });
    expect(status).toBe(401);
  });

  it("an expired token gets 401", async () => {
    const token = await signIdentity(t.signingKey, { viewer: null }, { now: new Date(Date.now() - 10 * 60_000), ttlSeconds: 60 });
    expect((await post({ "vp-identity": token })).status).toBe(401);
  });

  it("a token whose payload was altered gets 401", async () => {
    const token = await t.sign({ subject: "r", roles: ["resident"] });
    const [header, payload, signature] = token.split(".");
    const altered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), viewer: { subject: "r", roles: ["admin"] } })).toString("base64url");
    expect((await post({ "vp-identity": `${header}.${altered}.${signature}` })).status).toBe(401);
  });

  it("a token the gateway minted for another subgraph gets 401; one minted for this subgraph is answered", async () => {
    const viewer = { subject: "r", roles: ["resident" as const] };
    const forFees = await signIdentity(t.signingKey, { viewer }, { audience: subgraphAudience("fees") });
    expect((await post({ "vp-identity": forFees })).status).toBe(401);
    const forThis = await signIdentity(t.signingKey, { viewer }, { audience: subgraphAudience(noteSubgraph.name) });
    expect((await post({ "vp-identity": forThis })).status).toBe(200);
  });

  it("an expired token minted for this subgraph gets 401", async () => {
    const token = await signIdentity(t.signingKey, { viewer: null }, { audience: subgraphAudience(noteSubgraph.name), now: new Date(Date.now() - 10 * 60_000) });
    expect((await post({ "vp-identity": token })).status).toBe(401);
  });

  it("a garbage token gets 401", async () => {
    expect((await post({ "vp-identity": "not-a-token" })).status).toBe(401);
  });

  it("a valid gateway token is answered", async () => {
    expect(expectData(await t.query<{ notes: { totalCount: number } }>("{ notes { totalCount } }")).notes.totalCount).toBe(0);
  });

  it("the probes answer without a token", async () => {
    const base = t.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});

describe("bad input", () => {
  it("a malformed query gets 400 with GRAPHQL_PARSE_FAILED and no stack trace", async () => {
    const result = await t.query("{ notes { ");
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(JSON.stringify(result)).not.toMatch(/\s+at\s.+:\d+:\d+/);
  });

  it("an unknown field gets 400 with GRAPHQL_VALIDATION_FAILED", async () => {
    const result = await t.query("{ notes { nope } }");
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("a variable of the wrong type gets 400 with BAD_USER_INPUT", async () => {
    const result = await t.query("query($id: ID!) { note(id: $id) { id } }", { variables: { id: { not: "an id" } } });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("a body that is not JSON gets 400 with BAD_REQUEST", async () => {
    const response = await fetch(t.url, { method: "POST", headers: { "content-type": "application/json", "vp-identity": await t.sign(null) }, body: "{oops" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("BAD_REQUEST");
  });

  it("a body over the limit gets 413", async () => {
    const big = JSON.stringify({ query: `{ notes { totalCount } }`, variables: { pad: "x".repeat(1_100_000) } });
    const response = await fetch(t.url, { method: "POST", headers: { "content-type": "application/json", "vp-identity": await t.sign(null) }, body: big });
    expect(response.status).toBe(413);
  });
});
