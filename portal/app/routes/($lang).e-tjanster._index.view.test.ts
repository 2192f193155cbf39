import { describe, expect, it } from "vitest";
import { personnummerFor } from "@vardportal/kit/personnummer";
import type { GatewayResult } from "~/utils/gateway.server";
import { toCatalogueView } from "./($lang).e-tjanster._index.view";
import { plainParagraphs, toEServicePage } from "./($lang).e-tjanster.$slug.view";
import { describeStaffedHours, whenInSweden, type EServiceNode } from "./($lang).e-tjanster.service.view";
import { parseVisitorForm } from "./($lang).e-tjanster.visitor.view";

const ANNA = personnummerFor("1985-05-17", 282);
const NOW = "2026-03-02T08:00:00.000Z"; // Monday 09:00 Swedish time
const form = (query: string, personnummer?: string) => parseVisitorForm(new URLSearchParams(query), { region: "Norrbotten", personnummer, today: "2026-03-02" });

const ungINorr: EServiceNode = {
  id: "s-1",
  slug: "ung-i-norr",
  name: { sv: "Ung i Norr" },
  summary: { sv: "Videosamtal med ungdomsmottagningen." },
  channel: "VIDEO",
  provider: "Region Norrbotten",
  minAge: 13,
  maxAge: 25,
  requiresEid: true,
  eidMethods: ["BankID", "Freja eID"],
  offeredOnlyIn: [],
  notOfferedIn: ["Luleå", "Boden"],
  cost: { sv: "Besöket är gratis." },
  staffedHours: null,
  staffing: null,
  eligibilityFor: {
    eligible: false,
    decided: true,
    reasons: [
      { criterion: "AGE", outcome: "MET", code: "AGE_WITHIN_RANGE", message: { sv: "Du är 16 år." } },
      { criterion: "MUNICIPALITY", outcome: "NOT_MET", code: "NOT_OFFERED_IN_MUNICIPALITY", message: { sv: "Tjänsten erbjuds inte till dig som bor i Luleå och Boden." } },
      { criterion: "EID", outcome: "MET", code: "EID_HELD", message: { sv: "Du har e-legitimation." } },
    ],
  },
};
const digitalen: EServiceNode = {
  ...ungINorr,
  id: "s-2",
  slug: "digitalen",
  name: { sv: "Digitalen" },
  channel: "CHAT",
  minAge: null,
  maxAge: null,
  notOfferedIn: [],
  staffedHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => (weekday <= 5 ? { weekday, opens: "08:00", closes: "18:00" } : { weekday, opens: "09:00", closes: "15:00" })),
  staffing: { staffedNow: true, changesAt: "2026-03-02T17:00:00.000Z" },
  eligibilityFor: { eligible: true, decided: true, reasons: [{ criterion: "AGE", outcome: "MET", code: "NO_AGE_LIMIT", message: { sv: "Ingen åldersgräns." } }] },
};
const page = (nodes: EServiceNode[], hasNextPage = false): GatewayResult => ({
  data: { eServices: { totalCount: nodes.length, edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage, endCursor: hasNextPage ? "c2" : null } } },
  errors: [],
});

describe("the visitor form", () => {
  it("reads age, municipality and e-ID for the eligibility question, and filters by them only when asked", () => {
    const f = form("alder=16&kommun=Luleå&eid=ja&kanal=VIDEO");
    expect(f.errors).toEqual({});
    expect(f.visitor).toEqual({ age: 16, municipality: "Luleå", hasEid: true });
    expect(f.filter).toEqual({ region: "Norrbotten", channel: "VIDEO" });
    expect(form("alder=16&kommun=Kalix&passar=ja").filter).toEqual({ region: "Norrbotten", age: 16, municipality: "Kalix" });
  });

  it("gives a message per field for what it cannot use, and keeps what was typed", () => {
    const f = form("alder=sexton&kommun=Stockholm&eid=kanske&kanal=FAX");
    expect(Object.keys(f.errors).sort()).toEqual(["alder", "eid", "kanal", "kommun"]);
    expect(f.errors.alder).toBe("Skriv din ålder i hela år, till exempel 16.");
    expect(f.values.alder).toBe("sexton");
    expect(form("alder=131").errors.alder).toBe("Skriv en ålder mellan 0 och 130.");
  });

  it("takes a logged-in resident's age from their personnummer when the field is empty, not when they typed one", () => {
    // Anna, born 17 May 1985: 40 on 2 March 2026.
    expect(form("", ANNA)).toMatchObject({ ageFromPersonnummer: true, visitor: { age: 40 } });
    expect(form("alder=20", ANNA)).toMatchObject({ ageFromPersonnummer: false, visitor: { age: 20 } });
    expect(form("")).toMatchObject({ ageFromPersonnummer: false, visitor: {} });
  });
});

