import { describe, expect, it } from "vitest";
import { codeOf, gatewayUrl, gql, leaksNothing, post } from "./support/client.js";

/**
 * The gateway's limits (docs/security.md), each through the stack's real gateway: the refusal's status, its code,
 * the limit and the value, and nothing internal in the answer. Validation runs before the limits, so each attack
 * is made of real fields.
 */
const extensionsOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => answer.errors?.[0]?.extensions;

describe("gateway limits", () => {
  it("a deep query (the appointment ↔ check-in cycle, 10 levels) is QUERY_TOO_DEEP", async () => {
    const deep = "{ myVisitsToday { checkIn { appointment { checkIn { appointment { checkIn { appointment { checkIn { appointment { id } } } } } } } } } }";
    const answer = await gql(deep, { as: "anna" });
    expect([answer.status, codeOf(answer)]).toEqual([400, "QUERY_TOO_DEEP"]);
    expect(extensionsOf(answer)).toMatchObject({ limit: 8, value: 10 });
    expect(answer.data).toBeUndefined();
    expect(leaksNothing(answer.text)).toBe(true);
  });

  it("an alias bomb is TOO_MANY_ALIASES, also when hidden in a fragment spread many times", async () => {
    const plain = await gql(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: careUnits(first: 1) { totalCount }`).join(" ")} }`);
    expect([plain.status, codeOf(plain)]).toEqual([400, "TOO_MANY_ALIASES"]);
    expect(extensionsOf(plain)).toMatchObject({ limit: 15, value: 16 });
    const fragment = `fragment F on CareUnit { a: name b: name c: name d: name e: name }`;
    const spread = await gql(`{ careUnits(first: 1) { edges { node { ...F } } } x: careUnits(first: 1) { edges { node { ...F } } } y: careUnits(first: 1) { edges { node { ...F } } } } ${fragment}`);
    expect([spread.status, codeOf(spread)]).toEqual([400, "TOO_MANY_ALIASES"]);
    expect(extensionsOf(spread)).toMatchObject({ limit: 15, value: 17 });
  });

  it("a token flood is TOO_MANY_TOKENS, and the parser stopped at the limit", async () => {
    const flood = `{ careUnits(first: 1) { totalCount ${"__typename ".repeat(5_000)}} }`;
    const started = performance.now();
    const answer = await gql(flood);
    expect([answer.status, codeOf(answer)]).toEqual([400, "TOO_MANY_TOKENS"]);
    expect(extensionsOf(answer)).toMatchObject({ limit: 2000 });
    expect(Number(extensionsOf(answer)?.value)).toBeGreaterThan(5_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("a cost bomb (pages of 100 with nested lists, multiplied by aliases) is QUERY_TOO_COMPLEX; the same with small pages runs", async () => {
    const page = `careUnits(first: $n) { edges { node { id name hsaId kind municipality address phone feeSchedule { items { visitKind amountSek } } } } }`;
    const bomb = `query Bomb($n: Int) { ${["a", "b", "c", "d", "e"].map((alias) => `${alias}: ${page}`).join(" ")} }`;
    const answer = await gql(bomb, { variables: { n: 100 } });
    expect([answer.status, codeOf(answer)]).toEqual([400, "QUERY_TOO_COMPLEX"]);
    expect(extensionsOf(answer)).toMatchObject({ limit: 5000, value: 7000 });
    const small = await gql(bomb, { variables: { n: 3 } });
    expect(small.status).toBe(200);
    expect(small.errors).toBeUndefined();
  });

  it("more top-level fields than allowed is TOO_MANY_ROOT_FIELDS", async () => {
    const answer = await gql(`{ ${Array.from({ length: 9 }, (_, i) => `f${i}: __typename`).join(" ")} }`);
    expect([answer.status, codeOf(answer)]).toEqual([400, "TOO_MANY_ROOT_FIELDS"]);
    expect(extensionsOf(answer)).toMatchObject({ limit: 8, value: 9 });
  });

  it("a page over 100 is refused by the subgraph's own check", async () => {
    const answer = await gql(`{ careUnits(first: 101) { totalCount } }`);
    expect(answer.errors?.some((e) => e.extensions?.code === "VALIDATION_FAILED")).toBe(true);
    expect(answer.data?.careUnits ?? null).toBeNull();
  });

  it("an array batch is refused (400) and none of it runs", async () => {
    const answer = await post(gatewayUrl, [{ query: "{ careUnits(first: 1) { totalCount } }" }, { query: "{ eServices(first: 1) { totalCount } }" }]);
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe("BAD_REQUEST");
    expect(answer.text).not.toMatch(/totalCount"\s*:/);
  });

  it("a GraphQL body over 100 kB is 413 PAYLOAD_TOO_LARGE, declared or not", async () => {
    const big = JSON.stringify({ query: "{ careUnits(first: 1) { totalCount } }", variables: { pad: "x".repeat(110_000) } });
    const declared = await post(gatewayUrl, big);
    expect([declared.status, codeOf(declared)]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
    // Streamed without a length: cut off while reading.
    const chunks = [big.slice(0, 60_000), big.slice(60_000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const response = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
  });

  it("the limits do not get in the way of an ordinary page's operation", async () => {
    const answer = await gql(`query($region: String!) { careUnits(first: 6) { totalCount edges { node { id name } } } currentFeeSchedule(region: $region) { id } }`, { variables: { region: "Norrbotten" } });
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
  });
});
