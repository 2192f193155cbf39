import { z } from "zod";

/**
 * What an app needs to log users in. In production every value points at the region's identity
 * provider; locally `npm start` fills them in for the provider under tests/oidc.
 */
const schema = z.object({
  OIDC_ISSUER: z.url({ protocol: /^https?$/, error: "must be the identity provider's issuer URL" }),
  OIDC_CLIENT_ID: z.string({ error: "must be set" }).min(1, { error: "must be set" }),
  OIDC_CLIENT_SECRET: z.string({ error: "must be set" }).min(1, { error: "must be set" }),
  /** The address users reach this app at; the callback and cookies are built from it. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: "must be this app's public http(s) URL" }),
  /** One or more secrets separated by commas: the first seals new cookies, all open old ones (rotation). */
  SESSION_SECRET: z
    .string({ error: "must be set (at least 32 characters)" })
    .refine((value) => value.split(",").every((s) => s.trim().length >= 32), { error: "each secret must be at least 32 characters" }),
  SESSION_MAX_AGE_SECONDS: z.coerce
    .number({ error: "must be a whole number of seconds" })
    .int({ error: "must be a whole number of seconds" })
    .min(60, { error: "must be at least 60" })
    .max(86_400, { error: "must be at most 86400" })
    .default(8 * 3600),
  DATA_DIR: z.string().min(1).default("data"),
  /** Log-in starts plus callbacks per client address per window (rate-limit.ts); tests raise or lower it. */
  LOGIN_RATE_LIMIT: z.coerce
    .number({ error: "must be a whole number of attempts" })
    .int({ error: "must be a whole number of attempts" })
    .min(1, { error: "must be at least 1" })
    .default(120),
  LOGIN_RATE_LIMIT_WINDOW_SECONDS: z.coerce
    .number({ error: "must be a whole number of seconds" })
    .int({ error: "must be a whole number of seconds" })
    .min(1, { error: "must be at least 1" })
    .max(86_400, { error: "must be at most 86400" })
    .default(60),
  /**
   * PostgreSQL (postgres://…): the ended sessions and the log-in counts live there, shared by every instance;
   * unset, the ended sessions stay in a SQLite file under DATA_DIR and the counts in each process's memory.
   */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "must be a postgres:// or postgresql:// URL (unset it for the SQLite file)" })
    .optional(),
  /** The schema of those tables on PostgreSQL (made if missing). */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, { error: "must be a plain lower-case schema name (letters, digits, _)" })
    .default("web"),
  NODE_ENV: z.string().optional(),
});

export type AuthConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  publicUrl: URL;
  sessionSecrets: string[];
  sessionMaxAgeSeconds: number;
  dataDir: string;
  /** Cookies are Secure in production and whenever the app is served over https. */
  secureCookies: boolean;
  loginRateLimit: { points: number; windowSeconds: number };
  /** Set when DATABASE_URL is: where the state shared by every instance lives. */
  database?: { url: string; schema: string };
  /** Plain http to the identity provider only on this machine (the local provider). */
  allowHttpIssuer: boolean;
};

export type AuthConfigResult = { ok: true; config: AuthConfig } | { ok: false; problems: string[] };

/** Reads and checks the log-in settings; an empty value counts as unset. */
export function readAuthConfig(source: Record<string, string | undefined>): AuthConfigResult {
  const input = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, source[name] === "" ? undefined : source[name]]));
  const result = schema.safeParse(input);
  if (!result.success) {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const issue of result.error.issues) {
      const name = String(issue.path[0]);
      if (seen.has(name)) continue;
      seen.add(name);
      problems.push(`${name}: ${issue.message}`);
    }
    return { ok: false, problems };
  }
  const env = result.data;
  const publicUrl = new URL(env.PUBLIC_URL);
  const issuerHost = new URL(env.OIDC_ISSUER).hostname;
  return {
    ok: true,
    config: {
      issuer: env.OIDC_ISSUER.replace(/\/$/, ""),
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      publicUrl,
      sessionSecrets: env.SESSION_SECRET.split(",").map((s) => s.trim()),
      sessionMaxAgeSeconds: env.SESSION_MAX_AGE_SECONDS,
      dataDir: env.DATA_DIR,
      secureCookies: publicUrl.protocol === "https:" || env.NODE_ENV === "production",
      loginRateLimit: { points: env.LOGIN_RATE_LIMIT, windowSeconds: env.LOGIN_RATE_LIMIT_WINDOW_SECONDS },
      ...(env.DATABASE_URL ? { database: { url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA } } : {}),
      allowHttpIssuer: ["127.0.0.1", "localhost", "[::1]"].includes(issuerHost),
    },
  };
}
