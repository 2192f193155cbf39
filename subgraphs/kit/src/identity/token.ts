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

const CLOCK_TOLERANCE_SECONDS = 5;

/**
 * Tokens whose signature has been checked, by verifying key and by the token's exact text: the gateway hands
 * the same token out again for a while (decision 025), and checking an Ed25519 signature costs more than
 * anything else in a small request. What can change between two uses is checked every time: the expiry and
 * the audience asked for. A token that differs in any character is another key, so it is checked in full.
 */
interface Checked {
  viewer: unknown;
  requestId: string | undefined;
  audiences: string[];
  expires: number;
}
const checkedTokens = new WeakMap<VerifyingKey, Map<string, Checked>>();
/** Tokens remembered per key; the oldest goes first. */
const CHECKED_IDENTITY_TOKENS_KEPT = 1_000;

const claimsOf = (checked: Checked): IdentityClaims => ({
  // Parsed again for each request, so no two requests share (or can change) one viewer object.
  viewer: checked.viewer == null ? null : viewerSchema.parse(checked.viewer),
  requestId: checked.requestId,
});

/**
 * Verifies the gateway's signature and returns the viewer it vouches for. `audience` lists the
 * audiences accepted (default: the shared one); a subgraph passes its own and the shared one, so a
 * token the gateway minted for another subgraph is refused.
 */
export async function verifyIdentity(key: VerifyingKey, token: string | undefined, options: { audience?: string | string[] } = {}): Promise<IdentityClaims> {
  if (!token) throw new IdentityError("missing identity token");
  const wanted = options.audience ?? AUDIENCE;
  let checked = checkedTokens.get(key);
  const known = checked?.get(token);
  if (known) {
    const unexpired = known.expires > Date.now() / 1000 - CLOCK_TOLERANCE_SECONDS;
    const forUs = (Array.isArray(wanted) ? wanted : [wanted]).some((audience) => known.audiences.includes(audience));
    if (unexpired && forUs) return claimsOf(known);
    // Otherwise the full check below refuses it with the precise reason.
    if (!unexpired) checked!.delete(token);
  }
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: ISSUER,
      audience: wanted,
      algorithms: [ALGORITHM],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["exp", "iat"],
    });
    const entry: Checked = {
      viewer: payload.viewer,
      requestId: typeof payload.rid === "string" ? payload.rid : undefined,
      audiences: typeof payload.aud === "string" ? [payload.aud] : (payload.aud ?? []),
      expires: payload.exp!,
    };
    const claims = claimsOf(entry);
    if (!checked) checkedTokens.set(key, (checked = new Map()));
    checked.set(token, entry);
    while (checked.size > CHECKED_IDENTITY_TOKENS_KEPT) checked.delete(checked.keys().next().value!);
    return claims;
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new IdentityError("identity token expired");
    throw new IdentityError("invalid identity token");
  }
}
