import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.js";
import { startOwnStack, type OwnStack } from "./support/own-stack.js";

/**
 * The Content-Security-Policy in a real browser: on the main pages of the portal and the admin, anonymous and
 * signed in, the browser reports no violation (`securitypolicyviolation` events and console messages), the page
 * hydrates (Remix's nonced inline scripts ran: a client-side navigation works) and log-out, whose form is
 * redirected on to the identity provider, is not blocked by `form-action`. Also: the session cookie is Secure in
 * production, and the browser still keeps it on http://127.0.0.1 (a secure context).
 */
let stack: OwnStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startOwnStack({ appEnv: { NODE_ENV: "production" } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

type Recorder = { violations: string[] };

async function recordingPage(context: BrowserContext): Promise<{ page: Page; recorder: Recorder }> {
  const recorder: Recorder = { violations: [] };
  await context.exposeBinding("__reportViolation", (_source, text: string) => {
    recorder.violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) recorder.violations.push(message.text());
    // A hydration mismatch makes React re-create elements without their nonce: it would show up as violations.
    if (/Minified React error #(418|423|425)/.test(message.text())) recorder.violations.push(`hydration: ${message.text().slice(0, 120)}`);
  });
  return { page, recorder };
}

async function logIn(page: Page, appUrl: string, persona: string, path: string) {
  await page.goto(`${appUrl}/auth/login?returnTo=${encodeURIComponent(path)}`);
  await page.waitForURL((url) => url.origin === new URL(stack.oidcIssuer).origin);
  await page.locator(`button[name="persona"][value="${persona}"]`).click();
  await page.waitForURL((url) => url.origin === new URL(appUrl).origin && url.pathname === path);
}

/** Visits each path, waits until the page is quiet, and checks that hydration happened. */
async function visitAll(page: Page, appUrl: string, paths: string[]) {
  for (const path of paths) {
    const response = await page.goto(`${appUrl}${path}`, { waitUntil: "networkidle" });
    expect(response?.status(), path).toBeLessThan(500);
    expect(response?.headers()["content-security-policy"], path).toContain("'nonce-");
    // Remix hydrated: its router is on window only after the nonced module script ran.
    expect(await page.evaluate(() => "__remixRouter" in window), `${path} hydrated`).toBe(true);
  }
}

const publicPages = ["/", "/hitta-vard", "/hitta-vard?q=v%C3%A5rdcentral", "/hitta-vard/SE2321000230-EX17", "/avgifter", "/e-tjanster", "/tillganglighet", "/sida-som-inte-finns"];

describe("the Content-Security-Policy in a browser", () => {
  it("anonymous: the main portal pages report no violation and hydrate; a client-side navigation works", async () => {
    const context = await browser.newContext();
    const { page, recorder } = await recordingPage(context);
    await visitAll(page, stack.portalUrl, publicPages);
    await page.goto(stack.portalUrl, { waitUntil: "networkidle" });
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: /Avgifter/ }).click();
    await page.waitForURL(`${stack.portalUrl}/avgifter`);
    expect(recorder.violations).toEqual([]);
    await context.close();
  });

  it("a script slipped into the page without the nonce does not run, and the browser reports it", async () => {
    const context = await browser.newContext();
    const { page, recorder } = await recordingPage(context);
    await page.goto(`${stack.portalUrl}/avgifter`, { waitUntil: "networkidle" });
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true;";
      document.body.append(script);
      const handler = document.createElement("img");
      handler.setAttribute("onerror", "window.__injected = true;");
      handler.src = "data:,broken";
      document.body.append(handler);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect(recorder.violations.some((v) => v.startsWith("script-src"))).toBe(true);
    await context.close();
  });

  it("signed in (a resident, a nurse, an archivist): their pages report no violation; log-out reaches the provider", async () => {
    const plan: Array<[string, string, string[]]> = [
      ["anna", "/mina-sidor", ["/", "/mina-sidor", "/mina-arenden", "/checka-in", "/journalkopia", "/journalatkomst", "/journalen", "/avgifter"]],
      ["nils", "/personal", ["/personal", "/riktlinjer", "/hitta-vard/SE2321000230-EX17"]],
      ["ada", "/arkiv", ["/arkiv", "/arkiv/arenden", "/arkiv/statistik", "/arkiv/register"]],
    ];
    for (const [persona, first, paths] of plan) {
      const context = await browser.newContext();
      const { page, recorder } = await recordingPage(context);
      await logIn(page, stack.portalUrl, persona, first);
      const cookie = (await context.cookies(stack.portalUrl)).find((c) => c.name === "vp_session");
      expect(cookie, `${persona}'s session cookie`).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
      await visitAll(page, stack.portalUrl, paths);
      if (persona === "nils") {
        // A guideline page has the one inline <style> element (its print view): it carries the nonce.
        await page.goto(`${stack.portalUrl}/riktlinjer`);
        const href = await page.locator('main a[href^="/riktlinjer/"]').first().getAttribute("href");
        expect(href).toBeTruthy();
        await visitAll(page, stack.portalUrl, [href!]);
        // Browsers hide a nonce from the attribute once applied; the element keeps it as a property. An element
        // React had re-created in the browser would have none (and be blocked).
        const styleNonces = await page.evaluate(() => Array.from(document.querySelectorAll("style"), (style) => style.nonce ?? ""));
        expect(styleNonces.length).toBeGreaterThan(0);
        expect(styleNonces.every((nonce) => nonce.length > 0)).toBe(true);
      }
      if (persona === "anna") {
        await page.goto(`${stack.portalUrl}/mina-sidor`);
        await page.getByRole("button", { name: "Logga ut" }).first().click();
        await page.waitForURL(`${stack.portalUrl}/auth/logged-out`);
      }
      expect(recorder.violations, persona).toEqual([]);
      await context.close();
    }
  });

  it("the admin: an editor's pages report no violation", async () => {
    const context = await browser.newContext();
    const { page, recorder } = await recordingPage(context);
    await logIn(page, stack.adminUrl, "erik", "/");
    await visitAll(page, stack.adminUrl, ["/", "/tillganglighet"]);
    expect(recorder.violations).toEqual([]);
    await context.close();
  });
});
