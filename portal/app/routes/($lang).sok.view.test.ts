import { describe, expect, it } from "vitest";
import type { GatewayResult } from "~/utils/gateway.server";
import { parseSearch, searchVariables, toSearchView, toSuggestions, type SearchRequest } from "./($lang).sok.view";

const search = (query: string) => parseSearch(new URLSearchParams(query));

let n = 0;
const hit = (type: string, title: string, score: number, path = `/x/${++n}`) => ({
  type,
  id: `${type}-${title}`,
  path,
  score,
  region: "Norrbotten",
  title: { text: title, highlights: [{ start: 0, length: Math.min(4, title.length) }] },
  snippet: { text: `Om ${title}`, highlights: [] },
});

const results = (hits: ReturnType<typeof hit>[], totalCount = hits.length, didYouMean: string | null = null) => ({
  totalCount,
  didYouMean,
  terms: ["x"],
  hits,
});

const empty = results([]);

function answer(fields: Partial<Record<string, unknown>>, errors: GatewayResult["errors"] = []): GatewayResult {
  return {
    data: {
      searchCareUnits: empty,
      searchEServices: empty,
      searchFees: empty,
      searchArchiveHoldings: empty,
      searchGuidelines: empty,
      ...fields,
    },
    errors,
  };
}

describe("parseSearch", () => {
  it("reads q, typ and sida, trimming q", () => {
    const request = search("q=+v%C3%A5rdcentral+&typ=vardenheter&sida=2");
    expect(request.values).toEqual({ q: "vårdcentral", typ: "vardenheter" });
    expect(request.type?.type).toBe("CARE_UNIT");
    expect(request.page).toBe(2);
    expect(request.errors).toEqual({});
    // The chosen type gets the page's window; the others one hit each, for their counts.
    expect(searchVariables(request)).toEqual({ text: "vårdcentral", careUnits: 20, eServices: 1, fees: 1, archive: 1, guidelines: 1 });
  });

  it("gives a message for text over 200 characters, an unknown type and a page that cannot exist, keeping the values", () => {
    const request = search(`q=${"a".repeat(201)}&typ=okand&sida=9`);
    expect(request.errors).toEqual({ q: expect.stringContaining("200"), typ: expect.any(String), sida: expect.any(String) });
    expect(request.values.typ).toBe("okand");
    expect(search("sida=abc").errors.sida).toBeDefined();
    expect(search("sida=0").errors.sida).toBeDefined();
  });

  it("asks every type for page × 10 when all are shown (at most 4 pages), one chosen type for at most 50 (5 pages)", () => {
    expect(searchVariables(search("q=x&sida=4"))).toEqual({ text: "x", careUnits: 40, eServices: 40, fees: 40, archive: 40, guidelines: 40 });
    expect(search("q=x&sida=5").errors.sida).toContain("4 sidor");
    expect(searchVariables(search("q=x&typ=riktlinjer&sida=5"))).toMatchObject({ guidelines: 50, careUnits: 1 });
  });
});

