import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { axeViolations, launchBrowser, recordForeignRequests, waitForText } from "../support/browser.js";

const portalUrl = inject("portalUrl");
const oidcIssuer = inject("oidcIssuer");

const SUNDERBY_ED = "SE2321000230-EX01";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function freshContext(options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  return { context, page: await context.newPage() };
}

/** Logs in through the local identity provider as a persona and comes back to the page asked for. */
async function logInAt(page: Page, persona: string, path: string) {
  await page.goto(`${portalUrl}/auth/login?${new URLSearchParams({ returnTo: path })}`);
  await page.waitForURL((url) => url.origin === new URL(oidcIssuer).origin);
  await page.locator(`button[name="persona"][value="${persona}"]`).click();
  await page.waitForURL((url) => url.origin === new URL(portalUrl).origin && url.pathname === path);
}

const main = (page: Page) => page.locator("main").innerText();

describe("Hitta vård, in a real browser against the real stack", () => {
  it("finds a unit by municipality and opens its page: hours first, then the week, directions, phone and fees", async () => {
    const { context, page } = await freshContext();
    const foreign = recordForeignRequests(page, portalUrl);
    await page.goto(portalUrl);
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Hitta vård" }).click();
    await page.waitForURL(`${portalUrl}/hitta-vard`);
    // A client-side navigation changes the address a moment before the new page is drawn.
    await page.getByRole("heading", { level: 1, name: "Hitta vård" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("Kommun").selectOption("Kalix");
    await page.getByRole("button", { name: "Sök" }).click();
    await page.waitForURL((url) => url.searchParams.get("kommun") === "Kalix");
    await waitForText(page, "Visar 1–2 av 2");
    const results = await page.locator("#sokresultat-rubrik + div").innerText();
    expect(results).toMatch(/Visar 1–2 av 2 vårdenheter/);
    expect(results).toContain("Kalix hälsocentral");
    expect(results).toContain("Kalix sjukhus, specialistmottagning");
    expect(results).toMatch(/Öppet nu|Stängt/);
    expect(await page.getByLabel("Kommun").inputValue()).toBe("Kalix");

    await page.getByRole("link", { name: "Kalix hälsocentral" }).click();
    await page.waitForURL(`${portalUrl}/hitta-vard/SE2321000230-EX17`);
    await waitForText(page, "Kommande sju dagar");
    expect(await page.locator("h1").innerText()).toBe("Kalix hälsocentral");
    expect(await page.title()).toMatch(/^Kalix hälsocentral — /);
    const text = await main(page);
    expect(text.indexOf("Idag,")).toBeLessThan(text.indexOf("Kommande sju dagar"));
    expect(text.indexOf("Kommande sju dagar")).toBeLessThan(text.indexOf("Avvikande öppettider"));
    expect(text).toMatch(/Öppet nu|Stängt/);
    expect(text).toContain("Exempeluppgifter");
    expect(text).toMatch(/mån–fre\s+08:00–17:00/);
    expect(text).toMatch(/300\s*kr/);
    expect(text).not.toMatch(/kan inte visas just nu/);
    expect(text).not.toContain("interna kontaktvägar");
    const directions = page.getByRole("link", { name: /Vägbeskrivning/ });
    expect(await directions.getAttribute("href")).toMatch(/^https:\/\/www\.openstreetmap\.org\/directions\?to=65\.\d+%2C23\.\d+$/);
    expect(await page.getByRole("link", { name: "0920-28 40 00" }).getAttribute("href")).toBe("tel:0920284000");
    expect(await page.locator("table caption").allInnerTexts()).toContain("Öppettider de kommande sju dagarna, med helgdagar och avvikelser");
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("searches without JavaScript: the form is a GET form, and the filters are in the URL", async () => {
    const { context, page } = await freshContext({ javaScriptEnabled: false });
    await page.goto(`${portalUrl}/hitta-vard`);
    await page.getByLabel("Typ av vårdenhet").selectOption("EMERGENCY_DEPARTMENT");
    await page.getByLabel("Bara vårdenheter som har öppet nu").check();
    await page.getByRole("button", { name: "Sök" }).click();
    await page.waitForURL((url) => url.searchParams.get("typ") === "EMERGENCY_DEPARTMENT" && url.searchParams.get("oppet") === "ja");
    const text = await main(page);
    expect(text).toMatch(/Visar 1–3 av 3 vårdenheter/);
    expect(text.match(/Öppet dygnet runt/g)).toHaveLength(3);
    expect(await page.getByLabel("Bara vårdenheter som har öppet nu").isChecked()).toBe(true);
    await context.close();
  });

  it("pages through the region's units with 'Visar 1–20 av N' and the next page's cursor in the URL", async () => {
    const { context, page } = await freshContext();
    await page.goto(`${portalUrl}/hitta-vard`);
    const first = (await main(page)).match(/Visar 1–20 av (\d+) vårdenheter/);
    expect(first).not.toBeNull();
    const total = Number(first![1]);
    expect(total).toBeGreaterThan(20);
    await page.getByRole("link", { name: "Nästa sida" }).click();
    await page.waitForURL((url) => url.searchParams.has("efter") && url.searchParams.get("start") === "21");
    await waitForText(page, `Visar 21–${total} av ${total} vårdenheter`);
    expect(await page.getByRole("link", { name: "Nästa sida" }).count()).toBe(0);
    await page.getByRole("link", { name: "Till första sidan" }).click();
    await page.waitForURL(`${portalUrl}/hitta-vard`);
    await waitForText(page, `Visar 1–20 av ${total}`);
    await context.close();
  });

  it("sorts nearest first from a town's centre and shows the distance", async () => {
    const { context, page } = await freshContext();
    await page.goto(`${portalUrl}/hitta-vard`);
    await page.getByLabel("Närmast först").check();
    await page.getByLabel("Avstånd från").selectOption("Kiruna");
    await page.getByRole("button", { name: "Sök" }).click();
    await page.waitForURL((url) => url.searchParams.get("fran") === "Kiruna");
    await waitForText(page, "närmast Kiruna centrum först");
    const names = await page.locator("#sokresultat-rubrik + div li h3").allInnerTexts();
    expect(names.slice(0, 2).sort()).toEqual(["Kiruna hälsocentral", "Kiruna sjukhus, akutmottagning"]);
    expect(await main(page)).toMatch(/närmast Kiruna centrum först/);
    expect(await main(page)).toMatch(/\d+(,\d)? km bort/);
    await context.close();
  });

  it("an empty result suggests what to change, and each suggestion is a search that works", async () => {
    const { context, page } = await freshContext();
    await page.goto(`${portalUrl}/hitta-vard?q=tandv%C3%A5rd&kommun=Pajala`);
    expect(await main(page)).toContain("Ingen vårdenhet matchar din sökning.");
    await page.getByRole("link", { name: "Sök i alla kommuner, inte bara Pajala" }).click();
    await page.waitForURL((url) => !url.searchParams.has("kommun"));
    await waitForText(page, "Folktandvården Luleå");
    expect(await page.getByLabel("Kommun").inputValue()).toBe("");
    await context.close();
  });

  it("answers a field that is wrong with 400 and a message beside it, the value kept", async () => {
    const { context, page } = await freshContext();
    const response = await page.goto(`${portalUrl}/hitta-vard?q=${"x".repeat(101)}&sortera=avstand`);
    expect(response?.status()).toBe(400);
    const q = page.getByLabel("Sök på namn, ort eller adress");
    expect(await q.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator(`#${await q.getAttribute("aria-describedby")}`).innerText()).toBe("Skriv högst 100 tecken.");
    expect(await page.locator("#fran-fel").innerText()).toBe("Välj en ort att räkna avståndet från.");
    expect(await main(page)).toContain("Rätta det som är markerat");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("an HSA-id no unit has is a 404 page; text that is not an HSA-id a 400 page that says why", async () => {
    const { context, page } = await freshContext();
    const missing = await page.goto(`${portalUrl}/hitta-vard/SE2321000230-NONE`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator("h1").innerText()).toBe("Vårdenheten finns inte");
    const malformed = await page.goto(`${portalUrl}/hitta-vard/sunderby`);
    expect(malformed?.status()).toBe(400);
    expect(await page.locator("h1").innerText()).toBe("Ogiltigt HSA-id");
    expect(await main(page)).toContain("”sunderby” är inte ett HSA-id");
    expect(await page.title()).toMatch(/^Ogiltigt HSA-id — /);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("the internal contact routes on a unit's page", () => {
  it("a nurse sees them", async () => {
    const { context, page } = await freshContext();
    await logInAt(page, "nils", `/hitta-vard/${SUNDERBY_ED}`);
    const text = await main(page);
    expect(text).toContain("För vårdpersonal: interna kontaktvägar");
    expect(text).toContain("Samordnande sjuksköterska (exempel)");
    expect(text).toContain("070-174 06 05");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("a resident and an anonymous visitor do not", async () => {
    const resident = await freshContext();
    await logInAt(resident.page, "anna", `/hitta-vard/${SUNDERBY_ED}`);
    const anonymous = await freshContext();
    await anonymous.page.goto(`${portalUrl}/hitta-vard/${SUNDERBY_ED}`);
    for (const page of [resident.page, anonymous.page]) {
      const text = await main(page);
      expect(text).toContain("Sunderby sjukhus, akutmottagning");
      expect(text).toContain("Öppet dygnet runt");
      expect(text).not.toContain("interna kontaktvägar");
      expect(text).not.toContain("070-174 06 05");
    }
    await resident.context.close();
    await anonymous.context.close();
  });
});
