import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { createLogger } from "@vardportal/kit/logger";
import { createAccessTokenVerifier, type AccessTokenVerifier } from "../src/access-token.js";

export const testAudience = "urn:vardportal:gateway";

export interface TestIssuer {
  issuer: string;
  /** The gateway's verifier for this issuer, as `main.ts` builds it from OIDC_ISSUER. */
  verifier: AccessTokenVerifier;
  /** An RFC 9068 access token with these claims (`sub` among them), signed with the issuer's key. */
  token(claims: Record<string, unknown>, options?: { expiresIn?: string | number }): Promise<string>;
  /** `{ authorization: "Bearer …" }` for fetch. */
  bearer(claims: Record<string, unknown>): Promise<{ authorization: string }>;
  close(): Promise<void>;
}

/**
 * A stand-in identity provider on loopback: a discovery document and a key set, nothing more, and a
 * signer for access tokens. The gateway finds the keys as it would at the region's provider.
 */
export async function startTestIssuer(): Promise<TestIssuer> {
  const pair = await generateKeyPair("ES256");
  const key: CryptoKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "ES256", use: "sig" };
  let issuer = "";
  const server = createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/.well-known/openid-configuration") return res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    if (req.url === "/jwks") return res.end(JSON.stringify({ keys: [jwk] }));
    res.statusCode = 404;
    res.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = (claims: Record<string, unknown>, options: { expiresIn?: string | number } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "ES256", typ: "at+jwt", kid: "k1" })
      .setIssuer(issuer)
      .setAudience(testAudience)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? "5m")
      .sign(key);
  return {
    issuer,
    verifier: createAccessTokenVerifier({ issuer, audience: testAudience, logger: createLogger("gateway", "silent") }),
    token,
    bearer: async (claims) => ({ authorization: `Bearer ${await token(claims)}` }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
