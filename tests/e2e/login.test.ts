import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { axeViolations, launchBrowser, recordForeignRequests } from "../support/browser.js";

const portalUrl = inject("portalUrl");
const adminUrl = inject("adminUrl");
const oidcIssuer = inject("oidcIssuer");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each test gets its own browser profile: its own cookies at the portal and at the identity provider. */
async function freshContext(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** On the local provider's log-in page: choose a persona, as a person would, and wait to be sent back. */
async function choosePersona(page: Page, persona: string, backTo: string) {
  await page.waitForURL((url) => url.origin === new URL(oidcIssuer).origin);
  await page.locator(`button[name="persona"][value="${persona}"]`).click();
  await page.waitForURL((url) => url.origin === new URL(backTo).origin);
}

async function logInFromHeader(page: Page, persona: string) {
  await page.goto(portalUrl);
  await page.getByTestId("user-menu").getByRole("link", { name: "Logga in" }).click();
  await choosePersona(page, persona, portalUrl);
}

const sessionCookie = async (context: BrowserContext, name = "vp_session") =>
  (await context.cookies(portalUrl)).find((c) => c.name === name);

describe("log-in through the real OIDC flow", () => {
  it("a resident and a nurse see different content on the same page", async () => {
    const resident = await freshContext();
    await logInFromHeader(resident.page, "anna");
    const residentHeader = await resident.page.getByTestId("user-menu").innerText();
    expect(residentHeader).toContain("Anna Andersson");
    expect(residentHeader).toContain("Invånare");
    expect(await resident.page.locator("main").innerText()).not.toContain("För dig som arbetar i vården");
    expect(await resident.page.getByRole("navigation", { name: "Huvudmeny" }).innerText()).not.toContain("För vårdpersonal");

    const nurse = await freshContext();
    await logInFromHeader(nurse.page, "nils");
    expect(await nurse.page.getByTestId("user-menu").innerText()).toContain("Nils Nyström");
    const nurseMain = await nurse.page.locator("main").innerText();
    expect(nurseMain).toContain("För dig som arbetar i vården");
    expect(nurseMain).toMatch(/Du kan läsa \d+ riktlinjer/);
    expect(nurseMain).not.toContain("kan inte visas just nu");
    expect(await nurse.page.getByRole("navigation", { name: "Huvudmeny" }).innerText()).toContain("För vårdpersonal");

    await resident.context.close();
    await nurse.context.close();
  });

  it("the session cookie is httpOnly, SameSite=Lax and unreadable; the access token never reaches the browser", async () => {
    const { context, page } = await freshContext();
    const seen: string[] = [];
    page.on("response", async (response) => {
      if (response.url().startsWith(portalUrl)) seen.push(await response.text().catch(() => ""));
    });
    await logInFromHeader(page, "anna");
    const cookie = await sessionCookie(context);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie!.value.split(".")).toHaveLength(5); // a JWE, not a readable JWT
    expect(cookie!.value).not.toContain("Anna");
    expect(await page.evaluate(() => document.cookie)).not.toContain("vp_session");
    expect(seen.join("\n")).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/); // no JWT in any page or data response
    await context.close();
  });

  it("an anonymous visitor to a staff page is sent to log in and brought back to that page", async () => {
    const { context, page } = await freshContext();
    await page.goto(`${portalUrl}/personal`);
    expect(page.url()).toContain(oidcIssuer);
    expect(await page.locator("body").innerText()).toMatch(/lokal|local/i);
    await choosePersona(page, "nils", portalUrl);
    expect(new URL(page.url()).pathname).toBe("/personal");
    const main = await page.locator("main").innerText();
    expect(main).toContain("Riktlinjer");
    expect(main).toContain("Interna telefonnummer");
    expect(main).toContain("Endast för personal");
    expect(main).not.toContain("kan inte visas just nu");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("a resident opening the staff page gets a clear 403 page", async () => {
    const { context, page } = await freshContext();
    await logInFromHeader(page, "anna");
    const response = await page.goto(`${portalUrl}/personal`);
    expect(response?.status()).toBe(403);
    expect(await page.locator("h1").innerText()).toBe("Du har inte behörighet");
    expect(await page.locator("main").innerText()).not.toContain("Interna telefonnummer");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("my page shows what the log-in told the portal, the personnummer included", async () => {
    const { context, page } = await freshContext();
    await page.goto(`${portalUrl}/mina-sidor`);
    await choosePersona(page, "gustav", portalUrl);
    const main = await page.locator("main").innerText();
    expect(main).toContain("Gustav Lindqvist");
    expect(main).toMatch(/\d{8}-\d{4} \(\d+ år\)/);
    expect(main).toContain("Norrbotten");
    await context.close();
  });

  it("a tampered session cookie is refused: the visitor is anonymous again", async () => {
    const { context, page } = await freshContext();
    await logInFromHeader(page, "nils");
    const cookie = (await sessionCookie(context))!;
    const at = cookie.value.length - 10;
    const flipped = `${cookie.value.slice(0, at)}${cookie.value[at] === "A" ? "B" : "A"}${cookie.value.slice(at + 1)}`;
    await context.addCookies([{ ...cookie, value: flipped }]);
    await page.goto(portalUrl);
    expect(await page.getByTestId("user-menu").innerText()).toContain("Logga in");
    expect(await page.locator("main").innerText()).not.toContain("För dig som arbetar i vården");
    expect(await sessionCookie(context)).toBeUndefined(); // cleared by the response
    await context.close();
  });

  it("after log-out, at the portal and at the provider, the old cookie no longer works", async () => {
    const { context, page } = await freshContext();
    await logInFromHeader(page, "nils");
    const old = (await sessionCookie(context))!;
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.waitForURL(`${portalUrl}/auth/logged-out`);
    expect(await page.locator("h1").innerText()).toBe("Du är utloggad");
    expect(await sessionCookie(context)).toBeUndefined();

    // A copy of the cookie taken before log-out is refused, and the provider asks who you are again.
    await context.addCookies([old]);
    await page.goto(`${portalUrl}/personal`);
    expect(page.url()).toContain(oidcIssuer);
    expect(await page.locator(`button[name="persona"]`).count()).toBeGreaterThan(0);
    await context.close();
  });

  it("the whole round trip stays on this machine", async () => {
    const { context, page } = await freshContext();
    const foreign = recordForeignRequests(page, "http://127.0.0.1:");
    await logInFromHeader(page, "anna");
    await page.goto(`${portalUrl}/mina-sidor`);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe("the admin is for editors and admins", () => {
  it("an anonymous visitor logs in first; an editor gets the admin", async () => {
    const { context, page } = await freshContext();
    await page.goto(adminUrl);
    await choosePersona(page, "erik", adminUrl);
    expect(await page.getByTestId("user-menu").innerText()).toContain("Erik Edlund");
    expect(await page.locator("h1").innerText()).toBe("Redaktörsverktyg");
    await context.close();
  });

  it.each([["anna"], ["nils"], ["ada"]])("%s (not an editor) gets 403 and a way to change account", async (persona) => {
    const { context, page } = await freshContext();
    await page.goto(adminUrl);
    await choosePersona(page, persona, adminUrl);
    const response = await page.reload();
    expect(response?.status()).toBe(403);
    expect(await page.locator("h1").innerText()).toBe("Du har inte behörighet");
    expect(await page.getByRole("button", { name: "Logga ut och byt konto" }).count()).toBe(1);
    await context.close();
  });

  it("an admin session does not open the portal's, nor the other way round", async () => {
    const { context, page } = await freshContext();
    await page.goto(adminUrl);
    await choosePersona(page, "alva", adminUrl);
    const admin = (await context.cookies(adminUrl)).find((c) => c.name === "vp_admin_session")!;
    await context.addCookies([{ ...admin, name: "vp_session" }]);
    await page.goto(portalUrl);
    expect(await page.getByTestId("user-menu").innerText()).toContain("Logga in");
    await context.close();
  });
});