describe("toSearchView", () => {
  it("is idle with no text and invalid with a wrong field, without asking the gateway", () => {
    expect(toSearchView(null, search("")).status).toBe("idle");
    expect(toSearchView(null, search("q=x&typ=nej")).status).toBe("invalid");
  });

  it("merges the types by score, best first, with ties in type order", () => {
    const view = toSearchView(
      answer({
        searchCareUnits: results([hit("CARE_UNIT", "Kalix hälsocentral", 0.9), hit("CARE_UNIT", "Luleå", 0.3)]),
        searchFees: results([hit("FEE", "Besök", 1)]),
        searchEServices: results([hit("E_SERVICE", "Boka tid", 0.9)]),
      }),
      search("q=x"),
    );
    expect(view.hits.map((h) => h.title.text)).toEqual(["Besök", "Kalix hälsocentral", "Boka tid", "Luleå"]);
    expect(view.hits.map((h) => h.typeLabel)).toEqual(["Avgift", "Vårdenhet", "E-tjänst", "Vårdenhet"]);
    expect(view).toMatchObject({ status: "ok", total: 4, from: 1, to: 4, didYouMean: null, unavailable: [] });
  });

  it("has facets with counts for the types with hits, each a link that keeps q, and marks the current one", () => {
    const answered = answer({
      searchCareUnits: results([hit("CARE_UNIT", "A", 0.5)], 12),
      searchGuidelines: results([hit("GUIDELINE", "B", 0.7)], 3),
    });
    const all = toSearchView(answered, search("q=v%C3%A5rd"));
    expect(all.facets).toEqual([
      { slug: "", label: "Alla", count: 15, href: "/sok?q=v%C3%A5rd", current: true },
      { slug: "vardenheter", label: "Vårdenheter", count: 12, href: "/sok?q=v%C3%A5rd&typ=vardenheter", current: false },
      { slug: "riktlinjer", label: "Riktlinjer", count: 3, href: "/sok?q=v%C3%A5rd&typ=riktlinjer", current: false },
    ]);
    const units = toSearchView(answered, search("q=v%C3%A5rd&typ=vardenheter"));
    expect(units.hits.map((h) => h.title.text)).toEqual(["A"]);
    expect(units.total).toBe(12);
    expect(units.facets.find((f) => f.current)?.slug).toBe("vardenheter");
    expect(units.pages.map((p) => p.href)).toEqual(["/sok?q=v%C3%A5rd&typ=vardenheter", "/sok?q=v%C3%A5rd&typ=vardenheter&sida=2"]);
  });

  it("pages through the merged list: page 2 shows hits 11–20", () => {
    const many = Array.from({ length: 15 }, (_, i) => hit("CARE_UNIT", `Enhet ${String(i).padStart(2, "0")}`, 1 - i / 100));
    const request: SearchRequest = search("q=x&sida=2");
    const view = toSearchView(answer({ searchCareUnits: results(many, 15) }), request);
    expect(view.hits.map((h) => h.title.text)).toEqual(many.slice(10).map((h) => h.title.text));
    expect(view).toMatchObject({ from: 11, to: 15, total: 15 });
    expect(view.pages.map((p) => p.current)).toEqual([false, true]);
  });

  it("uses a corrected answer only when nothing matched as written, and says so", () => {
    const corrected = toSearchView(
      answer({ searchGuidelines: results([hit("GUIDELINE", "Journal", 0.8)], 1, "journal"), searchCareUnits: results([hit("CARE_UNIT", "X", 0.9)], 1, "journa") }),
      search("q=journl"),
    );
    expect(corrected.didYouMean).toBe("journa, journal");
    expect(corrected.total).toBe(2);
    const exactWins = toSearchView(
      answer({ searchGuidelines: results([hit("GUIDELINE", "Journal", 0.8)], 1, "journal"), searchFees: results([hit("FEE", "Journl-avgift", 0.5)]) }),
      search("q=journl"),
    );
    expect(exactWins.didYouMean).toBeNull();
    expect(exactWins.hits.map((h) => h.title.text)).toEqual(["Journl-avgift"]);
  });

  it("shows the other types when one subgraph is down, and names the missing one", () => {
    const view = toSearchView(
      answer({ searchGuidelines: null, searchCareUnits: results([hit("CARE_UNIT", "Kalix", 0.5)]) }, [
        { message: "down", path: ["searchGuidelines"], extensions: { code: "SERVICE_UNAVAILABLE" } },
      ]),
      search("q=kalix"),
    );
    expect(view.unavailable).toEqual(["Riktlinjer"]);
    expect(view.hits.map((h) => h.title.text)).toEqual(["Kalix"]);
  });

  it("is an empty result, not an error, when nothing matches; every type unavailable when the gateway is down", () => {
    expect(toSearchView(answer({}), search("q=zzz"))).toMatchObject({ status: "ok", total: 0, hits: [], facets: [{ slug: "", count: 0 }] });
    const down = toSearchView({ data: null, errors: [{ message: "x", extensions: { code: "GATEWAY_UNAVAILABLE" } }] }, search("q=x"));
    expect(down.unavailable).toHaveLength(5);
  });

  it("drops a hit whose shape is wrong rather than the page, and refuses a path that is not the portal's own", () => {
    const view = toSearchView(
      answer({
        searchCareUnits: results([hit("CARE_UNIT", "A", 0.5, "https://evil.example/"), hit("CARE_UNIT", "B", 0.4, "//evil.example/"), null as never, hit("CARE_UNIT", "C", 0.3, "/hitta-vard/SE1")], 4),
      }),
      search("q=x"),
    );
    expect(view.unavailable).toEqual([]);
    expect(view.hits.map((h) => h.path)).toEqual(["/hitta-vard/SE1"]);
  });
});

