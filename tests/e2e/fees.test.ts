import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { loginWithCode } from "../oidc/login.js";
import { findPersona, swedishToday } from "../oidc/personas.js";
import { axeViolations, launchBrowser, recordForeignRequests, waitForText } from "../support/browser.js";

/**
 * "Avgifter" in a real browser against the whole stack: the fee table, the quote form without
 * JavaScript (right amount, field message for a bad personnummer, the number never in an address),
 * a logged-in resident's running total from the seed's sample payments, staff looking up an account,
 * and the account's role matrix through the gateway with real access tokens.
 */
const portalUrl = inject("portalUrl");
const gatewayUrl = inject("gatewayUrl");
const oidcIssuer = inject("oidcIssuer");

const anna = findPersona("anna")!;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A profile with JavaScript off: what works here works for everyone. */
async function withoutJavaScript(): Promise<{ context: BrowserContext; page: Page; addresses: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const addresses: string[] = [];
  page.on("request", (request) => addresses.push(request.url()));
  return { context, page, addresses };
}

async function logIn(page: Page, persona: string, path: string) {
  await page.goto(`${portalUrl}/auth/login?returnTo=${encodeURIComponent(path)}`);
  await page.waitForURL((url) => url.origin === new URL(oidcIssuer).origin);
  await page.locator(`button[name="persona"][value="${persona}"]`).click();
  await page.waitForURL((url) => url.origin === new URL(portalUrl).origin && url.pathname === path);
}

const main = async (page: Page) => plain(await page.locator("main").innerText());

/** axe runs as a script, so it checks the same address in a profile with JavaScript on. */
async function axeAt(url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const violations = await axeViolations(page);
  await context.close();
  return violations;
}

