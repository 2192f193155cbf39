import { afterEach, describe, expect, it, vi } from "vitest";
import {
  generateKeyPairPem,
  IdentityError,
  importSigningKey,
  importVerifyingKey,
  signIdentity,
  subgraphAudience,
  verifyIdentity,
  type Viewer,
} from "../src/identity/index.js";

/**
 * The gateway hands one identity token out again for a while (decision 025), so a subgraph remembers the tokens
 * whose signature it has checked. What can change between two uses (the expiry, the audience asked for) is
 * checked every time; anything else about a token is a different text, checked in full.
 */
const pair = generateKeyPairPem();
const signingKey = await importSigningKey(pair.privateKey);
const resident: Viewer = { subject: "anna", roles: ["resident"], personnummer: "199001011234" };
const ours = subgraphAudience("care-units");
const accepted = [ours, "vardportal-subgraphs"];

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A fresh verifying key each time, so each test starts with nothing remembered. */
const freshKey = () => importVerifyingKey(pair.publicKey);
const signatureChecks = () => vi.spyOn(globalThis.crypto.subtle, "verify");

describe("checked identity tokens are remembered (decision 025)", () => {
  it("a token checked once is accepted again without checking its signature again, with the same viewer", async () => {
    const key = await freshKey();
    const token = await signIdentity(signingKey, { viewer: resident }, { audience: ours });
    const checks = signatureChecks();
    const first = await verifyIdentity(key, token, { audience: accepted });
    const second = await verifyIdentity(key, token, { audience: accepted });
    expect(checks).toHaveBeenCalledTimes(1);
    expect(first.viewer).toEqual(resident);
    expect(second.viewer).toEqual(resident);
  });

  it("each request gets its own viewer object: one request changing it does not change the next one's", async () => {
    const key = await freshKey();
    const token = await signIdentity(signingKey, { viewer: resident }, { audience: ours });
    const first = await verifyIdentity(key, token, { audience: accepted });
    first.viewer!.roles.push("admin");
    const second = await verifyIdentity(key, token, { audience: accepted });
    expect(second.viewer!.roles).toEqual(["resident"]);
  });

  it("a remembered token is refused once it has expired", async () => {
    const key = await freshKey();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-22T08:00:00Z"));
    const token = await signIdentity(signingKey, { viewer: null }, { audience: ours, ttlSeconds: 60 });
    await verifyIdentity(key, token, { audience: accepted });
    vi.setSystemTime(new Date("2026-11-22T08:00:50Z"));
    await expect(verifyIdentity(key, token, { audience: accepted })).resolves.toEqual({ viewer: null, requestId: undefined });
    vi.setSystemTime(new Date("2026-11-22T08:01:06Z")); // 60 s and the 5 s tolerance are over
    await expect(verifyIdentity(key, token, { audience: accepted })).rejects.toThrow(new IdentityError("identity token expired"));
  });

  it("a remembered token is refused by a subgraph it was not minted for", async () => {
    const key = await freshKey();
    const forFees = await signIdentity(signingKey, { viewer: resident }, { audience: subgraphAudience("fees") });
    await verifyIdentity(key, forFees, { audience: [subgraphAudience("fees"), "vardportal-subgraphs"] });
    await expect(verifyIdentity(key, forFees, { audience: accepted })).rejects.toThrow(new IdentityError("invalid identity token"));
  });

  it("a remembered token with its payload altered is another text: checked in full and refused", async () => {
    const key = await freshKey();
    const token = await signIdentity(signingKey, { viewer: null }, { audience: ours });
    await verifyIdentity(key, token, { audience: accepted });
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString()) as Record<string, unknown>;
    const altered = `${header}.${Buffer.from(JSON.stringify({ ...claims, viewer: { subject: "x", roles: ["admin"] } })).toString("base64url")}.${signature}`;
    await expect(verifyIdentity(key, altered, { audience: accepted })).rejects.toThrow(new IdentityError("invalid identity token"));
  });

  it("what one key checked is not taken on trust for another key", async () => {
    const token = await signIdentity(signingKey, { viewer: resident }, { audience: ours });
    await verifyIdentity(await freshKey(), token, { audience: accepted });
    const otherKey = await importVerifyingKey(generateKeyPairPem().publicKey);
    await expect(verifyIdentity(otherKey, token, { audience: accepted })).rejects.toThrow(new IdentityError("invalid identity token"));
  });

  it("a token that failed its check is not remembered as good", async () => {
    const key = await freshKey();
    const forger = await importSigningKey(generateKeyPairPem().privateKey);
    const forged = await signIdentity(forger, { viewer: resident }, { audience: ours });
    await expect(verifyIdentity(key, forged, { audience: accepted })).rejects.toThrow(IdentityError);
    await expect(verifyIdentity(key, forged, { audience: accepted })).rejects.toThrow(IdentityError);
  });
});
