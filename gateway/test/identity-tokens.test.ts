import { describe, expect, it, vi } from "vitest";
import {
  generateKeyPairPem,
  IDENTITY_TOKEN_TTL_SECONDS,
  importSigningKey,
  importVerifyingKey,
  subgraphAudience,
  verifyIdentity,
  type Viewer,
} from "@vardportal/kit/identity";
import { createIdentityTokens } from "../src/identity-tokens.js";

/**
 * The gateway signs an identity token once per viewer and subgraph and hands it out again for a short while
 * (decision 025) instead of signing one per client request and subgraph.
 */
const pair = generateKeyPairPem();
const signingKey = await importSigningKey(pair.privateKey);
const verifyingKey = await importVerifyingKey(pair.publicKey);
const anna: Viewer = { subject: "anna", roles: ["resident"], personnummer: "199001011234" };
const nils: Viewer = { subject: "nils", roles: ["staff"], region: "Norrbotten" };
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as Record<string, unknown>;

function tokens(reuseMs = 30_000) {
  let now = Date.parse("2026-11-22T08:00:00Z");
  const signatures = vi.spyOn(globalThis.crypto.subtle, "sign");
  signatures.mockClear();
  const get = createIdentityTokens({ signingKey, reuseMs, now: () => now });
  return { get, signatures, advance: (ms: number) => (now += ms) };
}

describe("identity tokens handed out again (decision 025)", () => {
  it("requests of the same viewer to the same subgraph within the reuse time share one signature", async () => {
    const { get, signatures, advance } = tokens();
    const first = await get(null, "care-units");
    advance(29_000);
    expect(await get(null, "care-units")).toBe(first);
    expect(signatures).toHaveBeenCalledTimes(1);
  });

  it("each subgraph gets a token with its own audience, so one subgraph's token is refused by another", async () => {
    const { get } = tokens();
    const forCareUnits = await get(anna, "care-units");
    const forFees = await get(anna, "fees");
    expect(forFees).not.toBe(forCareUnits);
    expect(claimsOf(forCareUnits).aud).toBe(subgraphAudience("care-units"));
    expect(claimsOf(forFees).aud).toBe(subgraphAudience("fees"));
    await expect(verifyIdentity(verifyingKey, forFees, { audience: [subgraphAudience("care-units")] })).rejects.toThrow("invalid identity token");
  });

  it("a token carries exactly its own viewer: another viewer (or anonymous) never gets it", async () => {
    const { get } = tokens();
    const forAnna = await get(anna, "fees");
    const forNils = await get(nils, "fees");
    const anonymous = await get(null, "fees");
    expect(new Set([forAnna, forNils, anonymous]).size).toBe(3);
    expect(claimsOf(forAnna)).toMatchObject({ viewer: anna, sub: "anna" });
    expect(claimsOf(forNils)).toMatchObject({ viewer: nils, sub: "nils" });
    expect(claimsOf(anonymous).viewer).toBeNull();
    // The same person with another role is another viewer.
    expect(await get({ ...anna, roles: ["resident", "staff"] }, "fees")).not.toBe(forAnna);
  });

  it("after the reuse time a new token is signed, and one handed out always has at least half its lifetime left", async () => {
    const { get, signatures, advance } = tokens();
    const first = await get(null, "care-units");
    advance(30_000);
    const second = await get(null, "care-units");
    expect(second).not.toBe(first);
    expect(signatures).toHaveBeenCalledTimes(2);
    const { iat, exp } = claimsOf(first) as { iat: number; exp: number };
    expect(exp - iat).toBe(IDENTITY_TOKEN_TTL_SECONDS);
    expect(exp - iat).toBeGreaterThanOrEqual(2 * 30);
  });

  it("the reuse time may not exceed half the token's lifetime", () => {
    expect(() => createIdentityTokens({ signingKey, reuseMs: 31_000 })).toThrow(RangeError);
  });

  it("with reuse 0 every call signs a new token", async () => {
    const { get, signatures } = tokens(0);
    await get(null, "care-units");
    await get(null, "care-units");
    expect(signatures).toHaveBeenCalledTimes(2);
  });

  it("a token the subgraph checks is valid and vouches for the viewer", async () => {
    const live = createIdentityTokens({ signingKey });
    const claims = await verifyIdentity(verifyingKey, await live(anna, "care-units"), { audience: [subgraphAudience("care-units")] });
    expect(claims.viewer).toEqual(anna);
  });
});