describe("toSuggestions", () => {
  it("gives the best eight of every type merged, with titles as plain text", () => {
    const many = Array.from({ length: 6 }, (_, i) => hit("CARE_UNIT", `Enhet ${i}`, 0.9 - i / 100));
    const fees = Array.from({ length: 6 }, (_, i) => hit("FEE", `Avgift ${i}`, 0.95 - i / 10));
    const { suggestions, total } = toSuggestions(answer({ searchCareUnits: results(many), searchFees: results(fees) }));
    expect(suggestions).toHaveLength(8);
    expect(suggestions[0]).toEqual({ key: "FEE:FEE-Avgift 0", title: "Avgift 0", path: expect.any(String), typeLabel: "Avgift" });
    expect(total).toBe(12);
  });
});

describe("the search page in English", () => {
  const searchEn = (query: string) => parseSearch(new URLSearchParams(query), "en");

  it("gives its messages in English", () => {
    const request = searchEn(`q=${"a".repeat(201)}&typ=okand&sida=9`);
    expect(request.errors).toEqual({
      q: "Write at most 200 characters.",
      typ: "Choose one of the types in the list.",
      sida: "That page does not exist: the search results fill at most 4 pages.",
    });
  });

  it("names the types in English and keeps every link on the English pages; the hits stay the search's Swedish text", () => {
    const view = toSearchView(
      answer(
        {
          searchCareUnits: results([hit("CARE_UNIT", "Kalix hälsocentral", 0.9, "/hitta-vard/SE1")], 11),
          searchArchiveHoldings: results([hit("ARCHIVE_HOLDING", "Äldre journaler", 0.5, "/arkiv#bestand")]),
          searchGuidelines: null,
        },
        [{ message: "down", path: ["searchGuidelines"], extensions: { code: "SERVICE_UNAVAILABLE" } }],
      ),
      searchEn("q=kalix"),
      "en",
    );
    expect(view.hits.map((h) => [h.typeLabel, h.title.text, h.path])).toEqual([
      ["Care unit", "Kalix hälsocentral", "/en/hitta-vard/SE1"],
      ["Archive holding", "Äldre journaler", "/en/arkiv#bestand"],
    ]);
    expect(view.facets.map((f) => [f.label, f.href])).toEqual([
      ["All", "/en/sok?q=kalix"],
      ["Care units", "/en/sok?q=kalix&typ=vardenheter"],
      ["The archive", "/en/sok?q=kalix&typ=arkiv"],
    ]);
    expect(view.pages.map((p) => p.href)).toEqual(["/en/sok?q=kalix", "/en/sok?q=kalix&sida=2"]);
    expect(view.unavailable).toEqual(["Guidelines"]);
  });

  it("suggests with English type names and English paths", () => {
    const { suggestions } = toSuggestions(answer({ searchEServices: results([hit("E_SERVICE", "Förnya recept", 0.9, "/e-tjanster/recept")]) }), 8, "en");
    expect(suggestions).toEqual([{ key: "E_SERVICE:E_SERVICE-Förnya recept", title: "Förnya recept", path: "/en/e-tjanster/recept", typeLabel: "E-service" }]);
  });
});
