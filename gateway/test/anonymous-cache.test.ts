import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPersistedOperations } from "../src/persisted-operations.js";
import { startFederation, type Federation } from "./federation.js";
import { startTestIssuer, type TestIssuer } from "./test-issuer.js";

const HOME = `query Home($region: String!) { careUnits(first: 3) { totalCount edges { node { id name } } } currentFeeSchedule(region: $region) { id } }`;

let idp: TestIssuer;
let federation: Federation;
beforeAll(async () => {
  idp = await startTestIssuer();
  federation = await startFederation({ verifyAccessToken: idp.verifier, anonymousCacheTtlMs: 300 });
});
afterAll(async () => {
  await federation?.close();
  await idp?.close();
});

async function ask(query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = { region: "Norrbotten" }) {
  const response = await fetch(federation.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  return { cache: response.headers.get("x-cache"), body: await response.text() };
}

describe("the anonymous answer cache", () => {
  it("answers the same anonymous query from the cache until it expires", async () => {
    const first = await ask(HOME);
    const second = await ask(HOME);
    expect([first.cache, second.cache]).toEqual(["MISS", "HIT"]);
    expect(second.body).toBe(first.body);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await ask(HOME)).cache).toBe("MISS");
  });

  it("keys on the variables: another region is another answer", async () => {
    await ask(HOME);
    expect((await ask(HOME, {}, { region: "Skåne" })).cache).toBe("MISS");
  });

  it("never serves or stores a signed-in viewer's answer", async () => {
    await ask(HOME);
    const resident = await ask(HOME, await idp.bearer({ sub: "anna", roles: ["resident"] }));
    expect(resident.cache).toBeNull();
  });

  it("keys a request that sends only an operation's hash on the hash", async () => {
    const [hash] = [...readPersistedOperations()].find(([, document]) => document.includes("query PortalHome("))!;
    const byHash = async () => {
      const response = await fetch(federation.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ variables: { region: "Norrbotten", staff: false }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      });
      expect(response.status).toBe(200);
      return response.headers.get("x-cache");
    };
    expect([await byHash(), await byHash()]).toEqual(["MISS", "HIT"]);
  });

  it("skips the lookup when the client asks for a fresh answer", async () => {
    await ask(HOME);
    expect((await ask(HOME, { "cache-control": "no-cache" })).cache).toBe("MISS");
  });
});

describe("with a subgraph down", () => {
  let partial: Federation;
  beforeAll(async () => {
    partial = await startFederation({ down: ["fees"], anonymousCacheTtlMs: 60_000 });
  });
  afterAll(async () => {
    await partial?.close();
  });

  it("an answer with errors is not kept, so the next visitor asks the subgraphs again", async () => {
    const query = async () => {
      const response = await fetch(partial.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: HOME, variables: { region: "Norrbotten" } }) });
      return response.headers.get("x-cache");
    };
    expect([await query(), await query()]).toEqual([null, null]);
  });
});
