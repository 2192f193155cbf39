import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launchBrowser } from "../support/browser.js";

const adminUrl = inject("adminUrl");
const oidcIssuer = inject("oidcIssuer");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function logInToAdmin(page: Page, persona: string) {
  await page.goto(`${adminUrl}/import`);
  await page.waitForURL((url) => url.origin === new URL(oidcIssuer).origin);
  await page.locator(`button[name="persona"][value="${persona}"]`).click();
  await page.waitForURL((url) => url.origin === new URL(adminUrl).origin);
}

/** How many care units the admin's list finds for a search. */
async function unitsMatching(page: Page, search: string): Promise<string> {
  await page.goto(`${adminUrl}/innehall/vardenheter?q=${encodeURIComponent(search)}`);
  return page.getByRole("status").filter({ hasText: /träff/ }).innerText();
}

describe("CSV import in the admin", () => {
  it("a file with one bad row writes nothing and names the row", async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await logInToAdmin(page, "erik");
    const tag = Date.now().toString(36).toUpperCase();
    const csv = [
      "hsaId;name;kind;municipality;region;description_sv",
      `SE2321000230-OK${tag};Importprov ${tag};HEALTH_CENTRE;Luleå;Norrbotten;En enhet som bara finns i testet.`,
      `inte-ett-hsa-id;Importprov trasig ${tag};HEALTH_CENTRE;Luleå;Norrbotten;Raden med fel.`,
    ].join("\r\n");

    await page.getByLabel("Vårdenheter").check();
    await page.getByLabel(/CSV-fil/).setInputFiles({ name: "vardenheter.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`, "utf8") });
    await page.getByRole("button", { name: "Kontrollera filen" }).click();

    const check = page.getByTestId("import-check");
    await check.waitFor();
    expect(await check.getByRole("status").innerText()).toBe("1 av 2 rader har fel. Inget har importerats.");
    const rows = await check.getByRole("table", { name: "Fel per rad" }).getByRole("row").allInnerTexts();
    expect(rows).toHaveLength(2); // the header and the one bad row
    expect(rows[1]).toMatch(/^2\s+3\s+hsaId\s+Ett HSA-id är SE/);
    expect(await check.getByRole("button", { name: /Importera/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Nothing was written: not even the good row's unit.
    expect(await unitsMatching(page, `Importprov ${tag}`)).toBe("0 träffar");
    await context.close();
  });
});
