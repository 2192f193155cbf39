import { describe, expect, it } from "vitest";
import { toHoldingsView } from "./($lang).arkiv._index.view";

const node = (over: Record<string, unknown>) => ({
  id: "1", slug: "s", title: { sv: "Äldre journaler" }, description: { sv: "Papper." }, kind: "PATIENT_RECORDS", held: true, whereToAsk: null,
  periodFrom: 1900, periodTo: 1990, extentMeters: 1200.5, creator: "Landstinget", whereKept: "Magasinet", accessConditions: { sv: "Sekretess." }, audience: "PUBLIC", ...over,
});
const sv = (text: string) => ({ text, lang: "sv", fallback: false });

describe("the holdings page", () => {
  it("splits what the archive keeps from what it does not, with the series facts in order", () => {
    const view = toHoldingsView({ data: { archiveHoldings: { edges: [{ node: node({}) }, { node: node({ id: "2", held: false, whereToAsk: { sv: "Mottagningen." }, periodFrom: null, periodTo: null, extentMeters: null, creator: null, whereKept: null, accessConditions: null }) }] } }, errors: [] });
    expect(view.holdings.status).toBe("ok");
    if (view.holdings.status !== "ok") return;
    expect(view.holdings.data.held[0]?.facts.map((f) => f.term)).toEqual(["Arkivbildare", "Period", "Omfång", "Förvaras", "Villkor för åtkomst"]);
    expect(view.holdings.data.held[0]?.facts[2]?.value).toBe("1\u00a0200,5 hyllmeter");
    expect(view.holdings.data.notHeld).toEqual([{ id: "2", title: sv("Äldre journaler"), description: sv("Papper."), facts: [], whereToAsk: sv("Mottagningen."), internal: false }]);
  });

  it("speaks English on an English page: English texts where written, the Swedish ones marked as a fallback", () => {
    const view = toHoldingsView(
      { data: { archiveHoldings: { edges: [{ node: node({ title: { sv: "Äldre journaler", en: "Older medical records" }, description: { sv: "Papper.", en: "" }, accessConditions: { sv: "Sekretess.", en: null } }) }] } }, errors: [] },
      "en",
    );
    if (view.holdings.status !== "ok") throw new Error("unavailable");
    const [holding] = view.holdings.data.held;
    expect(holding?.title).toEqual({ text: "Older medical records", lang: "en", fallback: false });
    // An empty English text is no translation: the Swedish is shown, marked.
    expect(holding?.description).toEqual({ text: "Papper.", lang: "sv", fallback: true });
    expect(holding?.facts.map((f) => f.term)).toEqual(["Records creator", "Period", "Extent", "Kept at", "Conditions of access"]);
    expect(holding?.facts[2]?.value).toBe("1,200.5 shelf metres");
    expect(holding?.facts.find((f) => f.term === "Conditions of access")).toMatchObject({ value: "Sekretess.", fallback: true });
    // Swedish names (the creator, the store) are marked Swedish, not as missing translations.
    expect(holding?.facts.find((f) => f.term === "Records creator")).toMatchObject({ value: "Landstinget", sv: true });
    expect(holding?.facts.find((f) => f.term === "Records creator")?.fallback).toBeUndefined();
  });

  it("names a half-open period in the page's language", () => {
    const open = (lang: "sv" | "en") => {
      const view = toHoldingsView({ data: { archiveHoldings: { edges: [{ node: node({ periodTo: null }) }] } }, errors: [] }, lang);
      return view.holdings.status === "ok" ? view.holdings.data.held[0]?.facts.find((f) => f.term === "Period")?.value : null;
    };
    expect(open("sv")).toBe("från 1900");
    expect(open("en")).toBe("from 1900");
  });

  it("is unavailable when the archive subgraph is down", () => {
    expect(toHoldingsView({ data: { archiveHoldings: null }, errors: [{ message: "down", path: ["archiveHoldings"] }] }).holdings.status).toBe("unavailable");
  });
});
