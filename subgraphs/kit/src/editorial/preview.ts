import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { jwtVerify, SignJWT } from "jose";
import { canEditContent } from "../access.js";
import { repoRoot } from "../config.js";
import type { SubgraphContext } from "../server/context.js";

/** The request header the portal sends and the gateway forwards (decision 019). */
export const PREVIEW_HEADER = "x-preview-token";
/** The query parameter of a preview link. */
export const PREVIEW_PARAM = "forhandsvisning";
export const PREVIEW_TTL_SECONDS = 10 * 60;
const ISSUER = "vardportal-editorial";

let cached: Uint8Array | undefined;

/**
 * HS256 with PREVIEW_SECRET (at least 32 characters), or a random secret kept in
 * `$DATA_DIR/preview-secret` so every subgraph process of a developer's machine shares it. Under vitest
 * without PREVIEW_SECRET, a random secret per process (nothing written to the repository's data/).
 */
export function previewSecret(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  if (cached) return cached;
  if (env.PREVIEW_SECRET) {
    if (env.PREVIEW_SECRET.length < 32) throw new Error("PREVIEW_SECRET must be at least 32 characters.");
    cached = new TextEncoder().encode(env.PREVIEW_SECRET);
  } else if (env.VITEST) {
    cached = randomBytes(32);
  } else {
    const dir = env.DATA_DIR ?? path.join(repoRoot, "data");
    const file = path.join(dir, "preview-secret");
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      // Written aside and linked into place, so a subgraph starting at the same moment never reads a half-written file.
      const aside = `${file}.${process.pid}.tmp`;
      writeFileSync(aside, randomBytes(32).toString("base64url"), { mode: 0o600 });
      try {
        linkSync(aside, file);
      } catch (error) {
        // Another process put its secret there first: use theirs.
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      } finally {
        unlinkSync(aside);
      }
    }
    const secret = readFileSync(file, "utf8").trim();
    if (secret.length < 32) throw new Error(`${file} holds no usable preview secret; delete it to have a new one made.`);
    cached = new TextEncoder().encode(secret);
  }
  return cached;
}

export const portalUrl = (env: NodeJS.ProcessEnv = process.env) => (env.PORTAL_URL ?? "http://localhost:3000").replace(/\/$/, "");

export interface PreviewClaims {
  subject: string;
  type: string;
  id: string;
}

export async function signPreviewToken(claims: PreviewClaims, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((issuedAt + PREVIEW_TTL_SECONDS) * 1000);
  const token = await new SignJWT({ typ: claims.type, id: claims.id })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setSubject(claims.subject)
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(previewSecret());
  return { token, expiresAt };
}

/** The claims of a token that verifies and has not expired at `now`; null otherwise. */
export async function verifyPreviewToken(token: string | null | undefined, now: Date): Promise<PreviewClaims | null> {
  if (!token || token.length > 2_000) return null;
  try {
    const { payload } = await jwtVerify(token, previewSecret(), { algorithms: ["HS256"], issuer: ISSUER, currentDate: now });
    if (typeof payload.sub !== "string" || typeof payload.typ !== "string" || typeof payload.id !== "string") return null;
    return { subject: payload.sub, type: payload.typ, id: payload.id };
  } catch {
    return null;
  }
}

/**
 * Which item of `type` this request may preview: only when the token verifies, has not expired, names
 * this type, and the viewer is an editor or admin with the token's subject. Null otherwise, for
 * everyone else — anonymous, residents, staff with the same token see nothing of the draft.
 */
export async function previewTarget(ctx: Pick<SubgraphContext, "viewer" | "now" | "previewToken">, type: string): Promise<string | null> {
  if (!ctx.previewToken || !canEditContent(ctx.viewer)) return null;
  const claims = await verifyPreviewToken(ctx.previewToken, ctx.now);
  if (!claims || claims.type !== type || claims.subject !== ctx.viewer?.subject) return null;
  return claims.id;
}
