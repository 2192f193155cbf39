import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, launchBrowser, recordForeignRequests, waitForText } from "../support/browser.js";

/** "E-tjänster" in a real browser: the GET form without JavaScript, eligibility with every reason, a service's page. */
const portalUrl = inject("portalUrl");
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("E-tjänster", () => {
  it("Ung i Norr: not for a 16-year-old in Luleå, with the reason; for one in Kalix (no JavaScript)", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const foreign = recordForeignRequests(page, "http://127.0.0.1:");
    await page.goto(`${portalUrl}/e-tjanster`);
    await page.getByLabel("Din ålder").fill("16");
    await page.getByLabel("Kommun där du bor").selectOption("Luleå");
    await page.getByLabel("Ja", { exact: true }).check();
    await page.getByRole("button", { name: "Visa", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("kommun") === "Luleå");
    await waitForText(page, "Tjänsten erbjuds inte till dig som bor i Luleå");
    const lulea = plain(await page.getByTestId("e-tjanst-ung-i-norr").innerText());
    expect(lulea).toContain("Tjänsten passar inte dig");
    expect(lulea).toContain("Tjänsten erbjuds inte till dig som bor i Luleå och Boden.");

    await page.goto(`${portalUrl}/e-tjanster?alder=16&kommun=Kalix&eid=ja`);
    const kalix = plain(await page.getByTestId("e-tjanst-ung-i-norr").innerText());
    expect(kalix).toContain("Du kan använda tjänsten");
    expect(kalix).toContain("Tjänsten erbjuds i Kalix.");
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("a bad age is refused beside the field, with what was typed kept", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${portalUrl}/e-tjanster?alder=sexton`);
    expect(response?.status()).toBe(400);
    const age = page.getByLabel("Din ålder");
    expect(await age.inputValue()).toBe("sexton");
    expect(await age.getAttribute("aria-invalid")).toBe("true");
    expect(plain(await page.locator("#alder-fel").innerText())).toContain("Skriv din ålder i hela år");
    await context.close();
  });

  it("a service's page renders its description, staffed hours and whether it is staffed now; passes axe", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${portalUrl}/e-tjanster/digitalen`);
    const main = plain(await page.locator("main").innerText());
    expect(main).toContain("Måndag–fredag 08.00–18.00");
    expect(main).toContain("Lördag–söndag 09.00–15.00");
    expect(main).toMatch(/(Bemannad nu|Inte bemannad nu)/);
    expect(await page.locator("main ol li").count()).toBeGreaterThan(0); // the Markdown list, rendered
    expect(await axeViolations(page)).toEqual([]);
    expect((await page.goto(`${portalUrl}/e-tjanster/finns-inte`))?.status()).toBe(404);
    await context.close();
  });
});
