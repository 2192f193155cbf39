import { describe, expect, it } from "vitest";
import { personnummerFor } from "@vardportal/kit/personnummer";
import type { GatewayResult } from "~/utils/gateway.server";
import { toCatalogueView } from "./e-tjanster._index.view";
import { toEServicePage } from "./e-tjanster.$slug.view";
import { describeStaffedHours, whenInSweden, type EServiceNode } from "./e-tjanster.service.view";
import { parseVisitorForm } from "./e-tjanster.visitor.view";

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
    expect(ung!.reasons[0]).toEqual({ code: "NOT_OFFERED_IN_MUNICIPALITY", outcome: "NOT_MET", text: "Tjänsten erbjuds inte till dig som bor i Luleå och Boden." });
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
    expect(outcome.view.descriptionHtml).toContain("<strong>hälsa</strong>");
    expect(outcome.view.descriptionHtml).toContain("<li>sex</li>");
    expect(outcome.view.descriptionHtml).not.toContain("<script");
    expect(outcome.view.webUrl).toBeNull();
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
