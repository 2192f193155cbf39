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

async function logInAs(page: Page, persona: string, path: string) {
  await page.goto(`${portalUrl}${path}`);
  await page.waitForURL((url) => url.origin === new URL(oidcIssuer).origin);
  await page.locator(`button[name="persona"][value="${persona}"]`).click();
  await page.waitForURL((url) => url.origin === new URL(portalUrl).origin);
}

/** The row of the answer table for one party: [e-services, journal]. */
async function row(page: Page, party: string): Promise<string[]> {
  const cells = page.getByRole("row", { name: new RegExp(party) }).getByRole("cell");
  return cells.allInnerTexts();
}

describe("the journal-access tool and the guidelines, as a nurse in a real browser", () => {
  it("describes a family with a 14-year-old and gets the answer per party, with reasons and sources", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign = recordForeignRequests(page, "http://127.0.0.1:");
    await logInAs(page, "nils", "/journalatkomst");
    expect(new URL(page.url()).pathname).toBe("/journalatkomst");

    await page.getByLabel("Region").selectOption("Skåne");
    await page.getByLabel("Dag").fill("2026-11-21");
    await page.getByLabel("Ålder").fill("14");
    await page.locator('input[name="guardians.0.name"]').fill("Maria");
    await page.getByRole("button", { name: "Visa vem som når vad" }).click();
    await page.getByRole("table", { name: "Vad varje part når via nätet" }).waitFor();

    // From 13 the child logs in to e-services; from 13 until 16 nobody reads the journal online unless granted.
    expect(await row(page, "Personen själv")).toEqual(["Ja", "Nej"]);
    expect(await row(page, "Vårdnadshavare: Maria")).toEqual(["Nej", "Nej"]);
    const reasons = await page.getByRole("region", { name: "Skäl: Vårdnadshavare: Maria" }).innerText();
    expect(reasons).toMatch(/13/);
    expect(reasons).toMatch(/Källa:/);
    expect(await axeViolations(page)).toEqual([]);

    // The same family with the guardian granted access for 13–15 (decided by care staff): now she reads it.
    await page.getByLabel("Vårdnadshavare med beviljad åtkomst").selectOption("Maria");
    await page.getByRole("button", { name: "Visa vem som når vad" }).click();
    await page.waitForURL((url) => url.searchParams.get("guardianGrant") === "Maria");
    await page.getByRole("table", { name: "Vad varje part når via nätet" }).waitFor();
    expect((await row(page, "Vårdnadshavare: Maria"))[1]).toMatch(/^Ja/);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("a care seal without an end date is refused with a message at the field, and the values are kept", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logInAs(page, "nils", "/journalatkomst");
    await page.getByLabel("Region").selectOption("Kronoberg");
    await page.getByLabel("Dag").fill("2026-11-21");
    await page.getByLabel("Ålder").fill("40");
    await page.getByLabel("Journalen är förseglad").check();
    await page.locator('select[name="seals.0.initiatedBy"]').selectOption("CARE");
    await page.getByRole("button", { name: "Visa vem som når vad" }).click();
    const until = page.locator('input[name="seals.0.until"]');
    await expect.poll(() => until.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await until.getAttribute("aria-describedby")) ?? "";
    const messages = await Promise.all(describedBy.split(" ").map((id) => page.locator(`#${id}`).innerText()));
    expect(messages.join(" ")).toMatch(/slutdatum|end date/i);
    expect(await page.getByLabel("Ålder").inputValue()).toBe("40");
    expect(await page.getByRole("table", { name: "Vad varje part når via nätet" }).count()).toBe(0);
    await context.close();
  });

  it("a guideline page shows its body, table of contents, forms and contact routes", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logInAs(page, "nils", "/riktlinjer/stanga-e-tjanster-och-journal-kronoberg");
    await page.getByRole("heading", { level: 1 }).waitFor();
    const main = await page.locator("main").innerText();
    expect(main).toContain("Blanketter");
    expect(main).toContain("Försegling av journalen");
    expect(main).toContain("Kontaktvägar");
    expect(await page.getByRole("link", { name: "0470-58 20 20" }).getAttribute("href")).toBe("tel:0470582020");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("a resident gets 403 at the access tool, and the public explainer answers them instead", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logInAs(page, "anna", "/mina-sidor");
    const refused = await page.goto(`${portalUrl}/journalatkomst`);
    expect(refused?.status()).toBe(403);
    const explainer = await page.goto(`${portalUrl}/journalen`);
    expect(explainer?.status()).toBe(200);
    expect(await page.locator("h1").innerText()).toBeTruthy();
    await context.close();
  });
});
