import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launchBrowser, recordForeignRequests } from "../support/browser.js";

const portalUrl = inject("portalUrl");
const oidcIssuer = inject("oidcIssuer");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function logInAs(page: Page, persona: string, path = "/") {
  await page.goto(`${portalUrl}/auth/login?${new URLSearchParams({ returnTo: path })}`);
  await page.waitForURL((url) => url.origin === new URL(oidcIssuer).origin);
  await page.locator(`button[name="persona"][value="${persona}"]`).click();
  await page.waitForURL((url) => url.origin === new URL(portalUrl).origin);
}

/** Presses Tab until the header's search box has focus, as a keyboard user gets there. */
async function tabToSearchBox(page: Page) {
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.getAttribute("role") === "combobox")) return;
  }
  throw new Error("The search box was not reached with Tab");
}

const seriousOrCritical = (violations: Awaited<ReturnType<typeof axeViolations>>) =>
  violations.filter((v) => v.impact === "serious" || v.impact === "critical");

describe("search in a real browser", () => {
  it("a resident searches with the keyboard only, through the combobox, and reaches a unit page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign = recordForeignRequests(page, "http://127.0.0.1:");
    await logInAs(page, "anna");
    // Wait for hydration: the box becomes a combobox only with JavaScript.
    await page.locator('header input[role="combobox"]').waitFor();
    await page.locator("body").focus();
    await tabToSearchBox(page);
    const box = page.locator('header input[role="combobox"]');
    await expect.poll(() => box.getAttribute("aria-expanded")).toBe("false");

    await page.keyboard.type("kalix häls", { delay: 30 });
    const listbox = page.locator(`#${await box.getAttribute("aria-controls")}`);
    await listbox.getByRole("option").first().waitFor();
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator('header [role="status"]').innerText()).toMatch(/\d+ förslag/);

    await page.keyboard.press("ArrowDown");
    const activeId = await box.getAttribute("aria-activedescendant");
    expect(activeId).toBeTruthy();
    const active = page.locator(`#${activeId}`);
    expect(await active.getAttribute("aria-selected")).toBe("true");
    expect(await active.innerText()).toContain("Kalix hälsocentral");
    // Focus stays in the field while the option is chosen.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("combobox");

    await page.keyboard.press("Escape");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("ArrowDown");
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname.startsWith("/hitta-vard/"));
    await page.getByRole("heading", { level: 1, name: /Kalix hälsocentral/ }).waitFor();
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("Enter without a chosen suggestion searches: the results page, with facets that keep the words", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(portalUrl);
    const box = page.locator('header input[role="combobox"]');
    await box.waitFor();
    await box.fill("vårdcentral");
    await box.press("Enter");
    await page.waitForURL((url) => url.pathname === "/sok");
    expect(new URL(page.url()).searchParams.get("q")).toBe("vårdcentral");
    const facets = page.getByRole("navigation", { name: "Visa träffar av typ" });
    expect(await facets.getByRole("link", { name: /^Alla/ }).getAttribute("aria-current")).toBe("page");
    await facets.getByRole("link", { name: /^Vårdenheter/ }).click();
    await page.waitForURL((url) => url.searchParams.get("typ") === "vardenheter");
    expect(new URL(page.url()).searchParams.get("q")).toBe("vårdcentral");
    expect(await page.getByTestId("sokresultat").getByRole("listitem").count()).toBeGreaterThan(0);
    await context.close();
  });

  it("a nurse finds a staff guideline that a resident's identical search does not show", async () => {
    const nurse = await browser.newContext();
    const nursePage = await nurse.newPage();
    await logInAs(nursePage, "nils", "/sok?q=f%C3%B6rsegla");
    const nurseResults = await nursePage.locator("main").innerText();
    expect(nurseResults).toContain("Försegla journalen på vårdens initiativ");
    const link = nursePage.getByTestId("sokresultat").getByRole("link", { name: /Försegla journalen/ });
    expect(await link.getAttribute("href")).toMatch(/^\/riktlinjer\//);

    const resident = await browser.newContext();
    const residentPage = await resident.newPage();
    await logInAs(residentPage, "anna", "/sok?q=f%C3%B6rsegla");
    const residentResults = await residentPage.locator("main").innerText();
    expect(residentResults).not.toContain("Försegla journalen");
    // The resident still finds the guideline written for residents that mentions the word.
    expect(residentResults).toContain("Så stänger du din journal");
    const count = (text: string) => Number(/(\d+) träff/.exec(text)?.[1]);
    expect(count(nurseResults)).toBeGreaterThan(count(residentResults));
    // Not through the suggestions either.
    const suggestions = await residentPage.evaluate(async () => (await fetch("/sok/forslag?q=f%C3%B6rsegla")).json());
    expect(JSON.stringify(suggestions)).not.toContain("Försegla");
    await nurse.close();
    await resident.close();
  });

  it("works without JavaScript: the header form submits to /sok, results, facets, a misspelling and the empty state", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const foreign = recordForeignRequests(page, "http://127.0.0.1:");
    await page.goto(portalUrl);
    const box = page.getByRole("search", { name: "Sök på webbplatsen" }).first().getByRole("textbox");
    expect(await box.getAttribute("role")).toBeNull(); // a plain field: no combobox without the script
    await box.fill("tandvård");
    await box.press("Enter");
    await page.waitForURL((url) => url.pathname === "/sok");
    expect(await page.getByRole("heading", { level: 2, name: /träff(ar)?$/ }).innerText()).toMatch(/^\d+ träff/);
    expect(await page.getByTestId("sokresultat").getByRole("listitem").count()).toBeGreaterThan(0);
    expect(await page.locator("[data-testid=sokresultat] mark").count()).toBeGreaterThan(0);

    await page.goto(`${portalUrl}/sok?q=v%C3%A5rdcentarl`);
    expect(await page.getByTestId("visar-resultat-for").innerText()).toContain("vårdcentral");

    await page.goto(`${portalUrl}/sok?q=xyzzyqwerty`);
    expect(await page.locator("main").innerText()).toContain("Inga träffar");

    const response = await page.goto(`${portalUrl}/sok?q=${"a".repeat(201)}`);
    expect(response?.status()).toBe(400);
    expect(await page.locator("#sok-q").getAttribute("aria-invalid")).toBe("true");
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("axe finds nothing serious or critical on /sok: empty, with results, with an error, and with the suggestions open", async () => {
    // bypassCSP: axe is injected as an inline script.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const path of ["/sok", "/sok?q=v%C3%A5rdcentral", "/sok?q=v%C3%A5rdcentral&typ=vardenheter", "/sok?q=xyzzy", `/sok?q=${"a".repeat(201)}`]) {
      await page.goto(`${portalUrl}${path}`);
      expect(seriousOrCritical(await axeViolations(page)), path).toEqual([]);
    }
    await page.goto(`${portalUrl}/sok`);
    const box = page.locator('header input[role="combobox"]');
    await box.waitFor();
    await box.fill("kalix");
    await page.locator('[role="listbox"] [role="option"]').first().waitFor();
    await page.keyboard.press("ArrowDown");
    expect(seriousOrCritical(await axeViolations(page)), "suggestions open").toEqual([]);
    await context.close();
  });
});
