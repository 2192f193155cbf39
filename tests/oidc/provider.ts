import { randomBytes } from "node:crypto";
import type { Logger } from "@vardportal/kit/logger";
import Provider, { errors, type ClientMetadata, type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { claimsFor } from "./accounts.js";
import type { PrivateJwks } from "./keys.js";
import { loggedOutPage, logoutAutoSubmitPage, logoutConfirmPage, messagePage, type Page } from "./pages.js";

export type OidcProviderOptions = {
  /** `http://HOST:PORT`, no trailing slash. */
  issuer: string;
  jwks: PrivateJwks;
  /** The gateway's resource indicator: every access token is for it, and only for it. */
  audience: string;
  accessTokenTtl: number;
  portalUrl: string;
  adminUrl: string;
  portalClientSecret: string;
  adminClientSecret: string;
  logger?: Logger;
};

export const scopes = ["openid", "profile", "vardportal", "offline_access"] as const;

/** The region's own claims travel under one scope; `name` also comes with `profile`, as usual. */
const claims = {
  openid: ["sub"],
  profile: ["name"],
  vardportal: ["name", "roles", "region", "personnummer", "dependants"],
};

const hours = 60 * 60;

function appClient(clientId: string, clientName: string, appUrl: string, secret: string): ClientMetadata {
  return {
    client_id: clientId,
    client_secret: secret,
    client_name: clientName,
    application_type: "web",
    token_endpoint_auth_method: "client_secret_basic",
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    redirect_uris: [`${appUrl}/auth/callback`],
    post_logout_redirect_uris: [`${appUrl}/`, `${appUrl}/auth/logged-out`],
    scope: scopes.join(" "),
  };
}

function send(ctx: KoaContextWithOIDC, page: Page) {
  ctx.status = page.status;
  ctx.set(page.headers);
  ctx.body = page.html;
}

/**
 * The local OpenID Connect provider: both apps' clients, the personas as accounts, JWT access
 * tokens for the gateway, and our own pages (the interactions themselves are served beside it,
 * see interactions.ts). Signing keys come in (persisted, see keys.ts); cookie keys are random per
 * process and sessions, grants and refresh tokens live in oidc-provider's in-memory store, so a
 * restart ends every log-in session while access tokens already issued stay verifiable.
 */
export function createOidcProvider(options: OidcProviderOptions): Provider {
  const { audience, logger } = options;

  const configuration: Configuration = {
    clients: [
      appClient("vardportal-portal", "Vårdportalen", options.portalUrl, options.portalClientSecret),
      appClient("vardportal-admin", "Vårdportalen admin", options.adminUrl, options.adminClientSecret),
    ],
    jwks: options.jwks as Configuration["jwks"],
    cookies: {
      keys: [randomBytes(32).toString("base64url")],
      // Cookies do not keep ports apart: every app on 127.0.0.1 sees these, so the names say whose they are.
      names: { session: "vp_oidc_session", interaction: "vp_oidc_interaction", resume: "vp_oidc_resume" },
    },
    // The authorization code flow and nothing else: no implicit or hybrid tokens in the browser.
    responseTypes: ["code"],
    scopes: [...scopes],
    claims,
    // Every access token is for the gateway, so none could be used at userinfo (turned off below):
    // the apps get the claims in the ID token instead.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    clientBasedCORS: () => false,

    async findAccount(_ctx, sub) {
      const found = claimsFor(sub);
      return found && { accountId: sub, claims: () => found };
    },

    async extraTokenClaims(_ctx, token) {
      if (!("accountId" in token) || !token.scope?.split(" ").includes("vardportal")) return undefined;
      const found = claimsFor(token.accountId);
      if (!found) return undefined;
      const { sub: _sub, ...rest } = found;
      return rest;
    },

    // Both clients are the region's own apps: what they ask for is granted without a consent page.
    async loadExistingGrant(ctx) {
      const { client, account, session, provider } = ctx.oidc;
      if (!client || !account || !session) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const existing = grantId ? await provider.Grant.find(grantId) : undefined;
      const grant =
        existing?.accountId === account.accountId ? existing : new provider.Grant({ clientId: client.clientId, accountId: account.accountId });
      grant.addOIDCScope(ctx.oidc.requestParamOIDCScopes);
      if (ctx.oidc.requestParamClaims.size > 0) grant.addOIDCClaims(ctx.oidc.requestParamClaims);
      for (const [indicator, server] of Object.entries(ctx.oidc.resourceServers ?? {})) {
        const granted = [...ctx.oidc.requestParamScopes].filter((scope) => server.scopes.has(scope));
        if (granted.length > 0) grant.addResourceScope(indicator, granted);
      }
      await grant.save();
      return grant;
    },

    // The apps renew expired access tokens without sending anyone back to log in; every token
    // still ends with the log-in session (RP-initiated logout, or the 8 h session TTL).
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    expiresWithSession: async () => true,

    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false },
      introspection: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      revocation: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => audience,
        useGrantedResource: async () => true,
        async getResourceServerInfo(_ctx, indicator) {
          if (indicator !== audience) throw new errors.InvalidTarget(`the only resource here is ${audience}`);
          return { scope: "vardportal", audience, accessTokenFormat: "jwt", jwt: { sign: { alg: "RS256" } } };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          send(ctx, ctx.oidc.client ? logoutAutoSubmitPage(form) : logoutConfirmPage(form));
        },
        async postLogoutSuccessSource(ctx) {
          send(ctx, loggedOutPage());
        },
      },
    },

    interactions: { url: async (_ctx, interaction) => `/interaction/${interaction.uid}` },

    async renderError(ctx, out) {
      const detail = [out.error, out.error_description].filter(Boolean).join(": ");
      send(
        ctx,
        messagePage(
          ctx.status,
          { sv: "Något gick fel", en: "Something went wrong" },
          { sv: "Gå tillbaka till tjänsten och försök igen.", en: "Go back to the service and try again." },
          detail,
        ),
      );
    },

    ttl: {
      AccessToken: options.accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 1 * hours,
      RefreshToken: 8 * hours,
      Session: 8 * hours,
      Interaction: 10 * 60,
      Grant: 8 * hours,
    },
  };

  const provider = new Provider(options.issuer, configuration);
  provider.proxy = false;

  if (logger) {
    provider.on("server_error", (ctx, error) => logger.error({ err: error, path: ctx.path }, "oidc server error"));
    const refused = (event: string) => (ctx: KoaContextWithOIDC, error: Error) =>
      logger.warn({ event, path: ctx.path, error: error.message }, "oidc request refused");
    provider.on("authorization.error", refused("authorization.error"));
    provider.on("grant.error", refused("grant.error"));
    provider.on("end_session.error", refused("end_session.error"));
    provider.on("revocation.error", refused("revocation.error"));
    provider.on("introspection.error", refused("introspection.error"));
  }
  return provider;
}