describe("the catalogue", () => {
  it("shows per service whether the visitor can use it and why, the reason that stops them first", () => {
    const view = toCatalogueView(page([ungINorr, digitalen]), form("alder=16&kommun=Luleå&eid=ja"), NOW);
    if (view.results.status !== "ok") throw new Error(view.results.status);
    const [ung, dig] = view.results.data.services;
    expect(ung).toMatchObject({ verdict: "no", verdictText: "Tjänsten passar inte dig", href: "/e-tjanster/ung-i-norr", channelLabel: "Video" });
    expect(ung!.reasons[0]).toEqual({
      code: "NOT_OFFERED_IN_MUNICIPALITY",
      outcome: "NOT_MET",
      text: { text: "Tjänsten erbjuds inte till dig som bor i Luleå och Boden.", lang: "sv", fallback: false },
    });
    expect(ung!.name).toEqual({ text: "Ung i Norr", lang: "sv", fallback: false });
    expect(dig).toMatchObject({ verdict: "yes", staffing: { staffedNow: true, text: "Bemannad nu, till kl. 18.00" } });
    expect(dig!.staffedHours).toEqual(["Måndag–fredag 08.00–18.00", "Lördag–söndag 09.00–15.00"]);
    expect(view.serviceQuery).toBe("?alder=16&kommun=Lule%C3%A5&eid=ja");
  });

  it("'depends' when something the answer depends on was not given", () => {
    const unknown = { ...ungINorr, eligibilityFor: { eligible: false, decided: false, reasons: [{ criterion: "AGE", outcome: "UNKNOWN" as const, code: "AGE_NOT_GIVEN", message: { sv: "Ange din ålder." } }] } };
    const view = toCatalogueView(page([unknown]), form(""), NOW);
    expect(view.results.status === "ok" && view.results.data.services[0]!.verdict).toBe("depends");
  });

  it("links the next page with the form's values, and a bad cursor is stale with a way back", () => {
    const next = toCatalogueView(page([digitalen], true), form("kanal=CHAT"), NOW);
    expect(next.results.status === "ok" && next.results.data.nextPageHref).toBe("/e-tjanster?kanal=CHAT&efter=c2");
    const stale = toCatalogueView({ data: { eServices: null }, errors: [{ message: "bad", path: ["eServices"], extensions: { code: "BAD_USER_INPUT", field: "after" } }] }, form("kanal=CHAT"), NOW);
    expect(stale.results).toEqual({ status: "stale", firstPageHref: "/e-tjanster?kanal=CHAT" });
  });

  it("is 'unavailable' when the e-services subgraph is down, and 'invalid' without asking when the form has errors", () => {
    expect(toCatalogueView({ data: null, errors: [{ message: "down" }] }, form(""), NOW).results).toEqual({ status: "unavailable" });
    expect(toCatalogueView(null, form("alder=x"), NOW).results).toEqual({ status: "invalid" });
  });
});

