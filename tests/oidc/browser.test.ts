import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as client from "openid-client";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchBrowser, recordForeignRequests } from "../support/browser.js";
import { discover } from "./login.js";
import { personasOn } from "./personas.js";
import { startOidcServer, type OidcServer } from "./server.js";

const portalUrl = "http://127.0.0.1:3000";
const portal = { clientId: "vardportal-portal", clientSecret: "local-portal-secret", redirectUri: `${portalUrl}/auth/callback` };

let dataDir: string;
let server: OidcServer;
let browser: Browser;
let config: client.Configuration;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "vardportal-oidc-browser-"));
  server = await startOidcServer({
    host: "127.0.0.1",
    port: 0,
    dataDir,
    audience: "urn:vardportal:gateway",
    accessTokenTtl: 600,
    portalUrl,
    adminUrl: "http://127.0.0.1:3001",
    portalClientSecret: portal.clientSecret,
    adminClientSecret: "local-admin-secret",
  });
  config = await discover({ issuer: server.issuer, ...portal });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The portal is not running here: its pages are answered in the browser, so nothing leaves it. */
async function newPage(options: { bypassCSP: boolean }): Promise<Page> {
  const context = await browser.newContext(options);
  await context.route(`${portalUrl}/**`, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>portal</title>" }));
  return context.newPage();
}

async function authorizationUrl() {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: portal.redirectUri,
    scope: "openid profile vardportal offline_access",
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
  });
  return { url, codeVerifier, state };
}

describe("the log-in pages in a real browser", () => {
  it("pass axe (WCAG 2.1 AA), reach every persona by keyboard and load nothing from elsewhere", async () => {
    // axe is injected as a script tag, which the pages' own CSP rightly refuses; only this context lets it in.
    const page = await newPage({ bypassCSP: true });
    const foreign = recordForeignRequests(page, server.issuer);
    await page.goto((await authorizationUrl()).url.href);
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    expect(await axeViolations(page)).toEqual([]);

    const reached: string[] = [];
    for (let i = 0; i < personasOn().length; i++) {
      await page.keyboard.press("Tab");
      reached.push((await page.evaluate(() => document.activeElement?.getAttribute("value"))) ?? "");
    }
    expect(reached).toEqual(personasOn().map((p) => p.id));

    await page.fill("#personnummer", "19121212-1213");
    await page.getByRole("button", { name: /^Logga in/ }).click();
    await page.waitForSelector("#personnummer-error");
    expect(await page.getAttribute("#personnummer", "aria-invalid")).toBe("true");
    expect(await page.inputValue("#personnummer")).toBe("19121212-1213");
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign.filter((url) => !url.startsWith(portalUrl))).toEqual([]);
  });

  it("logs in with a click and logs out again without a confirmation page, under the pages' CSP", async () => {
    const page = await newPage({ bypassCSP: false });
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") blocked.push(message.text());
    });
    const { url, codeVerifier, state } = await authorizationUrl();
    await page.goto(url.href);
    await page.click('button[value="anna"]');
    await page.waitForURL(`${portal.redirectUri}?**`);
    const tokens = await client.authorizationCodeGrant(config, new URL(page.url()), { pkceCodeVerifier: codeVerifier, expectedState: state });

    const logout = client.buildEndSessionUrl(config, { id_token_hint: tokens.id_token ?? "", post_logout_redirect_uri: `${portalUrl}/auth/logged-out` });
    await page.goto(logout.href);
    await page.waitForURL(`${portalUrl}/auth/logged-out`);
    expect(blocked).toEqual([]);

    await page.goto((await authorizationUrl()).url.href);
    expect(await page.locator('button[value="anna"]').count()).toBe(1);
  });
});
