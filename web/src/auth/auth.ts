import { randomUUID } from "node:crypto";
import path from "node:path";
import * as client from "openid-client";
import { roles as knownRoles, type Role } from "@vardportal/kit/identity";
import type { AuthConfig } from "./config.js";
import { openEndedSessions, openPostgresEndedSessions, type EndedSessions } from "./ended-sessions.js";
import { createLoginRateLimit, createPostgresLoginRateLimit, type LoginRateLimit } from "./rate-limit.js";
import { returnAddressOf, safeReturnTo } from "./return-to.js";
import { clearCookie, CookieSealer, readCookie, serializeCookie } from "./sealed-cookie.js";
import { openWebDatabase, type WebDatabase } from "./web-database.js";

export type SessionUser = {
  subject: string;
  name?: string;
  roles: Role[];
  region?: string;
  personnummer?: string;
};

export type Session = { id: string; user: SessionUser; accessToken: string; expiresAt: Date };

/** What the cookie says: a live session, none, or one that cannot be used any more (and why). */
export type SessionState =
  | { status: "active"; session: Session }
  | { status: "none" }
  | { status: "expired" | "ended" | "invalid"; clearCookie: string };

export type AuthErrorCode = "LOGIN_EXPIRED" | "LOGIN_FAILED" | "LOGIN_CANCELLED" | "IDENTITY_PROVIDER_UNAVAILABLE" | "BAD_ORIGIN";

export interface Auth {
  readonly cookieName: string;
  readSession(request: Request): Promise<SessionState>;
  /** GET /auth/login?returnTo=/path: to the identity provider, with PKCE, state and nonce. */
  login(request: Request): Promise<Response>;
  /** GET /auth/callback: code for tokens, the session cookie set, back to where the user was going. */
  callback(request: Request): Promise<Response>;
  /** POST /auth/logout: the session ended here and at the identity provider. */
  logout(request: Request): Promise<Response>;
  /** The URL that starts a log-in and comes back to this request's page. */
  loginUrl(request: Request, reason?: "expired" | "required"): string;
  close(): Promise<void>;
}

export type AuthOptions = {
  config: AuthConfig;
  /** Names the cookies and the key derivation, so the portal's and the admin's sessions never mix. */
  app: "portal" | "admin";
  scope?: string;
  log?: (message: string) => void;
  now?: () => Date;
  /** Defaults to PostgreSQL when `config.database` is set, else `$DATA_DIR/<app>-sessions.sqlite`. */
  endedSessions?: EndedSessions;
  /**
   * Defaults to a limit per client address from `config.loginRateLimit`, counted on PostgreSQL (shared by every
   * instance) when `config.database` is set, else in this process's memory.
   */
  loginRateLimit?: LoginRateLimit;
};

/** Thrown as a Response so a Remix route's error boundary can show the right words for the code. */
export function authError(status: number, code: AuthErrorCode): Response {
  return new Response(JSON.stringify({ code }), { status, headers: { "content-type": "application/json; charset=utf-8" } });
}

const redirect = (location: string, cookies: string[] = []) => {
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(null, { status: 302, headers });
};

