import { describe, expect, it } from "vitest";
import { toStaffPageView } from "./($lang).personal.view";

const guidelines = {
  totalCount: 2,
  edges: [
    {
      node: {
        id: "g1",
        slug: "sparr",
        title: { sv: "Spärr av journal", en: "Sealing a record" },
        summary: { sv: "Så spärras uppgifter.", en: "How information is sealed." },
        category: "SEALING",
        audience: "STAFF",
        region: "Skåne",
        owner: "Journalenheten",
        reviewDue: "2027-03-01",
      },
    },
    { node: { id: "g2", slug: "oppen", title: { sv: "Öppen" }, summary: { sv: "För alla." }, category: "NEW_KIND", audience: "PUBLIC", region: "Kronoberg", owner: "X", reviewDue: null } },
  ],
};
const careUnits = {
  edges: [
    { node: { id: "c1", name: "Sunderby sjukhus", municipality: "Luleå", internalPhone: "0920-28 20 00" } },
    { node: { id: "c2", name: "Folktandvården Luleå", municipality: "Luleå", internalPhone: null } },
  ],
};

describe("toStaffPageView", () => {
  it("labels guidelines in Swedish, marks the staff-only ones and keeps unknown categories readable", () => {
    const view = toStaffPageView({ data: { guidelines, careUnits }, errors: [] }, "sv");
    expect(view.guidelines).toEqual({
      status: "ok",
      data: {
        totalCount: 2,
        items: [
          { id: "g1", href: "/riktlinjer/sparr", title: { text: "Spärr av journal", lang: "sv", fallback: false }, summary: { text: "Så spärras uppgifter.", lang: "sv", fallback: false }, category: "Spärr", region: "Skåne", owner: "Journalenheten", staffOnly: true, reviewDue: "2027-03-01" },
          { id: "g2", href: "/riktlinjer/oppen", title: { text: "Öppen", lang: "sv", fallback: false }, summary: { text: "För alla.", lang: "sv", fallback: false }, category: "Övrigt", region: "Kronoberg", owner: "X", staffOnly: false, reviewDue: null },
        ],
      },
    });
  });

  it("lists only units that have an internal number, as a phone link", () => {
    const view = toStaffPageView({ data: { guidelines, careUnits }, errors: [] }, "sv");
    expect(view.internalNumbers).toEqual({
      status: "ok",
      data: [{ id: "c1", name: "Sunderby sjukhus", municipality: "Luleå", phone: { text: "0920-28 20 00", href: "tel:0920282000" } }],
    });
  });

  it("shows the guidelines when the care-units subgraph is down, and says the numbers are unavailable", () => {
    const view = toStaffPageView({ data: { guidelines, careUnits: null }, errors: [{ message: "down", path: ["careUnits"] }] }, "sv");
    expect(view.guidelines.status).toBe("ok");
    expect(view.internalNumbers).toEqual({ status: "unavailable" });
  });

  it("in English: English titles and category names where written, the Swedish texts marked as fallbacks where not", () => {
    const view = toStaffPageView({ data: { guidelines, careUnits }, errors: [] }, "en");
    if (view.guidelines.status !== "ok") throw new Error("unavailable");
    expect(view.guidelines.data.items.map((g) => [g.title, g.summary, g.category])).toEqual([
      [{ text: "Sealing a record", lang: "en", fallback: false }, { text: "How information is sealed.", lang: "en", fallback: false }, "Sealing"],
      [{ text: "Öppen", lang: "sv", fallback: true }, { text: "För alla.", lang: "sv", fallback: true }, "Other"],
    ]);
    expect(view.guidelines.data.items[0]!.href).toBe("/riktlinjer/sparr");
  });
});
