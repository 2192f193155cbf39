import { describe, expect, it } from "vitest";
import { guidelineCategoryOptions, readListParams, toGuidelineListView, toListVariables } from "./($lang).riktlinjer._index.view";

const node = (slug: string, category: string, reviewDue: string | null = "2026-05-13", audience = "STAFF") => ({
  id: slug,
  slug,
  title: { sv: `Titel ${slug}`, en: `Title ${slug}` },
  summary: { sv: "Sammanfattning.", en: null },
  category,
  audience,
  region: "Skåne",
  reviewDue,
});
const ok = (edges: unknown[], hasNextPage = false) => ({ data: { guidelines: { totalCount: edges.length, edges, pageInfo: { hasNextPage, endCursor: hasNextPage ? "c2" : null } } }, errors: [] });

describe("the guideline list", () => {
  it("groups by category in the order given and marks an overdue review", () => {
    const view = toGuidelineListView(ok([{ node: node("a", "SEALING") }, { node: node("b", "MINORS_ACCESS", "2024-01-01", "PUBLIC") }, { node: node("c", "SEALING", null) }]), readListParams(new URLSearchParams()), "2025-06-10", "sv");
    expect(view.status).toBe("ok");
    if (view.status !== "ok") return;
    expect(view.data.groups.map((g) => [g.category, g.items.map((i) => i.slug)])).toEqual([
      ["Spärr", ["a", "c"]],
      ["Barns och ungas åtkomst", ["b"]],
    ]);
    expect(view.data.groups[1]!.items[0]).toMatchObject({ href: "/riktlinjer/b", staffOnly: false, overdue: true });
    expect(view.data.groups[0]!.items[1]).toMatchObject({ reviewDue: null, overdue: false });
  });

  it("links the next page with the cursor and keeps the category", () => {
    const params = readListParams(new URLSearchParams("kategori=SEALING"));
    const view = toGuidelineListView(ok([{ node: node("a", "SEALING") }], true), params, "2025-06-10", "sv");
    expect(view.status === "ok" && view.data.nextHref).toBe("/riktlinjer?kategori=SEALING&efter=c2");
    expect(toListVariables(params)).toEqual({ first: 20, after: null, filter: { category: "SEALING" } });
  });

  it("ignores an unknown category rather than failing", () => {
    expect(readListParams(new URLSearchParams("kategori=DROP+TABLE"))).toEqual({ category: null, after: null });
  });

  it("is unavailable when the guidelines subgraph is down", () => {
    expect(toGuidelineListView({ data: { guidelines: null }, errors: [{ message: "down", path: ["guidelines"] }] }, { category: null, after: null }, "2025-06-10", "sv")).toEqual({ status: "unavailable" });
  });

  it("in English: category names and titles are English, a summary without English is Swedish marked as a fallback", () => {
    const view = toGuidelineListView(ok([{ node: node("a", "SEALING") }, { node: node("b", "MINORS_ACCESS") }]), readListParams(new URLSearchParams()), "2025-06-10", "en");
    if (view.status !== "ok") throw new Error("unavailable");
    expect(view.data.groups.map((g) => g.category)).toEqual(["Sealing", "Children's and young people's access"]);
    expect(view.data.groups[0]!.items[0]).toMatchObject({
      href: "/riktlinjer/a",
      title: { text: "Title a", lang: "en", fallback: false },
      summary: { text: "Sammanfattning.", lang: "sv", fallback: true },
    });
    expect(guidelineCategoryOptions("en").find((o) => o.value === "OTHER")?.label).toBe("Other");
    expect(guidelineCategoryOptions("sv").find((o) => o.value === "OTHER")?.label).toBe("Övrigt");
  });
});
