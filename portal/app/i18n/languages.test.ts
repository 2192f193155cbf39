import { describe, expect, it } from "vitest";
import { langFromParams, langOfPath, localePath, stripLang } from "./languages";

describe("the language in the address", () => {
  it("is Swedish at the bare paths and English under /en", () => {
    expect(langOfPath("/")).toBe("sv");
    expect(langOfPath("/avgifter")).toBe("sv");
    expect(langOfPath("/en")).toBe("en");
    expect(langOfPath("/en/avgifter")).toBe("en");
    // A Swedish page whose name starts with "en" is not English.
    expect(langOfPath("/enheter")).toBe("sv");
    expect(langOfPath("/e-tjanster")).toBe("sv");
  });

  it("reads the route parameter, and an unknown prefix is a 404", () => {
    expect(langFromParams({})).toBe("sv");
    expect(langFromParams({ lang: "en" })).toBe("en");
    let thrown: unknown;
    try {
      langFromParams({ lang: "foo" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(404);
    // Swedish has no prefix of its own: /sv/avgifter is not a page.
    expect(() => langFromParams({ lang: "sv" })).toThrow();
  });

  it("moves a path into a language, keeping its query and anchor", () => {
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("en", "/avgifter?region=Norrbotten#tabell")).toBe("/en/avgifter?region=Norrbotten#tabell");
    expect(localePath("en", "/?q=1")).toBe("/en?q=1");
    expect(localePath("sv", "/en/avgifter")).toBe("/avgifter");
    expect(localePath("sv", "/en")).toBe("/");
    expect(localePath("en", "/en/avgifter")).toBe("/en/avgifter");
    expect(stripLang("/en?x=1")).toBe("/?x=1");
  });

  it("leaves log-in, attachments, the switch, anchors and other sites alone", () => {
    expect(localePath("en", "/auth/login?returnTo=%2F")).toBe("/auth/login?returnTo=%2F");
    expect(localePath("en", "/arkiv/bilaga/42")).toBe("/arkiv/bilaga/42");
    expect(localePath("en", "/sprak/sv")).toBe("/sprak/sv");
    expect(localePath("en", "#huvudinnehall")).toBe("#huvudinnehall");
    expect(localePath("en", "https://www.1177.se/")).toBe("https://www.1177.se/");
    expect(localePath("en", "//evil.example/")).toBe("//evil.example/");
    // A Swedish page that merely starts with "arkiv" is still a page.
    expect(localePath("en", "/arkiv")).toBe("/en/arkiv");
    expect(localePath("en", "/arkiv/arenden")).toBe("/en/arkiv/arenden");
  });
});
