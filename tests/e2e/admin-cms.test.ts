import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { axeViolations, launchBrowser, recordForeignRequests } from "../support/browser.js";

/**
 * Issue 9's "done when", in a real browser against the whole stack: the admin (Erik and Alva, editors),
 * the portal (Nils, a nurse), the editorial API of the guidelines subgraph and its scheduler.
 */
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

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** What went wrong in a page (errors, failed requests), for the message of a failing test. */
const troubleOf = new WeakMap<Page, string[]>();

/** A fresh profile, logged in as `persona` wherever `start` sends it to log in. */
async function loggedIn(persona: string, start: string): Promise<{ context: BrowserContext; page: Page }> {
  // bypassCSP: axe is injected as an inline script; it also makes the XSS checks stricter (sanitising alone must hold).
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const trouble: string[] = [];
  troubleOf.set(page, trouble);
  page.on("pageerror", (error) => trouble.push(`page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && trouble.push(`console: ${message.text()}`));
  page.on("requestfailed", (request) => trouble.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on("response", (response) => response.status() >= 500 && trouble.push(`${response.status()}: ${response.url()}`));
  await page.goto(start);
  await page.waitForURL((url) => url.origin === new URL(oidcIssuer).origin);
  await page.locator(`button[name="persona"][value="${persona}"]`).click();
  await page.waitForURL((url) => url.origin === new URL(start).origin);
  return { context, page };
}

/** On an identity-provider page (a new tab going through log-in), choose the persona; else nothing. */
async function passLogIn(page: Page, persona: string) {
  if (new URL(page.url()).origin !== new URL(oidcIssuer).origin) return;
  await page.locator(`button[name="persona"][value="${persona}"]`).click();
  await page.waitForURL((url) => url.origin !== new URL(oidcIssuer).origin);
}

type Draft = { slug: string; title: string; summary?: string; body?: string; audience?: string };

/** Fills the generated guideline form and creates the draft; returns the edit page's URL. */
async function createGuideline(page: Page, draft: Draft): Promise<string> {
  await page.goto(`${adminUrl}/innehall/riktlinjer/ny`);
  await page.getByLabel("Målgrupp").selectOption(draft.audience ?? "STAFF");
  await page.getByLabel("Region").selectOption("Skåne");
  await page.getByLabel("Adress").fill(draft.slug);
  await page.getByLabel("Titel (svenska)").fill(draft.title);
  await page.getByLabel("Sammanfattning (svenska)").fill(draft.summary ?? "En kort sammanfattning för testet.");
  await page.getByLabel("Text (svenska)").fill(draft.body ?? "## Så gör du\n\nFölj rutinen.");
  await page.getByLabel("Ämne").selectOption({ index: 1 });
  await page.getByLabel("Ansvarig enhet").fill("Enheten för testning");
  await page.getByRole("button", { name: "Skapa utkast" }).click();
  const created = page.getByText("Utkastet är skapat");
  const refused = page.locator("#felsammanfattning");
  await created
    .or(refused)
    .first()
    .waitFor({ timeout: 20_000 })
    .catch(async () => {
      const main = await page.locator("main").innerText();
      throw new Error(`No answer to "Skapa utkast": ${page.url()}\n${main.slice(0, 300)}\n${(troubleOf.get(page) ?? []).join("\n")}`);
    });
  if (await refused.count()) throw new Error(`The form refused the draft: ${await refused.innerText()}`);
  return page.url().replace(/\?.*$/, "");
}

async function publishNow(page: Page, editUrl: string) {
  await page.goto(editUrl);
  await page.getByRole("button", { name: "Publicera nu" }).click();
  await page.getByText("Publicerat. Portalen visar nu den här versionen.").waitFor();
}

/** The portal's answer for a guideline page, as the nurse's browser gets it. */
async function portalStatus(page: Page, slug: string): Promise<number> {
  const response = await page.goto(`${portalUrl}/riktlinjer/${slug}`);
  return response?.status() ?? 0;
}

describe("the admin CMS, end to end", () => {
  it("an editor writes a guideline draft, previews it, publishes it, and a nurse then sees it in the portal", async () => {
    const slug = `test-riktlinje-${unique()}`;
    const title = `Provtagning i hemmet ${slug}`;
    const erik = await loggedIn("erik", `${adminUrl}/`);
    const foreign = recordForeignRequests(erik.page, "http://127.0.0.1:");
    const editUrl = await createGuideline(erik.page, { slug, title });
    expect(await erik.page.getByTestId("missing-english").first().innerText()).toContain("Engelsk text saknas — portalen visar svenskan");
    expect(await axeViolations(erik.page)).toEqual([]);

    // Preview: a new tab on the real portal page, after logging in to the portal as the same editor.
    const [previewTab] = await Promise.all([
      erik.context.waitForEvent("page"),
      erik.page.getByRole("button", { name: /Förhandsgranska i portalen/ }).click(),
    ]);
    await previewTab.waitForLoadState();
    await passLogIn(previewTab, "erik");
    await previewTab.getByTestId("preview-banner").waitFor();
    const previewUrl = previewTab.url();
    expect(new URL(previewUrl).pathname).toBe(`/riktlinjer/${slug}`);
    expect(new URL(previewUrl).searchParams.get("forhandsvisning")).toBeTruthy();
    expect(await previewTab.getByTestId("preview-banner").innerText()).toBe("Förhandsvisning av utkast — syns inte för andra");
    expect(await previewTab.getByRole("heading", { level: 1 }).innerText()).toBe(title);
    const previewResponse = await previewTab.request.get(previewUrl, { maxRedirects: 0 });
    expect(previewResponse.headers()["cache-control"]).toContain("no-store");
    expect(previewResponse.headers()["x-robots-tag"]).toBe("noindex");

    // A nurse with the very same link sees no draft: not an editor (403), and the page itself is not published.
    const nils = await loggedIn("nils", `${portalUrl}/personal`);
    const nurseResponse = await nils.page.goto(previewUrl);
    expect(nurseResponse?.status()).toBe(403);
    expect(await nils.page.locator("body").innerText()).not.toContain(title);
    expect(await portalStatus(nils.page, slug)).toBe(404);

    await publishNow(erik.page, editUrl);
    expect(await portalStatus(nils.page, slug)).toBe(200);
    expect(await nils.page.getByRole("heading", { level: 1 }).innerText()).toBe(title);
    expect(await nils.page.getByTestId("preview-banner").count()).toBe(0);
    expect(foreign).toEqual([]);
    await erik.context.close();
    await nils.context.close();
  });

  it("two editors edit the same item: the second sees the conflict side by side, with nothing lost", async () => {
    const slug = `test-konflikt-${unique()}`;
    const erik = await loggedIn("erik", `${adminUrl}/`);
    const editUrl = await createGuideline(erik.page, { slug, title: `Konflikt ${slug}` });
    const alva = await loggedIn("alva", editUrl);
    await erik.page.goto(editUrl);

    // Alva saves first.
    await alva.page.getByLabel("Sammanfattning (svenska)").fill("Alvas sammanfattning.");
    await alva.page.getByRole("button", { name: "Spara utkast" }).click();
    await alva.page.getByText("Utkastet är sparat.").waitFor();

    // Erik, on the version he loaded before, changes the title and saves: a conflict, his text kept.
    const mine = `Eriks titel ${slug}`;
    await erik.page.getByLabel("Titel (svenska)").fill(mine);
    await erik.page.getByRole("button", { name: "Spara utkast" }).click();
    const conflict = erik.page.getByTestId("conflict");
    await conflict.waitFor();
    expect(await conflict.getByRole("heading").first().innerText()).toContain("Alva har ändrat posten");
    const headers = await conflict.getByRole("columnheader").allInnerTexts();
    expect(headers).toEqual(["Fält", "Din ändring", "Alvas ändring"]);
    const titleRow = await conflict.getByRole("row", { name: /Titel/ }).innerText();
    expect(titleRow).toContain(mine);
    const summaryRow = await conflict.getByRole("row", { name: /Sammanfattning/ }).innerText();
    expect(summaryRow).toContain("Alvas sammanfattning.");
    expect(await erik.page.getByLabel("Titel (svenska)").inputValue()).toBe(mine);
    expect(await axeViolations(erik.page)).toEqual([]);

    // He keeps his: saved against Alva's version.
    await conflict.getByRole("button", { name: "Behåll mina ändringar" }).click();
    await erik.page.getByText("Utkastet är sparat.").waitFor();
    expect(await erik.page.getByRole("heading", { level: 1 }).innerText()).toBe(mine);
    await erik.context.close();
    await alva.context.close();
  });

  it("an old revision is restored as a draft while the published copy stays", async () => {
    const slug = `test-aterstall-${unique()}`;
    const first = `Första lydelsen ${slug}`;
    const second = `Andra lydelsen ${slug}`;
    const erik = await loggedIn("erik", `${adminUrl}/`);
    const editUrl = await createGuideline(erik.page, { slug, title: first });
    await publishNow(erik.page, editUrl);
    await erik.page.getByLabel("Titel (svenska)").fill(second);
    await erik.page.getByRole("button", { name: "Publicera nu" }).click();
    // The page already says "Publicerat." from the first time: wait for the new title instead.
    await expect.poll(() => erik.page.getByRole("heading", { level: 1 }).innerText()).toBe(second);
    await erik.page.getByText("Syns i portalen").waitFor();

    await erik.page.getByRole("link", { name: "Versioner och historik" }).click();
    await erik.page.getByRole("heading", { name: /Versioner:/ }).waitFor();
    // Compare the first revision with the newest: the title's words, marked as deleted and inserted.
    await erik.page.getByLabel("Från version").selectOption("1");
    await erik.page.getByRole("button", { name: "Jämför" }).click();
    const diff = erik.page.getByTestId("diff");
    await diff.waitFor();
    expect(await diff.locator("del").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining("Första")]));
    expect(await diff.locator("ins").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining("Andra")]));

    await erik.page.getByRole("button", { name: "Återställ version 1 som utkast" }).click();
    await erik.page.getByText("Den publicerade versionen är oförändrad").waitFor();
    expect(await erik.page.getByLabel("Titel (svenska)").inputValue()).toBe(first);
    expect(await erik.page.getByText("Det finns ändringar som inte är publicerade").count()).toBe(1);

    const nils = await loggedIn("nils", `${portalUrl}/personal`);
    expect(await portalStatus(nils.page, slug)).toBe(200);
    expect(await nils.page.getByRole("heading", { level: 1 }).innerText()).toBe(second);
    await erik.context.close();
    await nils.context.close();
  });

  it("a scheduled publish appears at its time", async () => {
    const slug = `test-schema-${unique()}`;
    const title = `Schemalagd ${slug}`;
    const erik = await loggedIn("erik", `${adminUrl}/`);
    const editUrl = await createGuideline(erik.page, { slug, title });
    // 20 seconds from now, as Swedish wall-clock time with seconds (datetime-local takes them).
    const at = new Date(Date.now() + 20_000);
    const local = new Intl.DateTimeFormat("sv-SE", {
      timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    }).format(at).replace(" ", "T");
    await erik.page.goto(editUrl);
    await erik.page.getByLabel("Publicera", { exact: true }).fill(local);
    await erik.page.getByRole("button", { name: "Schemalägg publicering" }).click();
    await erik.page.getByText("Publiceringen är schemalagd.").waitFor();
    const shown = await erik.page.getByTestId("scheduled").innerText();
    expect(shown).toMatch(/Schemalagd publicering: \d{1,2} \p{L}+ \d{4} kl\. \d{2}:\d{2}/u);

    const nils = await loggedIn("nils", `${portalUrl}/personal`);
    expect(await portalStatus(nils.page, slug)).toBe(404);
    await expect.poll(() => portalStatus(nils.page, slug), { timeout: 45_000, interval: 1_500 }).toBe(200);
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime() - 1_000);
    expect(await nils.page.getByRole("heading", { level: 1 }).innerText()).toBe(title);
    await erik.context.close();
    await nils.context.close();
  });

  it("a Markdown XSS payload is neutralised in the admin's preview and in the portal", async () => {
    const slug = `test-xss-${unique()}`;
    const payload = [
      "## Rubrik",
      "",
      "<script>alert('script')</script>",
      "",
      '<img src="x" onerror="alert(\'onerror\')">',
      "",
      "[Klicka här](javascript:alert('link'))",
      "",
      '<iframe src="https://example.com/"></iframe>',
      "",
      '<a href="#" onclick="alert(\'click\')">länk</a>',
    ].join("\n");
    const erik = await loggedIn("erik", `${adminUrl}/`);
    const dialogs: string[] = [];
    erik.page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const editUrl = await createGuideline(erik.page, { slug, title: `XSS ${slug}`, body: "Start." });
    await erik.page.goto(editUrl);

    // With JavaScript: the live preview follows the text.
    await erik.page.getByLabel("Text (svenska)").fill(payload);
    const preview = erik.page.getByTestId("markdown-preview").first();
    await expect.poll(() => preview.innerHTML(), { timeout: 10_000 }).toContain("Rubrik");
    await expectClean(erik.page, '[data-testid="markdown-preview"]');
    // Without JavaScript's help: the "Förhandsgranska" button renders it on the server.
    await erik.page.getByRole("button", { name: "Förhandsgranska" }).first().click();
    await expect.poll(() => erik.page.getByTestId("markdown-preview").first().innerHTML()).toContain("Rubrik");
    await expectClean(erik.page, '[data-testid="markdown-preview"]');

    await erik.page.getByRole("button", { name: "Publicera nu" }).click();
    await erik.page.getByText("Publicerat.").waitFor();

    const nils = await loggedIn("nils", `${portalUrl}/personal`);
    nils.page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const foreign = recordForeignRequests(nils.page, "http://127.0.0.1:");
    expect(await portalStatus(nils.page, slug)).toBe(200);
    await expectClean(nils.page, ".guideline-body");
    expect(await nils.page.locator(".guideline-body").innerText()).toContain("Klicka här");
    // Click what was a javascript: link and what carried onclick: nothing runs.
    await nils.page.locator(".guideline-body").getByText("Klicka här").click();
    await nils.page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
    await erik.context.close();
    await nils.context.close();
  });
});

/** No script, iframe, event-handler attribute or javascript: URL inside `selector`. */
async function expectClean(page: Page, selector: string) {
  const found = await page.evaluate((sel) => {
    const roots = Array.from(document.querySelectorAll(sel));
    const all = roots.flatMap((root) => [root, ...Array.from(root.querySelectorAll("*"))]);
    return {
      roots: roots.length,
      scripts: all.filter((el) => el.tagName === "SCRIPT" || el.tagName === "IFRAME").length,
      handlers: all.flatMap((el) => Array.from(el.attributes).filter((a) => a.name.startsWith("on")).map((a) => a.name)),
      jsUrls: all.flatMap((el) => Array.from(el.attributes).filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => a.value)),
    };
  }, selector);
  expect(found.roots).toBeGreaterThan(0);
  expect(found).toMatchObject({ scripts: 0, handlers: [], jsUrls: [] });
}
