import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, launchBrowser, recordForeignRequests } from "../support/browser.js";

const portalUrl = inject("portalUrl");
const adminUrl = inject("adminUrl");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the portal home page, in a real browser against the real stack", () => {
  it("shows care units and the fee table, fetched through the gateway from two subgraphs", async () => {
    const page = await browser.newPage();
    const foreign = recordForeignRequests(page, portalUrl);
    const response = await page.goto(portalUrl);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/Sunderby sjukhus|vårdcentral/i);
    expect(text).toMatch(/300\s*kr/);
    expect(text).toMatch(/Avgiftsfritt|0\s*kr/);
    expect(text).not.toMatch(/kan inte visas just nu/);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("has no WCAG 2.1 AA violations that axe can find", async () => {
    const page = await browser.newPage();
    await page.goto(portalUrl);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("answers an unknown address with a 404 page in Swedish", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${portalUrl}/finns-inte-alls`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").innerText()).toMatch(/finns inte/i);
    await page.close();
  });

  it("the skip link moves keyboard focus to the main content", async () => {
    const page = await browser.newPage();
    await page.goto(portalUrl);
    await page.keyboard.press("Tab");
    const first = page.locator(":focus");
    expect(await first.innerText()).toMatch(/Till huvudinnehållet/);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => location.hash)).toBe("#huvudinnehall");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("huvudinnehall");
    await page.close();
  });

  it("the admin CMS is served: its accessibility statement to anyone, everything else after log-in", async () => {
    const page = await browser.newPage();
    const statement = await page.goto(`${adminUrl}/tillganglighet`);
    expect(statement?.status()).toBe(200);
    expect(await page.locator("body").innerText()).toMatch(/Redaktörsverktyg/);
    await page.goto(adminUrl);
    expect(new URL(page.url()).origin).not.toBe(new URL(adminUrl).origin);
    expect(await page.locator("h1").innerText()).toMatch(/Testinloggning/);
    await page.close();
  });
});
