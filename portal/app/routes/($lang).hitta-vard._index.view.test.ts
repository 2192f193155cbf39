import { describe, expect, it } from "vitest";
import type { GatewayResult } from "~/utils/gateway.server";
import { FindCareNearQuery, FindCareQuery } from "./($lang).hitta-vard._index.graphql";
import { parseSearch, searchHref, searchOperation, toFindCareView, type SearchRequest } from "./($lang).hitta-vard._index.view";

const NOW = "2026-03-02T09:00:00.000Z";
const search = (query: string) => parseSearch(new URLSearchParams(query));

const node = (overrides: Record<string, unknown> = {}) => ({
  id: "u1",
  hsaId: "SE2321000230-EX17",
  name: "Kalix hälsocentral",
  kind: "HEALTH_CENTRE",
  municipality: "Kalix",
  address: "Storgatan 36, Kalix",
  phone: "0920-28 40 00",
  openingStatus: { open: true, closesAt: "2026-03-02T16:00:00.000Z", opensNext: null, hoursKnown: true },
  ...overrides,
});

const answer = (nodes: unknown[], totalCount = nodes.length, pageInfo = { hasNextPage: false, endCursor: null as string | null }): GatewayResult => ({
  data: { careUnits: { totalCount, edges: nodes.map((n) => ({ node: n })), pageInfo } },
  errors: [],
});

describe("parseSearch", () => {
  it("reads the form from the URL and keeps every value", () => {
    expect(search("q=+h%C3%A4lsocentral+&kommun=Kalix&typ=HEALTH_CENTRE&oppet=ja&sortera=avstand&fran=Lule%C3%A5")).toEqual({
      values: { q: "hälsocentral", kommun: "Kalix", typ: "HEALTH_CENTRE", oppet: true, sortera: "avstand", fran: "Luleå" },
      errors: {},
      after: null,
      start: 1,
    });
  });

  it("defaults to every unit, by name, on the first page", () => {
    expect(search("")).toEqual({ values: { q: "", kommun: "", typ: "", oppet: false, sortera: "namn", fran: "" }, errors: {}, after: null, start: 1 });
  });

  it("gives each field that is wrong a message of its own", () => {
    const { errors, values } = search(`q=${"x".repeat(101)}&kommun=Stockholm&typ=SPA&sortera=slump`);
    expect(errors).toEqual({
      q: "Skriv högst 100 tecken.",
      kommun: "Välj en kommun i listan.",
      typ: "Välj en typ av vårdenhet i listan.",
      sortera: "Välj hur listan ska sorteras.",
    });
    expect(values.kommun).toBe("Stockholm");
  });

  it("asks for a place to measure from when sorting by distance", () => {
    expect(search("sortera=avstand").errors).toEqual({ fran: "Välj en ort att räkna avståndet från." });
    expect(search("sortera=avstand&fran=Paris").errors).toEqual({ fran: "Välj en ort i listan." });
    expect(search("fran=Kiruna").errors).toEqual({});
  });

  it("reads the page's cursor and where it starts", () => {
    expect(search("efter=abc&start=21")).toMatchObject({ after: "abc", start: 21 });
    expect(search("start=21")).toMatchObject({ after: null, start: 1 });
    expect(search("efter=abc&start=-4")).toMatchObject({ after: "abc", start: 1 });
  });
});

describe("searchOperation", () => {
  it("filters on the portal's region and what the form says, the open-now filter at the instant given", () => {
    const op = searchOperation(search("q=kalix&kommun=Kalix&typ=HEALTH_CENTRE&oppet=ja&efter=c1&start=21"), { now: NOW, region: "Norrbotten" });
    expect(op.query).toBe(FindCareQuery);
    expect(op.variables).toEqual({
      first: 20,
      after: "c1",
      now: NOW,
      filter: { region: "Norrbotten", text: "kalix", municipality: "Kalix", kind: "HEALTH_CENTRE", openAt: NOW },
    });
  });

  it("orders by distance from the chosen town's centre", () => {
    const op = searchOperation(search("sortera=avstand&fran=Kiruna"), { now: NOW, region: "Norrbotten" });
    expect(op.query).toBe(FindCareNearQuery);
    expect(op.variables).toMatchObject({ near: { lat: 67.8558, lon: 20.2253 }, filter: { region: "Norrbotten" } });
  });
});