describe("the fees page", () => {
  it("shows the fee table in force today, with the limit and the region to choose, and no foreign request", async () => {
    const { context, page } = await withoutJavaScript();
    const foreign = recordForeignRequests(page, "http://127.0.0.1:");
    const response = await page.goto(`${portalUrl}/avgifter`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toMatch(/^Avgifter — /);
    const text = await main(page);
    expect(text).toContain("Avgifter i Region Norrbotten");
    expect(text).toContain("Gäller från 1 januari 2025");
    expect(text).toContain("under 20 år");
    expect(text).toMatch(/Besök på hälsocentral\s+300 kr\s+Ja/);
    expect(text).toContain("1 450 kr");
    expect(await page.locator("#tabell-region option").allInnerTexts()).toContain("Norrbotten");
    expect(await axeAt(page.url())).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("shows the table for another date, and says when there are no fees that day", async () => {
    const { context, page } = await withoutJavaScript();
    await page.goto(`${portalUrl}/avgifter`);
    await page.locator("#tabell-datum").fill("2024-06-01");
    await page.getByRole("button", { name: "Visa avgifter" }).click();
    expect(new URL(page.url()).searchParams.get("datum")).toBe("2024-06-01");
    expect(await main(page)).toContain("Det finns inga avgifter för Region Norrbotten som gäller den 1 juni 2024");
    await context.close();
  });
});

describe("the quote form, without JavaScript", () => {
  it("gives the right amount for an adult's health-centre visit, from the birth date", async () => {
    const { context, page } = await withoutJavaScript();
    await page.goto(`${portalUrl}/avgifter`);
    await page.locator("#kostnad-besokstyp").selectOption("HEALTH_CENTRE_VISIT");
    await page.locator("#kostnad-fodelsedatum").fill("1985-05-17");
    await page.getByRole("button", { name: "Räkna ut avgiften" }).click();
    const address = new URL(page.url());
    expect(address.pathname).toBe("/avgifter");
    expect(address.searchParams.get("fodelsedatum")).toBe("1985-05-17");
    expect(await page.getByTestId("avgift-belopp").innerText()).toBe("300 kr");
    expect(await main(page)).toContain("Ordinarie avgift");
    // Values kept: the form shows what was asked.
    expect(await page.locator("#kostnad-besokstyp").inputValue()).toBe("HEALTH_CENTRE_VISIT");
    expect(await page.locator("#kostnad-fodelsedatum").inputValue()).toBe("1985-05-17");
    expect(await axeAt(page.url())).toEqual([]);
    await context.close();
  });

  it("a missed visit costs 400 kr, a chat nothing", async () => {
    const { context, page } = await withoutJavaScript();
    const ask = async (kind: string, missed: boolean) => {
      await page.goto(`${portalUrl}/avgifter`);
      await page.locator("#kostnad-besokstyp").selectOption(kind);
      await page.locator("#kostnad-fodelsedatum").fill("1985-05-17");
      if (missed) await page.locator("#kostnad-uteblivet").check();
      await page.getByRole("button", { name: "Räkna ut avgiften" }).click();
      return page.getByTestId("avgift-belopp").innerText();
    };
    expect(await ask("HEALTH_CENTRE_VISIT", true)).toBe("400 kr");
    expect(await ask("DIGITAL_CHAT", false)).toBe("0 kr");
    await context.close();
  });

  it("a bad personnummer gets its message beside the field, the value kept, and never enters an address", async () => {
    const { context, page, addresses } = await withoutJavaScript();
    await page.goto(`${portalUrl}/avgifter`);
    await page.locator("#kostnad-besokstyp").selectOption("HEALTH_CENTRE_VISIT");
    await page.locator("#kostnad-personnummer").fill("19850517-2829");
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Räkna ut avgiften" }).click()]);
    expect(response.status()).toBe(400);
    const field = page.locator("#kostnad-personnummer");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await field.inputValue()).toBe("19850517-2829");
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    expect(describedBy).toContain("kostnad-personnummer-fel");
    expect(await page.locator("#kostnad-personnummer-fel").innerText()).toContain("Personnumret finns inte");
    expect(await main(page)).toContain("Rätta följande");
    expect(addresses.filter((a) => a.includes("850517"))).toEqual([]);
    await context.close();
  });

  it("the form with its messages, as a browser with JavaScript shows it, has no WCAG 2.1 AA violations axe can find", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${portalUrl}/avgifter`);
    await page.locator("#kostnad-personnummer").fill("19850517-2829");
    await page.getByRole("button", { name: "Räkna ut avgiften" }).click();
    await page.locator("#kostnad-personnummer-fel").waitFor();
    expect(await page.locator("#kostnad-besokstyp-fel").innerText()).toContain("Välj vilken sorts besök");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("a child's personnummer gives a free visit, shown at an address with the birth date only", async () => {
    const { context, page, addresses } = await withoutJavaScript();
    const child = findPersona("gustav")!.dependants![1]!.personnummer;
    await page.goto(`${portalUrl}/avgifter`);
    await page.locator("#kostnad-besokstyp").selectOption("SPECIALIST_VISIT");
    await page.locator("#kostnad-personnummer").fill(child);
    await page.getByRole("button", { name: "Räkna ut avgiften" }).click();
    expect(await page.getByTestId("avgift-belopp").innerText()).toBe("0 kr");
    expect(await main(page)).toContain("Avgiftsfritt på grund av ålder");
    expect(new URL(page.url()).searchParams.get("fodelsedatum")).toBe(`${child.slice(0, 4)}-${child.slice(4, 6)}-${child.slice(6, 8)}`);
    expect(addresses.filter((a) => a.includes(child.slice(8)))).toEqual([]);
    await context.close();
  });

  it("a birth date in the future is refused by the rules, beside its field", async () => {
    const { context, page } = await withoutJavaScript();
    await page.goto(`${portalUrl}/avgifter`);
    await page.locator("#kostnad-besokstyp").selectOption("HEALTH_CENTRE_VISIT");
    await page.locator("#kostnad-fodelsedatum").fill(`${Number(swedishToday().slice(0, 4)) + 1}-01-01`);
    await page.getByRole("button", { name: "Räkna ut avgiften" }).click();
    expect(await page.locator("#kostnad-fodelsedatum").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#kostnad-fodelsedatum-fel").innerText()).toContain("ännu inte är född");
    await context.close();
  });
});

describe("high-cost protection in the portal", () => {
  it("a logged-in Anna sees her running total, the limit and her period, the sample payments marked", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, "anna", "/avgifter");
    const text = await main(page);
    expect(text).toContain("Ditt högkostnadsskydd");
    expect(await page.getByTestId("hogkostnadsskydd").innerText().then(plain)).toMatch(/Betalt hittills\s+900 kr av 1 450 kr/);
    expect(text).toMatch(/Kvar till frikort\s+550 kr/);
    expect(text).toContain("(exempeldata)");
    expect(text).not.toContain("Slå upp högkostnadsskydd");
    expect(await axeViolations(page)).toEqual([]);

    // Her own visit, with her account: the quote tells the running total.
    await page.locator("#kostnad-besokstyp").selectOption("HEALTH_CENTRE_VISIT");
    await page.locator("#kostnad-egen").check();
    await page.getByRole("button", { name: "Räkna ut avgiften" }).click();
    await page.waitForURL((url) => url.searchParams.get("egen") === "1");
    await waitForText(page, "Du har betalat 900 kr av 1 450 kr");
    expect(await page.getByTestId("avgift-belopp").innerText()).toBe("300 kr");
    expect(await main(page)).toContain("Du har betalat 900 kr av 1 450 kr");
    expect(page.url()).not.toContain(anna.personnummer!.slice(2, 8));
    await context.close();
  });

  it("a nurse looks up Anna's account by personnummer; the number stays out of the address", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, "nils", "/avgifter");
    expect(await main(page)).not.toContain("Ditt högkostnadsskydd");
    await page.locator("#uppslag-personnummer").fill(`${anna.personnummer!.slice(0, 8)}-${anna.personnummer!.slice(8)}`);
    await page.getByRole("button", { name: "Visa högkostnadsskydd" }).click();
    await page.locator("#uppslag-rubrik").waitFor();
    const text = await main(page);
    expect(text).toContain(`Högkostnadsskydd för ${anna.personnummer!.slice(0, 8)}-${anna.personnummer!.slice(8)}`);
    expect(text).toMatch(/900 kr av 1 450 kr/);
    expect(page.url()).not.toContain(anna.personnummer!.slice(2, 8));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("the account's role matrix through the gateway, with real access tokens", () => {
  const personas = { anonymous: null, resident: "anna", staff: "nils", archivist: "ada", editor: "erik", admin: "alva" } as const;
  type Role = keyof typeof personas;
  const roles = Object.keys(personas) as Role[];
  const tokens = {} as Record<Role, string | null>;

  beforeAll(async () => {
    for (const as of roles) {
      const persona = personas[as];
      tokens[as] = persona
        ? (await loginWithCode({ issuer: oidcIssuer, clientId: "vardportal-portal", clientSecret: "local-portal-secret", redirectUri: `${portalUrl}/auth/callback`, persona })).accessToken
        : null;
    }
  });

  async function ask(as: Role, query: string, variables: Record<string, unknown> = {}) {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (tokens[as]) headers.authorization = `Bearer ${tokens[as]}`;
    const response = await fetch(gatewayUrl, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: Record<string, { currentPeriod: { paidSek: number } | null } | null>; errors?: { extensions?: { code?: string } }[] };
  }
  const perRole = async (query: string, field: string, variables?: Record<string, unknown>) =>
    Object.fromEntries(
      await Promise.all(
        roles.map(async (as) => {
          const result = await ask(as, query, variables);
          return [as, result.errors?.[0]?.extensions?.code ?? result.data?.[field]?.currentPeriod?.paidSek ?? null] as const;
        }),
      ),
    );

  it("myHighCostAccount: anonymous must log in; Anna gets her own; staff logins carry no number, so none", async () => {
    expect(await perRole(`{ myHighCostAccount { currentPeriod { paidSek } } }`, "myHighCostAccount")).toEqual({
      anonymous: "UNAUTHENTICATED",
      resident: 900,
      staff: null,
      archivist: null,
      editor: null,
      admin: null,
    });
  });

  it("highCostAccount: staff, editors and admins; everyone else FORBIDDEN", async () => {
    const LOOKUP = `query($p: String!) { highCostAccount(region: "Norrbotten", personnummer: $p) { currentPeriod { paidSek } } }`;
    expect(await perRole(LOOKUP, "highCostAccount", { p: anna.personnummer })).toEqual({
      anonymous: "FORBIDDEN",
      resident: "FORBIDDEN",
      staff: 900,
      archivist: "FORBIDDEN",
      editor: 900,
      admin: 900,
    });
  });
});
