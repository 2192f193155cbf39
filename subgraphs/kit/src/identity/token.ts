import { SignJWT, jwtVerify, importPKCS8, importSPKI, errors as joseErrors, type CryptoKey } from "jose";
import { viewerSchema, type Viewer } from "./viewer.js";

export const IDENTITY_HEADER = "vp-identity";
export const REQUEST_ID_HEADER = "x-request-id";

const ISSUER = "vardportal-gateway";
/**
 * The audience of a token not minted for one subgraph (e-services' service token for fees' internal
 * listener, decision 012; the harness). The gateway mints per subgraph (`subgraphAudience`).
 */
export const SHARED_SUBGRAPH_AUDIENCE = "vardportal-subgraphs";
const AUDIENCE = SHARED_SUBGRAPH_AUDIENCE;
/** The audience of a token the gateway mints for one subgraph: no other subgraph accepts it. */
export const subgraphAudience = (subgraph: string) => `vardportal-subgraph:${subgraph}`;
const ALGORITHM = "EdDSA";
/** Long enough for one request's fan-out, short enough that a leaked token is useless soon. */
export const IDENTITY_TOKEN_TTL_SECONDS = 60;

export type SigningKey = CryptoKey;
export type VerifyingKey = CryptoKey;

export const importSigningKey = (pem: string) => importPKCS8(pem, ALGORITHM);
export const importVerifyingKey = (pem: string) => importSPKI(pem, ALGORITHM);

export interface IdentityClaims {
  viewer: Viewer | null;
  requestId?: string;
}

export async function signIdentity(
  key: SigningKey,
  claims: IdentityClaims,
  options: { ttlSeconds?: number; now?: Date; audience?: string } = {},
): Promise<string> {
  const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const jwt = new SignJWT({ viewer: claims.viewer, rid: claims.requestId })
    .setProtectedHeader({ alg: ALGORITHM, typ: "vp-identity+jwt" })
    .setIssuer(ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (options.ttlSeconds ?? IDENTITY_TOKEN_TTL_SECONDS));
  if (claims.viewer) jwt.setSubject(claims.viewer.subject);
  return jwt.sign(key);
}

export class IdentityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IdentityError";
  }
}

/**
 * Verifies the gateway's signature and returns the viewer it vouches for. `audience` lists the
 * audiences accepted (default: the shared one); a subgraph passes its own and the shared one, so a
 * token the gateway minted for another subgraph is refused.
 */
export async function verifyIdentity(key: VerifyingKey, token: string | undefined, options: { audience?: string | string[] } = {}): Promise<IdentityClaims> {
  if (!token) throw new IdentityError("missing identity token");
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: ISSUER,
      audience: options.audience ?? AUDIENCE,
      algorithms: [ALGORITHM],
      clockTolerance: 5,
      requiredClaims: ["exp", "iat"],
    });
    const viewer = payload.viewer == null ? null : viewerSchema.parse(payload.viewer);
    return { viewer, requestId: typeof payload.rid === "string" ? payload.rid : undefined };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new IdentityError("identity token expired");
    throw new IdentityError("invalid identity token");
  }
}
