import { describe, expect, it } from "vitest";
import { toHoldingsView } from "./arkiv._index.view";

const node = (over: Record<string, unknown>) => ({
  id: "1", slug: "s", title: { sv: "Äldre journaler" }, description: { sv: "Papper." }, kind: "PATIENT_RECORDS", held: true, whereToAsk: null,
  periodFrom: 1900, periodTo: 1990, extentMeters: 1200.5, creator: "Landstinget", whereKept: "Magasinet", accessConditions: { sv: "Sekretess." }, audience: "PUBLIC", ...over,
});

describe("the holdings page", () => {
  it("splits what the archive keeps from what it does not, with the series facts in order", () => {
    const view = toHoldingsView({ data: { archiveHoldings: { edges: [{ node: node({}) }, { node: node({ id: "2", held: false, whereToAsk: { sv: "Mottagningen." }, periodFrom: null, periodTo: null, extentMeters: null, creator: null, whereKept: null, accessConditions: null }) }] } }, errors: [] });
    expect(view.holdings.status).toBe("ok");
    if (view.holdings.status !== "ok") return;
    expect(view.holdings.data.held[0]?.facts.map((f) => f.term)).toEqual(["Arkivbildare", "Period", "Omfång", "Förvaras", "Villkor för åtkomst"]);
    expect(view.holdings.data.held[0]?.facts[2]?.value).toBe("1\u00a0200,5 hyllmeter");
    expect(view.holdings.data.notHeld).toEqual([{ id: "2", title: "Äldre journaler", description: "Papper.", facts: [], whereToAsk: "Mottagningen.", internal: false }]);
  });

  it("is unavailable when the archive subgraph is down", () => {
    expect(toHoldingsView({ data: { archiveHoldings: null }, errors: [{ message: "down", path: ["archiveHoldings"] }] }).holdings.status).toBe("unavailable");
  });
});
