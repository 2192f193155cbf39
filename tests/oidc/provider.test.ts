import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload } from "jose";
import * as client from "openid-client";
import { ageOn, parsePersonnummer, personnummerFor, personnummerMessages } from "@vardportal/kit/personnummer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JWKS_FILE } from "./keys.js";
import { discover, endSession, loginForms, loginWithCode, openLoginPage, visit } from "./login.js";
import { personasOn, swedishToday, type Persona } from "./personas.js";
import { startOidcServer, type OidcServer } from "./server.js";

const audience = "urn:vardportal:gateway";
const portalUrl = "http://127.0.0.1:3000";
const adminUrl = "http://127.0.0.1:3001";
const portal = { clientId: "vardportal-portal", clientSecret: "local-portal-secret", redirectUri: `${portalUrl}/auth/callback` };
const admin = { clientId: "vardportal-admin", clientSecret: "local-admin-secret", redirectUri: `${adminUrl}/auth/callback` };

function start(dataDir: string, port = 0): Promise<OidcServer> {
  return startOidcServer({
    host: "127.0.0.1",
    port,
    dataDir,
    audience,
    accessTokenTtl: 600,
    portalUrl,
    adminUrl,
    portalClientSecret: portal.clientSecret,
    adminClientSecret: admin.clientSecret,
  });
}

let dataDir: string;
let server: OidcServer;
let issuer: string;
let jwks: ReturnType<typeof createRemoteJWKSet>;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "vardportal-oidc-"));
  server = await start(dataDir);
  issuer = server.issuer;
  jwks = createRemoteJWKSet(new URL(`${issuer}/jwks`));
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function verifyAccessToken(token: string): Promise<JWTPayload> {
  const { payload } = await jwtVerify(token, jwks, { issuer, audience, typ: "at+jwt" });
  return payload;
}

function birthDateOf(personnummer: unknown): string {
  const parsed = parsePersonnummer(String(personnummer));
  if (!parsed.ok) throw new Error(`invalid personnummer ${String(personnummer)}`);
  return parsed.personnummer.birthDate;
}

const appFor = (persona: Persona) => (persona.roles.some((r) => r === "editor" || r === "admin") ? admin : portal);