describe("a service's page", () => {
  it("renders the Markdown description to sanitised HTML on the server", () => {
    const outcome = toEServicePage({ data: { eService: { ...ungINorr, description: { sv: "Om **hälsa**\n\n- sex\n\n<script>alert(1)</script>" }, eligibility: null, availability: null, webUrl: "javascript:alert(1)" } }, errors: [] }, NOW);
    if (outcome.status !== "ok") throw new Error(outcome.status);
    expect(outcome.view.description).toMatchObject({ lang: "sv", fallback: false });
    expect(outcome.view.description?.html).toContain("<strong>hälsa</strong>");
    expect(outcome.view.description?.html).toContain("<li>sex</li>");
    expect(outcome.view.description?.html).not.toContain("<script");
    expect(outcome.view.webUrl).toBeNull();
  });

  it("shows the easy-to-read summary as plain paragraphs (a single line break kept), none where it is not written", () => {
    const easyToRead = { sv: "Digitalen är vård på nätet.\n\nDu chattar med personal.\nDet är gratis.\n\n\n<b>Ring 112</b> vid akut.", en: null };
    const outcome = toEServicePage({ data: { eService: { ...digitalen, easyToRead } } , errors: [] }, NOW);
    if (outcome.status !== "ok") throw new Error(outcome.status);
    expect(outcome.view.easyToRead).toEqual({
      paragraphs: [["Digitalen är vård på nätet."], ["Du chattar med personal.", "Det är gratis."], ["<b>Ring 112</b> vid akut."]],
      lang: "sv",
      fallback: false,
    });
    const none = toEServicePage({ data: { eService: { ...digitalen, easyToRead: null } }, errors: [] }, NOW);
    expect(none.status === "ok" && none.view.easyToRead).toBeNull();
    const blank = toEServicePage({ data: { eService: { ...digitalen, easyToRead: { sv: " \n\n " } } }, errors: [] }, NOW);
    expect(blank.status === "ok" && blank.view.easyToRead).toBeNull();
    expect(plainParagraphs("a\r\nb\r\n\r\nc")).toEqual([["a", "b"], ["c"]]);
  });

  it("is not-found for a slug no service has, unavailable when the subgraph is down", () => {
    expect(toEServicePage({ data: { eService: null }, errors: [] }, NOW)).toEqual({ status: "not-found" });
    expect(toEServicePage({ data: null, errors: [{ message: "down" }] }, NOW)).toEqual({ status: "unavailable" });
  });
});

describe("hours in words", () => {
  it("runs days with the same hours together", () => {
    const tandvard = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "07:30", closes: weekday === 5 ? "14:00" : "15:00" }));
    expect(describeStaffedHours(tandvard)).toEqual(["Måndag–torsdag 07.30–15.00", "Fredag 07.30–14.00"]);
  });

  it("names the day when the change is not today (Swedish time)", () => {
    expect(whenInSweden("2026-03-02T17:00:00.000Z", NOW)).toBe("kl. 18.00");
    expect(whenInSweden("2026-03-07T08:00:00.000Z", NOW)).toBe("på lördag kl. 09.00");
  });
});

