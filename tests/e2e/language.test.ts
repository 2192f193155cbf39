import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.js";
import { swedishLeftovers } from "../support/language.js";
import { loginWithCode } from "../oidc/login.js";

/**
 * Two languages (issue 12, decision 024): English under /en, the switch remembers the choice, `<html lang>`
 * is always right, and an English page that must show Swedish content marks it (issue 9).
 */
const portalUrl = inject("portalUrl");
const gatewayUrl = inject("gatewayUrl");
const oidcIssuer = inject("oidcIssuer");

async function logInAs(page: Page, persona: string, path: string) {
  await page.goto(`${portalUrl}/auth/login?${new URLSearchParams({ returnTo: path })}`);
  await page.waitForURL((url) => url.origin === new URL(oidcIssuer).origin);
  await page.locator(`button[name="persona"][value="${persona}"]`).click();
  await page.waitForURL((url) => url.origin === new URL(portalUrl).origin);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const h1 = (page: Page) => page.locator("h1").first().innerText();

async function gateway<T>(query: string, token?: string): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(gatewayUrl, { method: "POST", headers, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data: T };
  return body.data;
}

describe("two languages in a real browser", () => {
  it("the switch opens the same page in English, remembers it, and switches back", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${portalUrl}/avgifter`);
    expect(await htmlLang(page)).toBe("sv");
    await page.getByTestId("language-switch").click();
    await page.waitForURL(`${portalUrl}/en/avgifter`);
    expect(await htmlLang(page)).toBe("en");
    expect(await page.getByTestId("language-switch").innerText()).toBe("Svenska");
    // The navigation is in English and keeps the reader in English.
    await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Find care" }).click();
    await page.waitForURL(`${portalUrl}/en/hitta-vard`);
    expect(await htmlLang(page)).toBe("en");

    // Remembered: the bare address (a bookmark, the domain) opens in English.
    await page.goto(`${portalUrl}/`);
    expect(new URL(page.url()).pathname).toBe("/en");
    expect(await htmlLang(page)).toBe("en");
    await page.goto(`${portalUrl}/e-tjanster`);
    expect(new URL(page.url()).pathname).toBe("/en/e-tjanster");

    // Back to Swedish, and that is remembered too.
    await page.getByTestId("language-switch").click();
    await page.waitForURL(`${portalUrl}/e-tjanster`);
    expect(await htmlLang(page)).toBe("sv");
    await page.goto(`${portalUrl}/`);
    expect(new URL(page.url()).pathname).toBe("/");
    await context.close();
  });

  it("every page of the English menu opens by client-side navigation, without a reload or an error", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${portalUrl}/en`);
    await page.locator('header input[role="combobox"]').waitFor();
    const menu = page.getByRole("navigation", { name: "Main menu" });
    const hrefs = await menu.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of [...hrefs, "/en/tillganglighet", "/en"]) {
      // A marker on window survives client-side navigation only: a reload (the fallback when a route fails) drops it.
      await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
      await page.locator(`a[href="${href}"]`).first().click();
      await page.waitForURL(`${portalUrl}${href}`);
      await page.locator("h1").first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker), href).toBe(true);
      expect(await htmlLang(page)).toBe("en");
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it("works without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${portalUrl}/hitta-vard`);
    await page.getByTestId("language-switch").click();
    await page.waitForURL(`${portalUrl}/en/hitta-vard`);
    expect(await htmlLang(page)).toBe("en");
    await context.close();
  });

  it("an address that is not a page is our 404 in the address's language; an unknown language is a 404", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let response = await page.goto(`${portalUrl}/en/finns-inte`);
    expect(response?.status()).toBe(404);
    expect(await htmlLang(page)).toBe("en");
    expect(await h1(page)).toBe("Page not found");
    response = await page.goto(`${portalUrl}/finns-inte`);
    expect(response?.status()).toBe(404);
    expect(await h1(page)).toBe("Sidan finns inte");
    response = await page.goto(`${portalUrl}/de/avgifter`);
    expect(response?.status()).toBe(404);
    await context.close();
  });

  it("says in its head where the other language is", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${portalUrl}/en/avgifter`);
    const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) =>
      links.map((l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`),
    );
    expect(alternates.sort()).toEqual(["en /en/avgifter", "sv /avgifter"]);
    await context.close();
  });

  it("an English page showing content with no English marks it as Swedish, visibly and for screen readers", async () => {
    type Text = { sv: string; en: string | null };
    // Staff guidance is mostly written in Swedish only: a nurse reads one on an English page.
    const token = (await loginWithCode({ issuer: oidcIssuer, clientId: "vardportal-portal", clientSecret: "local-portal-secret", redirectUri: `${portalUrl}/auth/callback`, persona: "nils" })).accessToken;
    const data = await gateway<{ guidelines: { edges: { node: { slug: string; title: Text; body: Text } }[] } }>(
      "{ guidelines(first: 50) { edges { node { slug title { sv en } body { sv en } } } } }",
      token,
    );
    const untranslated = data.guidelines.edges.map((e) => e.node).find((g) => !g.body.en);
    expect(untranslated, "the seed has a staff guideline without an English body").toBeDefined();
    const context = await browser.newContext();
    const page = await context.newPage();
    await logInAs(page, "nils", `/en/riktlinjer/${untranslated!.slug}`);
    await page.waitForURL(`${portalUrl}/en/riktlinjer/${untranslated!.slug}`);
    expect(await htmlLang(page)).toBe("en");
    // The notice says so in English, and the body is marked Swedish for screen readers.
    expect(await page.locator('[data-fallback="sv"]').first().innerText()).toMatch(/only available in Swedish|in Swedish/);
    const body = page.locator('[data-content][lang="sv"]');
    expect(await body.count()).toBeGreaterThan(0);
    expect((await body.last().innerText()).length).toBeGreaterThan(20);
    // The same page in Swedish has no marks.
    await page.goto(`${portalUrl}/riktlinjer/${untranslated!.slug}`);
    expect(await page.locator('[data-fallback="sv"]').count()).toBe(0);
    await context.close();
  });

  it("the public English pages carry no Swedish interface words", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const paths = ["/en", "/en/hitta-vard", "/en/avgifter", "/en/e-tjanster", "/en/journalen", "/en/arkiv", "/en/journalkopia", "/en/tillganglighet", "/en/sok?q=kalix"];
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(`${portalUrl}${path}`);
      expect(await htmlLang(page), path).toBe("en");
      for (const left of await swedishLeftovers(page)) problems.push(`${path}: ${left.text} (${left.where})`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
