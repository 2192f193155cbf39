import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countTokens } from "../src/limits.js";
import { readPersistedOperations, operationHash } from "../src/persisted-operations.js";
import { startFederation, type Federation } from "./federation.js";

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as Body };
}

const code = (body: Body) => body.errors?.[0]?.extensions?.code;
const DEEP = "{ myVisitsToday { checkIn { appointment { checkIn { appointment { checkIn { appointment { checkIn { appointment { id } } } } } } } } } }";
const HOME = [...readPersistedOperations().values()].find((d) => d.includes("query PortalHome("))!;

describe("production mode", () => {
  let federation: Federation;
  beforeAll(async () => {
    federation = await startFederation({ gateway: { production: true } });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it("runs the portal's own operation, sent in full with its hash, or by its hash alone", async () => {
    const variables = { region: "Norrbotten", staff: false };
    const full = await post(federation.url, { query: HOME, variables, extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(HOME) } } });
    expect(full.status).toBe(200);
    expect(full.body.errors).toBeUndefined();
    const byHash = await post(federation.url, { variables, extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(HOME) } } });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual(full.body.data);
  });

  it("refuses an ad-hoc operation with OPERATION_NOT_ALLOWED (400), even with its own correct hash", async () => {
    const adHoc = "{ careUnits(first: 1) { totalCount } }";
    const plain = await post(federation.url, { query: adHoc });
    expect([plain.status, code(plain.body)]).toEqual([400, "OPERATION_NOT_ALLOWED"]);
    const hashed = await post(federation.url, { query: adHoc, extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(adHoc) } } });
    expect([hashed.status, code(hashed.body)]).toEqual([400, "OPERATION_NOT_ALLOWED"]);
    // …and sending it did not register it: by hash alone it is still unknown.
    const again = await post(federation.url, { extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(adHoc) } } });
    expect([again.status, code(again.body)]).toEqual([400, "PERSISTED_QUERY_NOT_FOUND"]);
  });

  it("refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND (400)", async () => {
    const result = await post(federation.url, { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expect([result.status, code(result.body)]).toEqual([400, "PERSISTED_QUERY_NOT_FOUND"]);
  });

  it("refuses introspection and never suggests field names", async () => {
    const withAny = await startFederation({ gateway: { production: true, allowAnyOperation: true } });
    try {
      const introspection = await post(withAny.url, { query: "{ __schema { queryType { name } } }" });
      expect(introspection.status).toBe(400);
      expect(code(introspection.body)).toBe("GRAPHQL_VALIDATION_FAILED");
      const typo = await post(withAny.url, { query: "{ careUnit { nam } }" });
      expect(typo.status).toBe(400);
      expect(typo.text).not.toMatch(/Did you mean/i);
    } finally {
      await withAny.close();
    }
  });
});

