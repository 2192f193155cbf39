import path from "node:path";
import { logLevel, port, repoRoot } from "@vardportal/kit/config";
import { z } from "zod";

const loopback = new Set(["127.0.0.1", "::1", "localhost"]);

/** An app's base URL, kept without a trailing slash so `${url}/auth/callback` is exact. */
const appUrl = (fallback: string) =>
  z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
    .default(fallback)
    .transform((url) => url.replace(/\/+$/, ""));

const secret = (fallback: string) => z.string().min(8, "must be at least 8 characters").default(fallback);

/** The local provider's environment, with the defaults of the identity contract. */
export const oidcConfigSchema = z
  .object({
    // Anyone can log in as anyone here: it must never be reachable from another machine.
    HOST: z
      .string()
      .default("127.0.0.1")
      .refine((host) => loopback.has(host), "must be a loopback address (127.0.0.1, ::1 or localhost): this provider checks no identity"),
    PORT: port(4400),
    DATA_DIR: z.string().min(1).default(path.join(repoRoot, "data")),
    PORTAL_URL: appUrl("http://127.0.0.1:3000"),
    ADMIN_URL: appUrl("http://127.0.0.1:3001"),
    PORTAL_OIDC_CLIENT_SECRET: secret("local-portal-secret"),
    ADMIN_OIDC_CLIENT_SECRET: secret("local-admin-secret"),
    OIDC_AUDIENCE: z
      .string()
      .default("urn:vardportal:gateway")
      .refine((value) => URL.parse(value) !== null && !value.includes("#"), "must be an absolute URI without a fragment"),
    OIDC_ACCESS_TOKEN_TTL: z.coerce.number().int().min(30).max(24 * 60 * 60).default(600),
    LOG_LEVEL: logLevel,
  })
  .transform((env) => ({
    host: env.HOST,
    port: env.PORT,
    dataDir: env.DATA_DIR,
    portalUrl: env.PORTAL_URL,
    adminUrl: env.ADMIN_URL,
    portalClientSecret: env.PORTAL_OIDC_CLIENT_SECRET,
    adminClientSecret: env.ADMIN_OIDC_CLIENT_SECRET,
    audience: env.OIDC_AUDIENCE,
    accessTokenTtl: env.OIDC_ACCESS_TOKEN_TTL,
    logLevel: env.LOG_LEVEL,
  }));

export type OidcConfig = z.infer<typeof oidcConfigSchema>;
