import { describe, expect, it } from "vitest";
import { languageCookie, redirectToRememberedLang, switchLanguage } from "./cookie.server";

const cookieFor = async (lang: string) => (await languageCookie.serialize(lang)).split(";")[0]!;

describe("the language switch", () => {
  it("remembers the choice and opens the same page in it", async () => {
    const response = await switchLanguage(new Request("http://portal.test/sprak/en?tillbaka=%2Favgifter%3Fregion%3DNorrbotten"), "en");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/en/avgifter?region=Norrbotten");
    expect(await languageCookie.parse(response.headers.get("Set-Cookie"))).toBe("en");
    expect(response.headers.get("Set-Cookie")).toMatch(/HttpOnly/i);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("goes back to Swedish from an English page", async () => {
    const response = await switchLanguage(new Request("http://portal.test/sprak/sv?tillbaka=%2Fen%2Fhitta-vard"), "sv");
    expect(response.headers.get("Location")).toBe("/hitta-vard");
    expect(await languageCookie.parse(response.headers.get("Set-Cookie"))).toBe("sv");
  });

  it("never sends anyone to another site", async () => {
    for (const back of ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"]) {
      const response = await switchLanguage(new Request(`http://portal.test/sprak/en?${new URLSearchParams({ tillbaka: back })}`), "en");
      expect(response.headers.get("Location"), back).toBe("/en");
    }
  });
});

describe("the remembered language", () => {
  const get = async (url: string, lang?: string, method = "GET") =>
    new Request(url, { method, headers: lang ? { Cookie: await cookieFor(lang) } : {} });

  it("sends a visitor who chose English from a Swedish address to the English page", async () => {
    const response = await redirectToRememberedLang(await get("http://portal.test/avgifter?region=Norrbotten", "en"), {});
    expect(response?.status).toBe(302);
    expect(response?.headers.get("Location")).toBe("/en/avgifter?region=Norrbotten");
  });

  it("leaves everyone else, English addresses and form posts alone", async () => {
    expect(await redirectToRememberedLang(await get("http://portal.test/avgifter"), {})).toBeNull();
    expect(await redirectToRememberedLang(await get("http://portal.test/avgifter", "sv"), {})).toBeNull();
    expect(await redirectToRememberedLang(await get("http://portal.test/en/avgifter", "en"), { lang: "en" })).toBeNull();
    expect(await redirectToRememberedLang(await get("http://portal.test/avgifter", "en", "POST"), {})).toBeNull();
  });
});