describe("development mode (the default outside production)", () => {
  let federation: Federation;
  beforeAll(async () => {
    federation = await startFederation({ gateway: { mutationRateLimit: { points: 2, durationSeconds: 60 } } });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it("accepts an ad-hoc operation and suggests field names", async () => {
    expect((await post(federation.url, { query: "{ careUnits(first: 1) { totalCount } }" })).status).toBe(200);
    expect((await post(federation.url, { query: "{ careUnits(first: 1) { totalCont } }" })).text).toMatch(/Did you mean/);
  });

  it("puts each limit in front of execution: coded 400s with the limit and the value, no stack trace", async () => {
    // Validation runs first (bounded by the token limit), so the deep query follows a real cycle: appointment ↔ check-in.
    const deep = await post(federation.url, { query: DEEP });
    expect([deep.status, code(deep.body), deep.body.errors?.[0]?.extensions?.limit, deep.body.errors?.[0]?.extensions?.value]).toEqual([400, "QUERY_TOO_DEEP", 8, 10]);
    const aliases = await post(federation.url, { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(" ")} }` });
    expect([aliases.status, code(aliases.body)]).toEqual([400, "TOO_MANY_ALIASES"]);
    const page = `careUnits(first: $n) { edges { node { id name hsaId kind municipality address phone feeSchedule { items { visitKind amountSek } } } } }`;
    const bomb = `query($n: Int) { ${["a", "b", "c", "d", "e"].map((alias) => `${alias}: ${page}`).join(" ")} }`;
    const cost = await post(federation.url, { query: bomb, variables: { n: 100 } });
    expect([cost.status, code(cost.body)]).toEqual([400, "QUERY_TOO_COMPLEX"]);
    expect(cost.body.errors?.[0]?.extensions).toMatchObject({ limit: 5000 });
    const floodQuery = `{ careUnits(first: 1) { totalCount } ${"__typename ".repeat(2_100)}}`;
    const flood = await post(federation.url, { query: floodQuery });
    expect([flood.status, code(flood.body)]).toEqual([400, "TOO_MANY_TOKENS"]);
    expect(flood.body.errors?.[0]?.extensions).toMatchObject({ limit: 2000, value: countTokens(floodQuery) });
    expect(countTokens(floodQuery)).toBeGreaterThan(2_100);
    const wide = await post(federation.url, { query: `{ ${Array.from({ length: 9 }, (_, i) => `f${i}: __typename`).join(" ")} }` });
    expect([wide.status, code(wide.body)]).toEqual([400, "TOO_MANY_ROOT_FIELDS"]);
    for (const r of [deep, aliases, cost, flood, wide]) expect(r.text).not.toMatch(/\n\s+at |\.ts:\d+/);
  });

  it("an estimate that could not be made (bad variables) does not vouch for the same operation later", async () => {
    const page = `careUnits(first: $n) { edges { node { id name hsaId kind municipality address phone feeSchedule { items { visitKind amountSek } } } } }`;
    const bomb = `query($n: Int, $region: String!) { ${["a", "b", "c", "d"].map((alias) => `${alias}: ${page}`).join(" ")} currentFeeSchedule(region: $region) { id } }`;
    const missing = await post(federation.url, { query: bomb, variables: { n: 100 } });
    expect([missing.status, code(missing.body)]).toEqual([400, "BAD_USER_INPUT"]);
    const complete = await post(federation.url, { query: bomb, variables: { n: 100, region: "Norrbotten" } });
    expect([complete.status, code(complete.body)]).toEqual([400, "QUERY_TOO_COMPLEX"]);
    // And a remembered estimate is per page size: the same text with a small page runs, then the large one is refused again.
    expect((await post(federation.url, { query: bomb, variables: { n: 2, region: "Norrbotten" } })).status).toBe(200);
    expect(code((await post(federation.url, { query: bomb, variables: { n: 100, region: "Skåne" } })).body)).toBe("QUERY_TOO_COMPLEX");
  });

  it("the same operation with a small page runs", async () => {
    const page = `careUnits(first: $n) { edges { node { id name hsaId kind municipality address phone feeSchedule { items { visitKind amountSek } } } } }`;
    const bomb = `query($n: Int) { ${["a", "b", "c", "d", "e"].map((alias) => `${alias}: ${page}`).join(" ")} }`;
    const small = await post(federation.url, { query: bomb, variables: { n: 5 } });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
  });

  it("refuses a mutation over GET (405) and a text/plain POST (CSRF prevention, 400)", async () => {
    const get = await fetch(`${federation.url}?query=${encodeURIComponent("mutation { __typename }")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(get.status).toBe(405);
    const simpleGet = await fetch(`${federation.url}?query=${encodeURIComponent("mutation { __typename }")}`);
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/CSRF|preflight/i);
    const form = await fetch(federation.url, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(form.status).toBe(400);
  });

  it("limits mutations per caller: past the limit 429 RATE_LIMITED with Retry-After", async () => {
    // A mutation that validates counts, whatever its variables (here refused afterwards as BAD_USER_INPUT).
    const mutation = `mutation($input: RecordFeePaymentInput!) { recordFeePayment(input: $input) { __typename } }`;
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 3; i++) {
      last = await post(federation.url, { query: mutation, variables: { input: {} } });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([400, 400, 429]);
    expect(code(last!.body)).toBe("RATE_LIMITED");
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.body.errors?.[0]?.extensions).toMatchObject({ limit: 2, windowSeconds: 60 });
  });
});