describe("toFindCareView", () => {
  it("lists units with their status, link and phone", () => {
    const view = toFindCareView(answer([node()]), search("kommun=Kalix"), NOW);
    expect(view.results).toEqual({
      status: "ok",
      data: {
        totalCount: 1,
        first: 1,
        last: 1,
        nextHref: null,
        firstPageHref: null,
        units: [
          {
            id: "u1",
            name: "Kalix hälsocentral",
            href: "/hitta-vard/SE2321000230-EX17",
            kindLabel: "Vårdcentral",
            municipality: "Kalix",
            address: "Storgatan 36, Kalix",
            phone: { text: "0920-28 40 00", href: "tel:0920284000" },
            status: { tone: "open", badge: "Öppet nu", detail: "stänger 17:00" },
            distance: null,
          },
        ],
      },
    });
  });

  it("says 'Visar 21–40 av 57' and links the next page with its cursor and start, keeping the search", () => {
    const nodes = Array.from({ length: 20 }, (_, i) => node({ id: `u${i}` }));
    const view = toFindCareView(answer(nodes, 57, { hasNextPage: true, endCursor: "next" }), search("kommun=Kalix&efter=prev&start=21"), NOW);
    if (view.results.status !== "ok") throw new Error("expected results");
    expect([view.results.data.first, view.results.data.last, view.results.data.totalCount]).toEqual([21, 40, 57]);
    expect(view.results.data.nextHref).toBe("/hitta-vard?kommun=Kalix&efter=next&start=41");
    expect(view.results.data.firstPageHref).toBe("/hitta-vard?kommun=Kalix");
  });

  it("shows distances when sorted by distance, and says from where", () => {
    const view = toFindCareView(answer([node({ distanceKm: 0.42 }), node({ id: "u2", distanceKm: 37.4 })]), search("sortera=avstand&fran=Kalix"), NOW);
    if (view.results.status !== "ok") throw new Error("expected results");
    expect(view.results.data.units.map((u) => u.distance)).toEqual(["400 m", "37 km"]);
    expect(view.sortedFrom).toBe("Kalix");
  });

  it("suggests, for an empty result, each change that would widen the search", () => {
    const view = toFindCareView(answer([]), search("q=tand&kommun=Pajala&typ=DENTAL_CARE&oppet=ja"), NOW);
    expect(view.results).toMatchObject({ status: "ok", data: { totalCount: 0 } });
    expect(view.suggestions).toEqual([
      { text: "Visa även vårdenheter som är stängda just nu", href: "/hitta-vard?q=tand&kommun=Pajala&typ=DENTAL_CARE" },
      { text: "Visa alla typer av vårdenheter, inte bara tandvård", href: "/hitta-vard?q=tand&kommun=Pajala&oppet=ja" },
      { text: "Sök i alla kommuner, inte bara Pajala", href: "/hitta-vard?q=tand&typ=DENTAL_CARE&oppet=ja" },
      { text: "Sök utan texten ”tand”, eller med en kortare del av namnet", href: "/hitta-vard?kommun=Pajala&typ=DENTAL_CARE&oppet=ja" },
    ]);
  });

  it("does not search when the form has errors", () => {
    const request: SearchRequest = search("kommun=Stockholm");
    expect(toFindCareView(null, request, NOW)).toMatchObject({ results: { status: "invalid" }, errors: { kommun: "Välj en kommun i listan." } });
  });

  it("treats a refused cursor as a stale page link, with a way back to the first page", () => {
    const result: GatewayResult = {
      data: { careUnits: null },
      errors: [{ message: "This cursor is not valid.", path: ["careUnits"], extensions: { code: "BAD_USER_INPUT", field: "after" } }],
    };
    expect(toFindCareView(result, search("typ=PSYCHIATRY&efter=bad&start=21"), NOW).results).toEqual({ status: "stale", firstPageHref: "/hitta-vard?typ=PSYCHIATRY" });
  });

  it("reads a refused cursor even when the gateway leaves out which field was refused", () => {
    const result: GatewayResult = { data: { careUnits: null }, errors: [{ message: "This cursor is not valid.", path: ["careUnits"], extensions: { code: "BAD_USER_INPUT" } }] };
    expect(toFindCareView(result, search("efter=bad&start=21"), NOW).results).toMatchObject({ status: "stale" });
  });

  it("treats a page past the end as stale too", () => {
    expect(toFindCareView(answer([], 12), search("efter=old&start=41"), NOW).results).toMatchObject({ status: "stale" });
  });

  it("marks the list unavailable when the care-units subgraph or the gateway is down", () => {
    const down: GatewayResult = { data: { careUnits: null }, errors: [{ message: "down", path: ["careUnits"] }] };
    expect(toFindCareView(down, search(""), NOW).results).toEqual({ status: "unavailable" });
    const unreachable: GatewayResult = { data: null, errors: [{ message: "The gateway could not be reached.", extensions: { code: "GATEWAY_UNAVAILABLE" } }] };
    expect(toFindCareView(unreachable, search(""), NOW).results).toEqual({ status: "unavailable" });
  });

  it("keeps a unit whose status could not be read, without a badge", () => {
    const view = toFindCareView(answer([node({ openingStatus: null })]), search(""), NOW);
    expect(view.results.status === "ok" && view.results.data.units[0]?.status).toBeNull();
  });
});

