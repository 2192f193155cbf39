import { readFileSync } from "node:fs";
import path from "node:path";
import { SignJWT, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { generateKeyPairPem, importSigningKey, signIdentity, subgraphAudience, type Viewer } from "@vardportal/kit/identity";
import { accessToken, codeOf, dataDir, gatewayUrl, issuer, post, subgraphUrls } from "./support/client.js";

/**
 * Around the gateway: a subgraph answers only a fresh identity token the gateway minted for that subgraph, and
 * the gateway answers only access tokens the identity provider signed. Tokens are minted here with the stack's
 * own gateway key (as a thief who copied one from the traffic would replay it), and with keys of our own.
 */
const QUERY = { query: "{ careUnits(first: 1) { totalCount } }" };
const careUnits = () => subgraphUrls["care-units"]!;
const gatewayKey = () => importSigningKey(readFileSync(path.join(dataDir, "gateway-identity.key.pem"), "utf8"));
const admin: Viewer = { subject: "intruder", roles: ["admin"] };

async function direct(url: string, token?: string) {
  return post(url, QUERY, token === undefined ? {} : { "vp-identity": token });
}

describe("a direct call to a subgraph", () => {
  it("without an identity token is 401 UNAUTHENTICATED", async () => {
    for (const url of Object.values(subgraphUrls)) {
      const answer = await direct(url);
      expect([answer.status, codeOf(answer)]).toEqual([401, "UNAUTHENTICATED"]);
    }
  });

  it("with a token signed by another key (forged) is 401", async () => {
    const forger = await importSigningKey(generateKeyPairPem().privateKey);
    const answer = await direct(careUnits(), await signIdentity(forger, { viewer: admin }, { audience: subgraphAudience("care-units") }));
    expect([answer.status, codeOf(answer)]).toEqual([401, "UNAUTHENTICATED"]);
  });

  it("with the gateway's own token, expired, is 401", async () => {
    const token = await signIdentity(await gatewayKey(), { viewer: admin }, { audience: subgraphAudience("care-units"), now: new Date(Date.now() - 5 * 60_000) });
    const answer = await direct(careUnits(), token);
    expect([answer.status, codeOf(answer)]).toEqual([401, "UNAUTHENTICATED"]);
  });

  it("with the gateway's token minted for another subgraph (replayed) is 401", async () => {
    const forFees = await signIdentity(await gatewayKey(), { viewer: admin }, { audience: subgraphAudience("fees") });
    const answer = await direct(careUnits(), forFees);
    expect([answer.status, codeOf(answer)]).toEqual([401, "UNAUTHENTICATED"]);
    // The same token where it was meant to go is accepted: the refusal above is about the audience alone.
    const atFees = await post(subgraphUrls.fees!, { query: "{ __typename }" }, { "vp-identity": forFees });
    expect(atFees.status).toBe(200);
  });

  it("with a token whose payload was altered (anonymous made admin) is 401", async () => {
    const token = await signIdentity(await gatewayKey(), { viewer: null }, { audience: subgraphAudience("care-units") });
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString()) as Record<string, unknown>;
    const altered = Buffer.from(JSON.stringify({ ...claims, viewer: admin })).toString("base64url");
    const answer = await direct(careUnits(), `${header}.${altered}.${signature}`);
    expect(answer.status).toBe(401);
  });

  it("a fresh token for this subgraph is answered (the control: the refusals above are the token's)", async () => {
    const answer = await direct(careUnits(), await signIdentity(await gatewayKey(), { viewer: null }, { audience: subgraphAudience("care-units") }));
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
  });
});

describe("a forged access token at the gateway", () => {
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it("signed with a key that is not the identity provider's is 401 with WWW-Authenticate, never an anonymous answer", async () => {
    const { privateKey } = await generateKeyPair("RS256");
    const forged = await new SignJWT({ roles: ["admin"], region: "Norrbotten" })
      .setProtectedHeader({ alg: "RS256", typ: "at+jwt", kid: "forged" })
      .setIssuer(issuer)
      .setAudience("urn:vardportal:gateway")
      .setSubject("intruder")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(privateKey);
    const response = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...bearer(forged) }, body: JSON.stringify(QUERY) });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
    expect(codeOf((await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] })).toBe("UNAUTHENTICATED");
  });

  it("unsigned (alg none) is 401", async () => {
    const encode = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const none = `${encode({ alg: "none", typ: "at+jwt" })}.${encode({ iss: issuer, aud: "urn:vardportal:gateway", sub: "x", roles: ["admin"], exp: Math.floor(Date.now() / 1000) + 300, iat: Math.floor(Date.now() / 1000) })}.`;
    const answer = await post(gatewayUrl, QUERY, bearer(none));
    expect([answer.status, codeOf(answer)]).toEqual([401, "UNAUTHENTICATED"]);
  });

  it("a real resident's token with its roles changed to admin is 401", async () => {
    const [header, payload, signature] = (await accessToken("anna")).split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString()) as Record<string, unknown>;
    const altered = `${header}.${Buffer.from(JSON.stringify({ ...claims, roles: ["admin"] })).toString("base64url")}.${signature}`;
    const answer = await post(gatewayUrl, QUERY, bearer(altered));
    expect([answer.status, codeOf(answer)]).toEqual([401, "UNAUTHENTICATED"]);
  });

  it("the identity token a subgraph would get is not an access token: sent to the gateway it is 401", async () => {
    const identity = await signIdentity(await gatewayKey(), { viewer: admin }, { audience: subgraphAudience("care-units") });
    const answer = await post(gatewayUrl, QUERY, bearer(identity));
    expect([answer.status, codeOf(answer)]).toEqual([401, "UNAUTHENTICATED"]);
  });
});
