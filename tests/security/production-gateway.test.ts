import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "@vardportal/kit/config";
import { codeOf, gql, leaksNothing, post, startExtraGateway, type ExtraGateway } from "./support/client.js";

/**
 * A gateway started with NODE_ENV=production over the stack's subgraphs (the stack's own gateway runs in
 * development): no introspection, no field suggestions, only the portal's and admin's own operations.
 */
const manifest = JSON.parse(readFileSync(path.join(repoRoot, "gateway", "persisted-operations.json"), "utf8")) as { operations: Record<string, string> };
const [homeHash, home] = Object.entries(manifest.operations).find(([, d]) => d.includes("query PortalHome("))!;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

let production: ExtraGateway;
beforeAll(async () => {
  production = await startExtraGateway({ NODE_ENV: "production" });
});
afterAll(async () => {
  await production?.stop();
});

describe("a gateway in production", () => {
  it("answers the portal's own operation, sent with its hash, and by its hash alone", async () => {
    const variables = { region: "Norrbotten", staff: false };
    const full = await post(production.url, { query: home, variables, extensions: persisted(homeHash) });
    expect(full.status).toBe(200);
    expect(full.errors).toBeUndefined();
    const hashOnly = await post(production.url, { variables, extensions: persisted(homeHash) });
    expect(hashOnly.status).toBe(200);
    expect(hashOnly.data).toEqual(full.data);
  });

  it("refuses an ad-hoc operation with OPERATION_NOT_ALLOWED (400), with or without its hash, anonymous or signed in", async () => {
    const adHoc = "{ careUnits(first: 100) { edges { node { name internalPhone } } } }";
    for (const answer of [
      await post(production.url, { query: adHoc }),
      await post(production.url, { query: adHoc, extensions: persisted(sha256(adHoc)) }),
      await gql(adHoc, { url: production.url, as: "nils" }),
    ]) {
      expect([answer.status, codeOf(answer)]).toEqual([400, "OPERATION_NOT_ALLOWED"]);
      expect(answer.data).toBeUndefined();
    }
    // A known operation changed by one character is ad hoc too.
    const altered = await post(production.url, { query: `${home} `, variables: { region: "Norrbotten", staff: false } });
    expect([altered.status, codeOf(altered)]).toEqual([400, "OPERATION_NOT_ALLOWED"]);
  });

  it("refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND (400), and registers nothing a client sends", async () => {
    const unknown = await post(production.url, { extensions: persisted("f".repeat(64)) });
    expect([unknown.status, codeOf(unknown)]).toEqual([400, "PERSISTED_QUERY_NOT_FOUND"]);
    const adHoc = "{ eServices(first: 1) { totalCount } }";
    await post(production.url, { query: adHoc, extensions: persisted(sha256(adHoc)) });
    const replay = await post(production.url, { extensions: persisted(sha256(adHoc)) });
    expect([replay.status, codeOf(replay)]).toEqual([400, "PERSISTED_QUERY_NOT_FOUND"]);
  });

  it("a hash that does not match the document sent with it is refused", async () => {
    const answer = await post(production.url, { query: home, variables: { region: "Norrbotten", staff: false }, extensions: persisted(sha256("something else")) });
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
  });
});

describe("introspection and field suggestions in production", () => {
  // Introspection is refused by validation, before the manifest check: a gateway that would accept any operation
  // (ALLOW_ANY_OPERATION=true) still refuses it, and still suggests nothing.
  let open: ExtraGateway;
  beforeAll(async () => {
    open = await startExtraGateway({ NODE_ENV: "production", ALLOW_ANY_OPERATION: "true" });
  });
  afterAll(async () => {
    await open?.stop();
  });

  it.each([["{ __schema { types { name } } }"], ['{ __type(name: "CareUnit") { fields { name } } }']])("%s is refused", async (query) => {
    for (const url of [production.url, open.url]) {
      const answer = await post(url, { query });
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toMatch(/GRAPHQL_VALIDATION_FAILED|OPERATION_NOT_ALLOWED/);
      expect(answer.text).not.toMatch(/"CareUnit"|"fields"\s*:\s*\[/);
    }
    const answer = await post(open.url, { query });
    expect(codeOf(answer)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.text).toMatch(/introspection/i);
  });

  it("a misspelt field, argument or type gets no 'Did you mean'", async () => {
    for (const query of ["{ careUnit { nam } }", "{ careUnits(frist: 1) { totalCount } }", "query($f: CareUnitFiltr) { careUnits(filter: $f) { totalCount } }", "{ careUnits(first: 1) { edges { node { internalPhon } } } }"]) {
      const answer = await post(open.url, { query });
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(answer.text).not.toMatch(/did you mean/i);
      expect(leaksNothing(answer.text)).toBe(true);
    }
  });

  it("the same typo on the development gateway does get a suggestion (so the check above could fail)", async () => {
    const answer = await gql("{ careUnits(first: 1) { edges { node { internalPhon } } } }");
    expect(answer.text).toMatch(/did you mean/i);
  });
});

describe("the mutation rate limit", () => {
  let limited: ExtraGateway;
  beforeAll(async () => {
    limited = await startExtraGateway({ MUTATION_RATE_LIMIT: "3", MUTATION_RATE_WINDOW_SECONDS: "600" });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  // Bad variables: the mutation is counted, then refused as BAD_USER_INPUT, so nothing is written.
  const MUTATION = "mutation($input: ReleaseRequestInput!) { submitReleaseRequest(input: $input) { id } }";

  it("past the limit a viewer gets 429 RATE_LIMITED with Retry-After; another viewer is not affected; queries are not counted", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await gql(MUTATION, { url: limited.url, as: "anna", variables: { input: "not an object" } })).status);
    expect(statuses).toEqual([400, 400, 400, 429]);
    const refused = await gql(MUTATION, { url: limited.url, as: "anna", variables: { input: "not an object" } });
    expect([refused.status, codeOf(refused)]).toEqual([429, "RATE_LIMITED"]);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ limit: 3, windowSeconds: 600 });
    expect((await gql(MUTATION, { url: limited.url, as: "gustav", variables: { input: "not an object" } })).status).toBe(400);
    expect((await gql("{ myReleaseRequests(first: 1) { totalCount } }", { url: limited.url, as: "anna" })).status).toBe(200);
  });

  it("aliased mutations in one operation each count", async () => {
    const two = "mutation($input: ReleaseRequestInput!) { a: submitReleaseRequest(input: $input) { id } b: submitReleaseRequest(input: $input) { id } }";
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) statuses.push((await gql(two, { url: limited.url, as: "elsa", variables: { input: "not an object" } })).status);
    expect(statuses).toEqual([400, 429]);
  });
});