describe("in English", () => {
  const englishForm = (query: string) => parseVisitorForm(new URLSearchParams(query), { region: "Norrbotten", today: "2026-03-02", lang: "en" });
  const translated: EServiceNode = {
    ...digitalen,
    name: { sv: "Digitalen", en: "The Digital Health Centre" },
    summary: { sv: "Chatta med en sjuksköterska.", en: "Chat with a nurse." },
    cost: { sv: "Besöket kostar 100 kr.", en: null },
    eligibilityFor: {
      eligible: false,
      decided: true,
      reasons: [{ criterion: "MUNICIPALITY", outcome: "NOT_MET", code: "ONLY_OFFERED_ELSEWHERE", message: { sv: "Tjänsten erbjuds bara i Kalix.", en: "The service is only offered in Kalix." } }],
    },
  };

  it("gives the form's field messages in English", () => {
    const f = englishForm("alder=sexton&kommun=Stockholm&eid=kanske&kanal=FAX");
    expect(f.errors).toEqual({
      alder: "Enter your age in whole years, for example 16.",
      kommun: "Choose a municipality from the list.",
      eid: "Choose yes or no.",
      kanal: "Choose a channel from the list.",
    });
    expect(englishForm("alder=131").errors.alder).toBe("Enter an age between 0 and 130.");
  });

  it("speaks English: verdict, staffing, hours (Swedish time, English clock) and the API's English texts", () => {
    const view = toCatalogueView(page([translated]), englishForm(""), NOW, "en");
    if (view.results.status !== "ok") throw new Error(view.results.status);
    const [service] = view.results.data.services;
    expect(service).toMatchObject({
      verdict: "no",
      verdictText: "The service is not for you",
      channelLabel: "Chat",
      name: { text: "The Digital Health Centre", lang: "en", fallback: false },
      summary: { text: "Chat with a nurse.", lang: "en", fallback: false },
      staffing: { staffedNow: true, text: "Staffed now, closes at 18:00" },
      href: "/e-tjanster/digitalen",
    });
    expect(service!.staffedHours).toEqual(["Monday–Friday 08:00–18:00", "Saturday–Sunday 09:00–15:00"]);
    expect(service!.reasons[0]!.text).toEqual({ text: "The service is only offered in Kalix.", lang: "en", fallback: false });
  });

  it("marks a text with no English as a Swedish fallback", () => {
    const view = toCatalogueView(page([translated, ungINorr]), englishForm(""), NOW, "en");
    if (view.results.status !== "ok") throw new Error(view.results.status);
    const [service, untranslated] = view.results.data.services;
    expect(service!.cost).toEqual({ text: "Besöket kostar 100 kr.", lang: "sv", fallback: true });
    expect(untranslated!.name).toEqual({ text: "Ung i Norr", lang: "sv", fallback: true });
    expect(untranslated!.reasons.every((r) => r.text.fallback && r.text.lang === "sv")).toBe(true);
    expect(untranslated!.verdictText).toBe("The service is not for you");
  });

  it("a service's page: the English description where written, the Swedish one marked where not", () => {
    const node = { ...translated, description: { sv: "Om **tjänsten**", en: "About **the service**" }, eligibility: { sv: "För alla som bor i Norrbotten." }, availability: null, webUrl: null };
    const outcome = toEServicePage({ data: { eService: node }, errors: [] }, NOW, "en");
    if (outcome.status !== "ok") throw new Error(outcome.status);
    expect(outcome.view.description).toEqual({ html: expect.stringContaining("<strong>the service</strong>"), lang: "en", fallback: false });
    expect(outcome.view.whoText).toEqual({ text: "För alla som bor i Norrbotten.", lang: "sv", fallback: true });
    expect(outcome.view.whereText).toBeNull();

    const swedishOnly = toEServicePage({ data: { eService: { ...node, description: { sv: "Om **tjänsten**", en: " " } } }, errors: [] }, NOW, "en");
    if (swedishOnly.status !== "ok") throw new Error(swedishOnly.status);
    expect(swedishOnly.view.description).toEqual({ html: expect.stringContaining("<strong>tjänsten</strong>"), lang: "sv", fallback: true });
  });

  it("the easy-to-read summary in English where written, the Swedish one marked as a fallback where not", () => {
    const written = toEServicePage({ data: { eService: { ...digitalen, easyToRead: { sv: "Det är gratis.", en: "It is free.\n\nCall 112 in an emergency." } } }, errors: [] }, NOW, "en");
    expect(written.status === "ok" && written.view.easyToRead).toEqual({ paragraphs: [["It is free."], ["Call 112 in an emergency."]], lang: "en", fallback: false });
    const swedishOnly = toEServicePage({ data: { eService: { ...digitalen, easyToRead: { sv: "Det är gratis.", en: "" } } }, errors: [] }, NOW, "en");
    expect(swedishOnly.status === "ok" && swedishOnly.view.easyToRead).toEqual({ paragraphs: [["Det är gratis."]], lang: "sv", fallback: true });
  });

  it("hours and times in English words", () => {
    const split = [{ weekday: 1, opens: "08:00", closes: "12:00" }, { weekday: 1, opens: "13:00", closes: "16:00" }];
    expect(describeStaffedHours(split, "en")).toEqual(["Monday 08:00–12:00 and 13:00–16:00"]);
    expect(describeStaffedHours(split)).toEqual(["Måndag 08.00–12.00 och 13.00–16.00"]);
    expect(whenInSweden("2026-03-02T17:00:00.000Z", NOW, "en")).toBe("at 18:00");
    expect(whenInSweden("2026-03-07T08:00:00.000Z", NOW, "en")).toBe("on Saturday at 09:00");
    const closed = toCatalogueView(page([{ ...digitalen, staffing: { staffedNow: false, changesAt: "2026-03-03T07:00:00.000Z" } }]), englishForm(""), NOW, "en");
    expect(closed.results.status === "ok" && closed.results.data.services[0]!.staffing?.text).toBe("Not staffed now; staff answer again on Tuesday at 08:00");
  });
});
