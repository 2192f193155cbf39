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

/** A real (tiny) PDF: what the archive checks is the content, not the name. */
const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function fillRequest(page: Page) {
  await page.getByLabel("Min egen journal", { exact: true }).check();
  await page.getByLabel("Period från *").fill("2024-01-01");
  await page.getByLabel("Period till").fill("2024-06-30");
  await page.getByLabel("Skada eller orsak till vården *").fill("Brutet handled efter fall i januari.");
  await page.getByLabel("Vårdenhet *").fill("Ortopedkliniken, Sunderby sjukhus");
  await page.getByLabel("Min rätt att få ut min egen journal").check();
  await page.getByLabel("Rekommenderat brev", { exact: true }).check();
}

describe("a record copy from request to sent, in a real browser", () => {
  let requestPath = "";
  let reference = "";

  it("a file that is not what its name claims is refused at the field, and nothing is stored", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logInAs(page, "anna", "/journalkopia/begaran");
    await fillRequest(page);
    await page.setInputFiles("#attachment", { name: "fullmakt.pdf", mimeType: "application/pdf", buffer: Buffer.from("not a pdf at all, just text") });
    await page.getByRole("button", { name: "Skicka beställningen" }).click();
    await expect.poll(() => page.locator("#attachment").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#attachment-fel").innerText()).toMatch(/PDF|JPEG|PNG/);
    expect(new URL(page.url()).pathname).toBe("/journalkopia/begaran");
    expect(await page.getByLabel("Vårdenhet *").inputValue()).toBe("Ortopedkliniken, Sunderby sjukhus");
    await page.goto(`${portalUrl}/mina-arenden`);
    expect(await page.locator("main").innerText()).not.toContain("Ortopedkliniken");
    await context.close();
  });

  it("a resident files a request with an attachment and gets a reference number", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign = recordForeignRequests(page, "http://127.0.0.1:");
    await logInAs(page, "anna", "/journalkopia/begaran");
    expect(await axeViolations(page)).toEqual([]);
    await fillRequest(page);
    await page.setInputFiles("#attachment", { name: "fullmakt.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Skicka beställningen" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/mina-arenden/") && url.searchParams.get("skickad") === "1");
    // The URL changes a moment before React shows the new page: wait for its heading.
    await page.locator("h1", { hasText: /^Ärende / }).waitFor({ timeout: 15_000 });
    const heading = await page.locator("h1").innerText();
    expect(heading).toMatch(/^Ärende \S+/);
    reference = heading.replace("Ärende ", "");
    requestPath = new URL(page.url()).pathname.replace("/mina-arenden/", "/arkiv/arenden/");
    expect(await page.locator("main").innerText()).toContain(reference);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("an archivist takes the request through retrieval and harm assessment to sent", async () => {
    expect(requestPath).not.toBe("");
    const context = await browser.newContext();
    const page = await context.newPage();
    await logInAs(page, "ada", requestPath);
    expect(await page.locator("h1").innerText()).toBe(`Ärende ${reference}`);
    // The power of attorney opens for archive staff: the same bytes, as a download.
    const href = await page.getByRole("link", { name: /^fullmakt\.pdf/ }).getAttribute("href");
    const file = await context.request.get(`${portalUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect(Buffer.from(await file.body()).equals(pdf)).toBe(true);
    await page.getByRole("button", { name: "Ta ärendet" }).click();
    await page.getByRole("button", { name: "Släpp ärendet" }).waitFor();

    await page.getByRole("button", { name: "Spara: Hämtning påbörjad" }).click();
    await page.getByRole("button", { name: "Spara: Menprövning gjord" }).waitFor();
    await page.getByLabel("Lämnas ut i sin helhet").check();
    await page.getByLabel("Skäl").fill("Inget men för patienten eller någon närstående.");
    await page.getByRole("button", { name: "Spara: Menprövning gjord" }).click();

    await page.getByRole("button", { name: "Spara: Skickad" }).waitFor();
    await page.getByRole("radio", { name: "Rekommenderat brev" }).check();
    await page.getByLabel("Datum").fill("2026-11-21");
    await page.getByRole("button", { name: "Spara: Skickad" }).click();
    await page.getByRole("button", { name: "Spara: Fakturerad" }).waitFor();
    const history = await page.locator("main").innerText();
    expect(history).toContain("Skickad");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("the resident follows the status, and another resident cannot find the request", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const mine = requestPath.replace("/arkiv/arenden/", "/mina-arenden/");
    await logInAs(page, "anna", mine);
    expect(await page.locator("main").innerText()).toMatch(/Skickad/);
    // The requester sees the file's name, but the file itself is for archive staff.
    expect(await page.getByRole("link", { name: /^fullmakt\.pdf/ }).count()).toBe(0);
    const attachmentPath = requestPath.replace(/\/arkiv\/arenden\/.*/, "/arkiv/bilaga/x");
    expect((await context.request.get(`${portalUrl}${attachmentPath}`)).status()).toBe(403);

    const other = await browser.newContext();
    const elsa = await other.newPage();
    await logInAs(elsa, "elsa", "/mina-arenden");
    const response = await elsa.goto(`${portalUrl}${mine}`);
    expect(response?.status()).toBe(404);
    await other.close();
    await context.close();
  });
});