describe("in English", () => {
  it("gives each field that is wrong an English message, keeping the values", () => {
    const { errors, values } = parseSearch(new URLSearchParams(`q=${"x".repeat(101)}&kommun=Stockholm&typ=SPA&sortera=slump`), "en");
    expect(errors).toEqual({
      q: "Write at most 100 characters.",
      kommun: "Choose a municipality from the list.",
      typ: "Choose a type of care unit from the list.",
      sortera: "Choose how the list should be sorted.",
    });
    expect(values.kommun).toBe("Stockholm");
    expect(parseSearch(new URLSearchParams("sortera=avstand"), "en").errors).toEqual({ fran: "Choose a town to measure the distance from." });
  });

  it("lists units with English kinds, statuses and distances, and keeps the links language-free", () => {
    const view = toFindCareView(answer([node({ distanceKm: 4.26 })]), search("sortera=avstand&fran=Lule%C3%A5"), NOW, "en");
    if (view.results.status !== "ok") throw new Error("expected results");
    expect(view.results.data.units[0]).toMatchObject({
      name: "Kalix hälsocentral",
      href: "/hitta-vard/SE2321000230-EX17",
      kindLabel: "Health centre",
      status: { tone: "open", badge: "Open now", detail: "closes 17:00" },
      distance: "4.3 km",
    });
    expect(view.sortedFrom).toBe("Luleå");
  });

  it("suggests wider searches in English", () => {
    const view = toFindCareView(answer([]), search("q=tand&kommun=Pajala&typ=DENTAL_CARE&oppet=ja"), NOW, "en");
    expect(view.suggestions.map((s) => s.text)).toEqual([
      "Also show care units that are closed right now",
      "Show all types of care unit, not just dental care",
      "Search all municipalities, not just Pajala",
      "Search without the text “tand”, or with a shorter part of the name",
    ]);
  });
});

describe("searchHref", () => {
  it("writes only what is set, so the URL stays short and shareable", () => {
    expect(searchHref({ q: "", kommun: "", typ: "", oppet: false, sortera: "namn", fran: "Luleå" })).toBe("/hitta-vard");
    expect(searchHref({ q: "akut", kommun: "", typ: "", oppet: true, sortera: "avstand", fran: "Luleå" })).toBe("/hitta-vard?q=akut&oppet=ja&sortera=avstand&fran=Lule%C3%A5");
  });
});
