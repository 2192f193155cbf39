import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";
import { createLogger } from "@vardportal/kit/logger";
import { personnummerFor } from "@vardportal/kit/personnummer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessTokenVerifier, viewerFromClaims } from "../src/access-token.js";
import { startFederation, type Federation } from "./federation.js";

const audience = "urn:vardportal:gateway";

/** A stand-in identity provider: a discovery document and a key set on loopback, nothing more. */
async function startIssuer(jwk: JWK): Promise<{ issuer: string; close: () => Promise<void> }> {
  let issuer = "";
  const server: Server = createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/.well-known/openid-configuration") return res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    if (req.url === "/jwks") return res.end(JSON.stringify({ keys: [jwk] }));
    res.statusCode = 404;
    res.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let key: CryptoKey;
let otherKey: CryptoKey;
let idp: { issuer: string; close: () => Promise<void> };
let federation: Federation;

type Claims = Record<string, unknown>;
function token(claims: Claims, options: { signWith?: CryptoKey; typ?: string; aud?: string; iss?: string; expiresIn?: string | number } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "ES256", typ: options.typ ?? "at+jwt", kid: "k1" })
    .setIssuer(options.iss ?? idp.issuer)
    .setAudience(options.aud ?? audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "5m")
    .sign(options.signWith ?? key);
}

const staffQuery = `{ careUnits(first: 10) { edges { node { name internalPhone } } } guidelines(first: 50) { totalCount } }`;
type StaffResult = { careUnits: { edges: { node: { name: string; internalPhone: string | null } }[] }; guidelines: { totalCount: number } };

beforeAll(async () => {
  const pair = await generateKeyPair("ES256");
  key = pair.privateKey;
  otherKey = (await generateKeyPair("ES256")).privateKey;
  idp = await startIssuer({ ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "ES256", use: "sig" });
  federation = await startFederation({
    verifyAccessToken: createAccessTokenVerifier({ issuer: idp.issuer, audience, logger: createLogger("gateway", "silent") }),
  });
});
afterAll(async () => {
  await federation?.close();
  await idp?.close();
});

const as = async (jwt: string) => federation.query<StaffResult>(staffQuery, undefined, { authorization: `Bearer ${jwt}` });

describe("users' access tokens at the gateway", () => {
  it("a nurse's token reaches subgraphs as a staff viewer: staff fields and staff guidelines", async () => {
    const nurse = await as(await token({ sub: "nils", roles: ["staff"], region: "Norrbotten" }));
    expect(nurse.status).toBe(200);
    expect(nurse.errors).toBeUndefined();
    expect(nurse.data!.careUnits.edges.some((e) => /\d/.test(e.node.internalPhone ?? ""))).toBe(true);
    const anonymous = await federation.query<StaffResult>(staffQuery);
    expect(anonymous.data!.guidelines.totalCount).toBeLessThan(nurse.data!.guidelines.totalCount);
  });

  it("a resident's token reads what a resident may, and the staff field is null with FORBIDDEN on its path", async () => {
    const resident = await as(await token({ sub: "anna", roles: ["resident"], personnummer: personnummerFor("1985-04-12", 238) }));
    expect(resident.status).toBe(200);
    const nodes = resident.data!.careUnits.edges.map((e) => e.node);
    expect(nodes).toHaveLength(10);
    expect(nodes.every((n) => n.internalPhone === null && n.name)).toBe(true);
    expect(resident.errors?.map((e) => [e.path?.join("."), e.extensions?.code])).toEqual(
      nodes.map((_, i) => [`careUnits.edges.${i}.node.internalPhone`, "FORBIDDEN"]),
    );
  });

  it.each([
    ["expired", () => token({ sub: "nils", roles: ["staff"] }, { expiresIn: Math.floor(Date.now() / 1000) - 60 })],
    ["for another audience", () => token({ sub: "nils", roles: ["staff"] }, { aud: "urn:someone-else" })],
    ["from another issuer", () => token({ sub: "nils", roles: ["staff"] }, { iss: "http://127.0.0.1:1" })],
    ["signed with another key", () => token({ sub: "nils", roles: ["staff"] }, { signWith: otherKey })],
    ["an ID token, not an access token", () => token({ sub: "nils", roles: ["staff"] }, { typ: "JWT" })],
    ["without a subject", () => token({ roles: ["staff"] })],
  ])("a token %s is refused with 401 UNAUTHENTICATED and nothing else", async (_, make) => {
    const result = await as(await make());
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("an altered token (roles raised after signing) is refused", async () => {
    const [header, , signature] = (await token({ sub: "anna", roles: ["resident"] })).split(".");
    const raised = Buffer.from(JSON.stringify({ sub: "anna", roles: ["admin"], iss: idp.issuer, aud: audience, iat: 1, exp: 9_999_999_999 })).toString("base64url");
    const result = await as(`${header}.${raised}.${signature}`);
    expect(result.status).toBe(401);
  });

  it("a header that is not a bearer token is refused and says how to send one", async () => {
    const response = await fetch(federation.url, { method: "POST", headers: { "content-type": "application/json", authorization: "Basic dXNlcjpwYXNz" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
  });
});

describe("claims to viewer", () => {
  it("keeps known roles, drops unknown ones and normalises the personnummer", () => {
    const viewer = viewerFromClaims({ sub: "anna", roles: ["resident", "superuser", "resident"], region: "Norrbotten", personnummer: "19121212-1212", name: "Anna" });
    expect(viewer).toEqual({ subject: "anna", roles: ["resident"], region: "Norrbotten", personnummer: "191212121212", name: "Anna" });
  });

  it("drops a personnummer that cannot exist rather than trusting it", () => {
    expect(viewerFromClaims({ sub: "x", roles: ["resident"], personnummer: "191212121213" })).toEqual({ subject: "x", roles: ["resident"] });
  });

  it("a token without roles is a signed-in viewer with none", () => {
    expect(viewerFromClaims({ sub: "x" })).toEqual({ subject: "x", roles: [] });
  });
});

describe("when the identity provider cannot be reached", () => {
  it("answers 503 with a code, and anonymous requests still work", async () => {
    const gateway = await startFederation({
      verifyAccessToken: createAccessTokenVerifier({ issuer: "http://127.0.0.1:9", audience, logger: createLogger("gateway", "silent") }),
    });
    try {
      const refused = await gateway.query(`{ __typename }`, undefined, { authorization: `Bearer ${await token({ sub: "x" })}` });
      expect(refused.status).toBe(503);
      expect(refused.errors?.[0]?.extensions?.code).toBe("IDENTITY_PROVIDER_UNAVAILABLE");
      const anonymous = await gateway.query(`{ careUnits(first: 1) { totalCount } }`);
      expect(anonymous.status).toBe(200);
    } finally {
      await gateway.close();
    }
  });
});