export function createAuth(options: AuthOptions): Auth {
  const { config, app } = options;
  const log = options.log ?? ((message: string) => console.warn(`[${app}] ${message}`));
  const now = options.now ?? (() => new Date());
  const cookieName = app === "portal" ? "vp_session" : "vp_admin_session";
  const loginCookieName = `${cookieName}_login`;
  const sessionSealer = new CookieSealer(config.sessionSecrets, `${app}-session`, now);
  const loginSealer = new CookieSealer(config.sessionSecrets, `${app}-login`, now);
  // With DATABASE_URL, one pool for the ended sessions and the log-in counts, shared by every instance.
  const db: WebDatabase | undefined =
    config.database && (!options.endedSessions || !options.loginRateLimit) ? openWebDatabase({ ...config.database, log }) : undefined;
  const ended =
    options.endedSessions ??
    (db ? openPostgresEndedSessions(db, now) : openEndedSessions(path.resolve(config.dataDir, `${app}-sessions.sqlite`), now));
  const sessionCookie = { name: cookieName, path: "/", secure: config.secureCookies };
  const loginCookie = { name: loginCookieName, path: "/auth", secure: config.secureCookies };
  const callbackUrl = new URL("/auth/callback", config.publicUrl).href;
  const loggedOutUrl = new URL("/auth/logged-out", config.publicUrl).href;
  const scope = options.scope ?? "openid profile vardportal";
  const rateLimit =
    options.loginRateLimit ??
    (db ? createPostgresLoginRateLimit({ db, keyPrefix: app, ...config.loginRateLimit }) : createLoginRateLimit(config.loginRateLimit));

  let discovered: Promise<client.Configuration> | undefined;
  const oidc = async () => {
    discovered ??= client
      .discovery(new URL(config.issuer), config.clientId, undefined, client.ClientSecretBasic(config.clientSecret), {
        execute: config.allowHttpIssuer ? [client.allowInsecureRequests] : [],
        timeout: 5,
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    try {
      return await discovered;
    } catch (error) {
      log(`identity provider ${config.issuer} unavailable: ${describe(error)}`);
      throw authError(503, "IDENTITY_PROVIDER_UNAVAILABLE");
    }
  };

  async function readSession(request: Request): Promise<SessionState> {
    const value = readCookie(request, cookieName);
    if (!value) return { status: "none" };
    const cleared = clearCookie(sessionCookie);
    const opened = await sessionSealer.open(value);
    if (!opened.ok) {
      if (opened.reason === "invalid") log("a session cookie that does not open was refused");
      return { status: opened.reason, clearCookie: cleared };
    }
    const session = sessionFromPayload(opened.payload);
    if (!session) return { status: "invalid", clearCookie: cleared };
    if (await ended.isEnded(session.id)) return { status: "ended", clearCookie: cleared };
    return { status: "active", session };
  }

  return {
    cookieName,
    readSession,

    loginUrl(request, reason) {
      const params = new URLSearchParams({ returnTo: returnAddressOf(request) });
      if (reason) params.set("reason", reason);
      return `/auth/login?${params}`;
    },

    async login(request) {
      const url = new URL(request.url);
      // Cookies belong to one host name: a log-in started at another name (localhost for 127.0.0.1)
      // would lose its state cookie on the way back, so it starts again at the public address.
      if (url.hostname !== config.publicUrl.hostname) return redirect(new URL(`${url.pathname}${url.search}`, config.publicUrl).href);
      await rateLimit.consume(request);
      const returnTo = safeReturnTo(url.searchParams.get("returnTo"));
      const current = await readSession(request);
      if (current.status === "active") return redirect(returnTo);
      const oidcConfig = await oidc();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const authorizationUrl = client.buildAuthorizationUrl(oidcConfig, {
        redirect_uri: callbackUrl,
        scope,
        response_type: "code",
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: "S256",
        state,
        nonce,
        ui_locales: "sv en",
      });
      const sealed = await loginSealer.seal({ codeVerifier, state, nonce, returnTo }, new Date(now().getTime() + 600_000));
      return redirect(authorizationUrl.href, [serializeCookie(sealed, { ...loginCookie, maxAgeSeconds: 600 })]);
    },

    async callback(request) {
      await rateLimit.consume(request);
      const url = new URL(request.url);
      const value = readCookie(request, loginCookieName);
      const opened = value ? await loginSealer.open(value) : undefined;
      if (!opened?.ok) throw authError(400, "LOGIN_EXPIRED");
      const { codeVerifier, state, nonce, returnTo } = opened.payload as Record<string, string>;
      if (url.searchParams.get("error")) {
        const code = url.searchParams.get("error") === "access_denied" ? "LOGIN_CANCELLED" : "LOGIN_FAILED";
        log(`log-in ended at the identity provider: ${url.searchParams.get("error")}`);
        throw authError(400, code);
      }
      const oidcConfig = await oidc();
      // The identity provider redirected to our public address; rebuild it so the check compares like with like.
      const current = new URL(`${url.pathname}${url.search}`, config.publicUrl);
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(oidcConfig, current, {
          pkceCodeVerifier: codeVerifier!,
          expectedState: state!,
          expectedNonce: nonce!,
          idTokenExpected: true,
        });
      } catch (error) {
        log(`log-in failed: ${describe(error)}`);
        throw authError(400, "LOGIN_FAILED");
      }
      const claims = tokens.claims();
      if (!claims) throw authError(400, "LOGIN_FAILED");
      const user = userFromClaims(claims);
      // The session lasts as long as its access token (and never beyond the maximum); then the user logs in again.
      const tokenExpiry = now().getTime() + (tokens.expiresIn() ?? 300) * 1000;
      const expiresAt = new Date(Math.min(tokenExpiry, now().getTime() + config.sessionMaxAgeSeconds * 1000));
      const session: Session = { id: randomUUID(), user, accessToken: tokens.access_token, expiresAt };
      const sealed = await sessionSealer.seal({ sid: session.id, user, at: session.accessToken }, expiresAt);
      const maxAgeSeconds = (expiresAt.getTime() - now().getTime()) / 1000;
      return redirect(safeReturnTo(returnTo), [
        serializeCookie(sealed, { ...sessionCookie, maxAgeSeconds }),
        clearCookie(loginCookie),
      ]);
    },

    async logout(request) {
      const origin = request.headers.get("origin");
      if (origin !== null && origin !== config.publicUrl.origin) throw authError(403, "BAD_ORIGIN");
      const state = await readSession(request);
      const cookies = [clearCookie(sessionCookie)];
      if (state.status !== "active") return redirect("/auth/logged-out", cookies);
      await ended.end(state.session.id, state.session.expiresAt);
      let endSession: string = "/auth/logged-out";
      try {
        const oidcConfig = await oidc();
        if (oidcConfig.serverMetadata().end_session_endpoint) {
          endSession = client.buildEndSessionUrl(oidcConfig, { client_id: config.clientId, post_logout_redirect_uri: loggedOutUrl }).href;
        }
      } catch {
        // Logged out here all the same; the identity provider's own session ends when it expires.
      }
      return redirect(endSession, cookies);
    },

    async close() {
      await ended.close();
      await db?.close();
    },
  };
}

function userFromClaims(claims: Record<string, unknown>): SessionUser {
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is Role => (knownRoles as readonly unknown[]).includes(r)) : [];
  const user: SessionUser = { subject: String(claims.sub), roles: [...new Set(roles)] };
  if (typeof claims.name === "string") user.name = claims.name;
  if (typeof claims.region === "string") user.region = claims.region;
  if (typeof claims.personnummer === "string" && /^\d{12}$/.test(claims.personnummer)) user.personnummer = claims.personnummer;
  return user;
}

function sessionFromPayload(payload: Record<string, unknown>): Session | null {
  const { sid, user, at, exp } = payload as { sid?: unknown; user?: SessionUser; at?: unknown; exp?: number };
  if (typeof sid !== "string" || typeof at !== "string" || !user || typeof user.subject !== "string" || !Array.isArray(user.roles)) return null;
  return { id: sid, user, accessToken: at, expiresAt: new Date((exp ?? 0) * 1000) };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${error.message}${cause}`;
}
