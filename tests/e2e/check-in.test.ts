import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launchBrowser, recordForeignRequests, waitForText } from "../support/browser.js";

/**
 * "Checka in" in a real browser against the whole stack (e-services reaching the fees ledger on its
 * internal listener, decision 012). The seed puts Anna's visits 20 minutes and 3 hours after the stack
 * started: the first is open for check-in, the second still counting down.
 */
const portalUrl = inject("portalUrl");
const oidcIssuer = inject("oidcIssuer");
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function logInFromHeader(page: Page, persona: string) {
  await page.goto(portalUrl);
  await page.getByTestId("user-menu").getByRole("link", { name: "Logga in" }).click();
  await page.waitForURL((url) => url.origin === new URL(oidcIssuer).origin);
  await page.locator(`button[name="persona"][value="${persona}"]`).click();
  await page.waitForURL((url) => url.origin === new URL(portalUrl).origin);
}

describe("Checka in", () => {
  it("Anna checks in her visit due in 20 minutes with an invoice and sees the receipt with its reference", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign = recordForeignRequests(page, "http://127.0.0.1:");
    await logInFromHeader(page, "anna");

    const nav = page.getByRole("navigation", { name: "Huvudmeny" });
    await nav.getByRole("link", { name: "Checka in" }).click();
    await page.waitForURL(`${portalUrl}/checka-in`);
    await page.getByRole("heading", { level: 1, name: "Checka in" }).waitFor();
    await expect.poll(() => page.title()).toMatch(/^Checka in — /);

    const visits = page.locator("main").getByRole("listitem");
    const soon = visits.nth(0);
    expect(plain(await soon.innerText())).toContain("Öppen för incheckning");
    expect(plain(await soon.innerText())).toContain("Avgift: 300 kr");
    // The second visit is three hours on: today only when the stack started before 21:00 Swedish time.
    if ((await visits.count()) > 1) {
      const later = visits.nth(1);
      expect(plain(await later.innerText())).toMatch(/Incheckningen öppnar kl\. \d\d\.\d\d, om (2 timmar och \d+ minuter|\d+ timmar?)/);
      expect(await later.getByRole("button").count()).toBe(0);
    }
    expect(await soon.getByTestId("lokal-betalning").innerText()).toContain("inga pengar dras");
    expect(await axeViolations(page)).toEqual([]);

    // Without a choice the server refuses with a message beside the form; nothing is checked in.
    await soon.getByRole("button", { name: "Checka in" }).click();
    await expect.poll(() => soon.getByRole("alert").innerText()).toContain("Välj hur du vill betala");
    expect(new URL(page.url()).pathname).toBe("/checka-in");

    await soon.getByLabel("Mot faktura").check();
    await soon.getByRole("button", { name: "Checka in" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/checka-in/kvitto/"));
    await waitForText(page, "Du är incheckad");
    const receipt = plain(await page.locator("main").innerText());
    expect(receipt).toContain("Du är incheckad");
    expect(receipt).toContain("Faktura");
    expect(receipt).toContain("300 kr");
    expect(await page.getByTestId("fakturareferens").innerText()).toMatch(/^\d{16}$/);
    expect(await axeViolations(page)).toEqual([]);

    // Back on the page the visit is done and links the same receipt; checking in again is not offered.
    const receiptPath = new URL(page.url()).pathname;
    await page.goto(`${portalUrl}/checka-in`);
    const done = page.locator("main").getByRole("listitem").nth(0);
    expect(plain(await done.innerText())).toContain("Incheckad");
    expect(await done.getByRole("link", { name: "Visa kvittot" }).getAttribute("href")).toBe(receiptPath);
    expect(await done.getByRole("button").count()).toBe(0);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("without JavaScript, Gustav confirms his 9-year-old's free visit; his 14-year-old's visit is not his to see", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${portalUrl}/checka-in`);
    await page.locator('button[name="persona"][value="gustav"]').click();
    await page.waitForURL(`${portalUrl}/checka-in`);
    const visits = page.locator("main").getByRole("listitem");
    expect(await visits.count()).toBe(1);
    const alice = visits.nth(0);
    expect(plain(await alice.innerText())).toContain("för Alice Lindqvist");
    expect(plain(await page.locator("main").innerText())).not.toContain("Oskar");
    // Children and young people under 20 pay nothing: the visit is confirmed, not paid.
    await alice.getByRole("button", { name: "Bekräfta att du är här" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/checka-in/kvitto/"));
    await waitForText(page, "Ingen avgift att betala");
    const receipt = plain(await page.locator("main").innerText());
    expect(receipt).toContain("Ingen avgift att betala");
    expect(receipt).toContain("Alice Lindqvist");
    await context.close();
  });

  it("someone else's receipt is not found, and an anonymous visitor is sent to log in", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${portalUrl}/checka-in`);
    expect(new URL(page.url()).origin).toBe(new URL(oidcIssuer).origin);
    expect(response?.ok()).toBe(true);
    await page.locator('button[name="persona"][value="erik"]').click();
    await page.waitForURL(`${portalUrl}/checka-in`);
    const missing = await page.goto(`${portalUrl}/checka-in/kvitto/00000000-0000-0000-0000-000000000000`);
    expect(missing?.status()).toBe(404);
    expect(plain(await page.locator("main").innerText())).toContain("Kvittot finns inte");
    await context.close();
  });

  it("the nav item is there only for a signed-in resident", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(portalUrl);
    expect(await page.getByRole("navigation", { name: "Huvudmeny" }).innerText()).not.toContain("Checka in");
    await context.close();
  });
});
