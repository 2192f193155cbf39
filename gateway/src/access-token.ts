import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { HttpError } from "@vardportal/kit/http";
import { roles, type Role, type Viewer } from "@vardportal/kit/identity";
import type { Logger } from "@vardportal/kit/logger";
import { parsePersonnummer } from "@vardportal/kit/personnummer";
import { z } from "zod";

export interface AccessTokenOptions {
  /** The identity provider's issuer URL, exactly as its discovery document states it. */
  issuer: string;
  /** The `aud` our access tokens are issued for (the resource indicator of the gateway). */
  audience: string;
  logger: Logger;
  /** Seconds of clock skew tolerated between the identity provider and us. */
  clockToleranceSeconds?: number;
}

export type AccessTokenVerifier = (authorization: string) => Promise<Viewer>;

const discoverySchema = z.object({ issuer: z.string(), jwks_uri: z.string().url() });

const claimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string().optional(),
  roles: z.array(z.string()).optional(),
  region: z.string().min(1).optional(),
  personnummer: z.string().optional(),
});

const wwwAuthenticate = (error: string) => ({ "www-authenticate": `Bearer error="${error}"` });

export const unauthenticatedToken = () =>
  new HttpError(401, "UNAUTHENTICATED", "The access token is not valid or has expired. Log in again.", wwwAuthenticate("invalid_token"));

/**
 * Verifies users' access tokens (RFC 9068 JWTs) against the identity provider's published keys and
 * maps their claims to a viewer. The keys are found through the issuer's discovery document, fetched
 * on first use and again after a failure; jose refetches the key set when a token names an unknown key.
 */
export function createAccessTokenVerifier(options: AccessTokenOptions): AccessTokenVerifier {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const discover = async (): Promise<JWTVerifyGetKey> => {
    const url = `${options.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: "error" });
    if (!response.ok) throw new Error(`discovery answered HTTP ${response.status}`);
    const document = discoverySchema.parse(await response.json());
    if (document.issuer !== options.issuer) throw new Error(`discovery names issuer ${document.issuer}, expected ${options.issuer}`);
    return createRemoteJWKSet(new URL(document.jwks_uri), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  };
  const keySet = () => {
    keys ??= discover().catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    return keys;
  };

  return async (authorization) => {
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization.trim());
    if (!match) {
      throw new HttpError(401, "UNAUTHENTICATED", "Send the access token as 'Authorization: Bearer <token>'.", wwwAuthenticate("invalid_request"));
    }
    let getKey: JWTVerifyGetKey;
    try {
      getKey = await keySet();
    } catch (error) {
      options.logger.error({ err: error, issuer: options.issuer }, "identity provider keys unavailable");
      throw new HttpError(503, "IDENTITY_PROVIDER_UNAVAILABLE", "Log-in cannot be checked right now. Try again in a moment.");
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1]!, getKey, {
        issuer: options.issuer,
        audience: options.audience,
        typ: "at+jwt",
        algorithms: ["RS256", "PS256", "ES256", "EdDSA"],
        clockTolerance: options.clockToleranceSeconds ?? 5,
        requiredClaims: ["sub", "exp", "iat"],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JOSEError && !(error instanceof joseErrors.JWKSTimeout)) {
        options.logger.info({ reason: error.code }, "access token refused");
        throw unauthenticatedToken();
      }
      options.logger.error({ err: error }, "access token could not be checked");
      throw new HttpError(503, "IDENTITY_PROVIDER_UNAVAILABLE", "Log-in cannot be checked right now. Try again in a moment.");
    }
    return viewerFromClaims(payload, options.logger);
  };
}

/**
 * The viewer a token's claims describe. Unknown roles are dropped (a new role at the identity
 * provider grants nothing here until we know it); a personnummer that cannot exist is dropped and logged.
 */
export function viewerFromClaims(payload: JWTPayload, logger?: Logger): Viewer {
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw unauthenticatedToken();
  const { sub, name, region } = claims.data;
  const known = (claims.data.roles ?? []).filter((role): role is Role => (roles as readonly string[]).includes(role));
  const viewer: Viewer = { subject: sub, roles: [...new Set(known)] };
  if (name) viewer.name = name;
  if (region) viewer.region = region;
  if (claims.data.personnummer !== undefined) {
    const parsed = parsePersonnummer(claims.data.personnummer);
    if (parsed.ok) viewer.personnummer = parsed.personnummer.value;
    else logger?.warn({ subject: sub, problem: parsed.problem }, "personnummer claim refused");
  }
  return viewer;
}