describe("the local OpenID provider", () => {
  it("publishes its configuration at the issuer, exactly as the contract says", async () => {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(metadata.issuer).toBe(issuer);
    expect(metadata.code_challenge_methods_supported).toEqual(["S256"]);
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(["openid", "profile", "vardportal", "offline_access"]));
    expect(metadata.claims_supported).toEqual(expect.arrayContaining(["sub", "name", "roles", "region", "personnummer", "dependants"]));
    expect(metadata.token_endpoint_auth_methods_supported).toContain("client_secret_basic");
    expect(metadata.response_types_supported).toEqual(["code"]);
    expect(metadata).not.toHaveProperty("userinfo_endpoint");
    for (const endpoint of ["authorization_endpoint", "token_endpoint", "jwks_uri", "end_session_endpoint", "revocation_endpoint", "introspection_endpoint"]) {
      expect(String(metadata[endpoint])).toMatch(new RegExp(`^${issuer}/`));
    }
  });

  it.each(personasOn().map((p) => [p.id, p] as const))("logs in %s with a gateway access token carrying their claims", async (_id, persona) => {
    const result = await loginWithCode({ issuer, ...appFor(persona), persona: persona.id });
    const token = await verifyAccessToken(result.accessToken);
    expect(decodeProtectedHeader(result.accessToken)).toMatchObject({ typ: "at+jwt", alg: "RS256" });
    const expected = {
      sub: persona.id,
      name: persona.name,
      roles: persona.roles,
      region: "Norrbotten",
      ...(persona.personnummer ? { personnummer: persona.personnummer } : {}),
      ...(persona.dependants ? { dependants: persona.dependants } : {}),
    };
    expect(token).toMatchObject({ ...expected, aud: audience, client_id: appFor(persona).clientId });
    expect(token.exp! - token.iat!).toBe(600);
    expect(result.claims).toMatchObject(expected);
    if (persona.roles.includes("resident")) {
      expect(parsePersonnummer(String(token.personnummer)).ok).toBe(true);
    } else {
      expect(token).not.toHaveProperty("personnummer");
      expect(token).not.toHaveProperty("dependants");
    }
  });

  it("tells the gateway that the guardian's children are under 13 and 14, and that Elsa is 17", async () => {
    const today = swedishToday();
    const gustav = await verifyAccessToken((await loginWithCode({ issuer, ...portal, persona: "gustav" })).accessToken);
    const dependants = gustav.dependants as { name: string; personnummer: string }[];
    const ages = dependants.map((d) => ageOn(birthDateOf(d.personnummer), today));
    expect(ages[0]).toBeLessThan(13);
    expect(ages[1]).toBe(14);
    const elsa = await verifyAccessToken((await loginWithCode({ issuer, ...portal, persona: "elsa" })).accessToken);
    expect(ageOn(birthDateOf(elsa.personnummer), today)).toBe(17);
  });

  it("shows every persona and says plainly that this is a local test log-in, not a real e-ID", async () => {
    const { page } = await openLoginPage({ issuer, ...portal });
    expect(page.html).toContain('<html lang="sv">');
    const notice = page.html.slice(0, page.html.indexOf("Välj en testperson"));
    expect(notice).toMatch(/endast för utveckling/);
    expect(notice).toMatch(/inte en riktig e-legitimation \(BankID, Freja\)/);
    expect(notice).toMatch(/not a real e-ID \(BankID, Freja\)/);
    for (const persona of personasOn()) {
      expect(page.html).toContain(`name="persona" value="${persona.id}"`);
      expect(page.html).toContain(persona.name);
      if (persona.age !== undefined) expect(page.html).toContain(`${persona.age} år`);
    }
    expect(page.html).toContain('<label for="personnummer">');
  });

  it("shows a bad personnummer again with a field message in both languages and status 400", async () => {
    const { page, jar } = await openLoginPage({ issuer, ...portal });
    for (const [entered, problem] of [
      ["19121212-1213", "INVALID"],
      ["tolv tolv", "FORMAT"],
    ] as const) {
      const { action, form } = loginForms.personnummer(page, entered);
      const result = await visit(jar, action, portal.redirectUri, { method: "POST", form });
      if (result.kind !== "page") throw new Error("expected the log-in page again");
      expect(result.status).toBe(400);
      const input = /<input type="text" id="personnummer"[^>]*>/.exec(result.html)?.[0] ?? "";
      expect(input).toContain('aria-invalid="true"');
      expect(input).toContain('aria-describedby="personnummer-hint personnummer-error"');
      expect(input).toContain(`value="${entered}"`);
      const message = /<p class="error" id="personnummer-error">([\s\S]*?)<\/p>/.exec(result.html)?.[1] ?? "";
      expect(message).toContain(personnummerMessages[problem].sv);
      expect(message).toContain(personnummerMessages[problem].en);
      expect(result.html).toMatch(/<title>Fel: /);
    }
  });

  it("logs in another resident by samordningsnummer, in Norrbotten", async () => {
    const samordningsnummer = personnummerFor("1990-04-72", 123);
    const result = await loginWithCode({ issuer, ...portal, personnummer: `${samordningsnummer.slice(2, 8)}-${samordningsnummer.slice(8)}` });
    const token = await verifyAccessToken(result.accessToken);
    expect(token).toMatchObject({ sub: `resident-${samordningsnummer}`, personnummer: samordningsnummer, roles: ["resident"], region: "Norrbotten" });
    const parsed = parsePersonnummer(samordningsnummer);
    expect(parsed.ok && parsed.personnummer.coordinationNumber).toBe(true);
  });

  it("refuses an authorization request without a PKCE S256 challenge", async () => {
    const config = await discover({ issuer, ...portal });
    const withoutS256: Record<string, string>[] = [{}, { code_challenge: "x".repeat(43), code_challenge_method: "plain" }];
    for (const pkce of withoutS256) {
      const url = client.buildAuthorizationUrl(config, { redirect_uri: portal.redirectUri, scope: "openid vardportal", state: "s", ...pkce });
      const response = await fetch(url, { redirect: "manual" });
      const location = new URL(response.headers.get("location") ?? "", issuer);
      expect(location.href.startsWith(portal.redirectUri)).toBe(true);
      expect(location.searchParams.get("error")).toBe("invalid_request");
      expect(location.searchParams.get("error_description")).toMatch(/PKCE|code_challenge/);
    }
  });

  it("refuses a wrong client secret at the token endpoint", async () => {
    await expect(loginWithCode({ issuer, ...portal, clientSecret: "not-the-secret", persona: "anna" })).rejects.toMatchObject({
      status: 401,
      cause: [{ parameters: { error: "invalid_client" } }],
    });
  });

  it("renews an access token with the refresh token", async () => {
    const result = await loginWithCode({ issuer, ...portal, persona: "anna" });
    const renewed = await client.refreshTokenGrant(await discover({ issuer, ...portal }), result.refreshToken);
    expect(renewed.access_token).not.toBe(result.accessToken);
    expect(await verifyAccessToken(renewed.access_token)).toMatchObject({ sub: "anna", roles: ["resident"] });
  });

  it("ends the session on RP-initiated logout without asking, and the refresh token dies with it", async () => {
    const result = await loginWithCode({ issuer, ...portal, persona: "nils" });
    const landed = await endSession({
      issuer,
      ...portal,
      idToken: result.idToken,
      postLogoutRedirectUri: `${portalUrl}/auth/logged-out`,
      cookies: result.cookies,
    });
    expect(landed.href).toBe(`${portalUrl}/auth/logged-out`);
    const config = await discover({ issuer, ...portal });
    await expect(client.refreshTokenGrant(config, result.refreshToken)).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("asks before logging out when the request names no app", async () => {
    const result = await loginWithCode({ issuer, ...portal, persona: "anna" });
    const page = await visit(result.cookies, new URL(`${issuer}/session/end`), portalUrl);
    if (page.kind !== "page") throw new Error("expected a confirmation page");
    expect(page.html).toMatch(/Vill du logga ut\?/);
    expect(page.html).not.toContain("<script>");
  });

  it("stops honouring a revoked refresh token, and only its own client may revoke or inspect it", async () => {
    const result = await loginWithCode({ issuer, ...portal, persona: "anna" });
    const config = await discover({ issuer, ...portal });
    const other = await discover({ issuer, ...admin });
    expect((await client.tokenIntrospection(other, result.refreshToken)).active).toBe(false);
    await client.tokenRevocation(other, result.refreshToken);
    expect((await client.tokenIntrospection(config, result.refreshToken)).active).toBe(true);
    await client.tokenRevocation(config, result.refreshToken);
    expect((await client.tokenIntrospection(config, result.refreshToken)).active).toBe(false);
    await expect(client.refreshTokenGrant(config, result.refreshToken)).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("sends the browser back with access_denied when the log-in is cancelled", async () => {
    const { page, jar } = await openLoginPage({ issuer, ...portal });
    const action = /<form class="actions" method="post" action="([^"]+)"/.exec(page.html)?.[1] ?? "";
    const result = await visit(jar, new URL(action, page.url), portal.redirectUri, { method: "POST", form: new URLSearchParams({ intent: "abort" }) });
    if (result.kind !== "redirect") throw new Error(`expected a redirect to the app, got ${result.status}`);
    expect(result.location.searchParams.get("error")).toBe("access_denied");
  });

  it("finishes no log-in for a form posted without the interaction's own cookie", async () => {
    const { page } = await openLoginPage({ issuer, ...portal });
    const { action, form } = loginForms.persona(page, "alva");
    const response = await fetch(action, { method: "POST", body: form, redirect: "manual" });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Inloggningen har gått ut/);
  });
});

describe("a restart with the same DATA_DIR", () => {
  it("keeps the signing key, so tokens issued before the restart still verify", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vardportal-oidc-restart-"));
    try {
      const first = await start(dir);
      const { accessToken } = await loginWithCode({ issuer: first.issuer, ...portal, persona: "ada" });
      const port = Number(new URL(first.issuer).port);
      const kid = JSON.parse(readFileSync(path.join(dir, JWKS_FILE), "utf8")).keys[0].kid as string;
      expect(decodeProtectedHeader(accessToken).kid).toBe(kid);
      await first.close();

      const second = await start(dir, port);
      try {
        expect(second.issuer).toBe(first.issuer);
        const published = (await (await fetch(`${second.issuer}/jwks`)).json()) as { keys: { kid: string; d?: string }[] };
        expect(published.keys.map((k) => k.kid)).toEqual([kid]);
        expect(published.keys[0]).not.toHaveProperty("d");
        const { payload } = await jwtVerify(accessToken, createRemoteJWKSet(new URL(`${second.issuer}/jwks`)), {
          issuer: second.issuer,
          audience,
          typ: "at+jwt",
        });
        expect(payload.sub).toBe("ada");
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
