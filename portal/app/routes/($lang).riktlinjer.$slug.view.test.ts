import { describe, expect, it } from "vitest";
import { anchorOf, toGuidelinePageView, withHeadingAnchors } from "./riktlinjer.$slug.view";

const guideline = (body: string) => ({
  id: "g",
  slug: "g",
  title: { sv: "Låsa inloggningen" },
  summary: { sv: "Kort." },
  body: { sv: body },
  category: "LOCKING_ACCOUNT",
  audience: "STAFF",
  region: "Kronoberg",
  owner: "Journalenheten (exempelägare)",
  lastReviewed: "2025-05-13",
  reviewDue: "2026-05-13",
});

describe("a guideline page", () => {
  it("renders the Markdown, builds the table of contents from its headings and anchors them", () => {
    const view = toGuidelinePageView({ data: { guideline: guideline("## Under 13 år\nText.\n\n### Så gör du\n- ett\n\n## Frågor & svar\n") }, errors: [] }, "2025-06-10");
    expect(view.status).toBe("ok");
    if (view.status !== "ok" || !view.data) throw new Error("no view");
    expect(view.data.toc).toEqual([
      { id: "under-13-ar", level: 2, text: "Under 13 år" },
      { id: "sa-gor-du", level: 3, text: "Så gör du" },
      { id: "fragor-svar", level: 2, text: "Frågor & svar" },
    ]);
    expect(view.data.html).toContain('<h2 id="under-13-ar">Under 13 år</h2>');
    expect(view.data.html).toContain("<li>ett</li>");
    expect(view.data).toMatchObject({ category: "Låsa konto", staffOnly: true, overdue: false });
  });

  it("strips what the sanitiser forbids before anchoring", () => {
    const view = toGuidelinePageView({ data: { guideline: guideline('## Rubrik <script>alert(1)</script>\n\n<a href="javascript:alert(1)">x</a> [ok](https://example.org)') }, errors: [] }, "2025-06-10");
    if (view.status !== "ok" || !view.data) throw new Error("no view");
    expect(view.data.html).not.toMatch(/<script|javascript:/);
    expect(view.data.html).toContain('rel="noopener noreferrer"');
  });

  it("gives repeated headings distinct ids", () => {
    expect(withHeadingAnchors("<h2>Blanketter</h2><h2>Blanketter</h2>").toc.map((t) => t.id)).toEqual(["blanketter", "blanketter-2"]);
    expect(anchorOf("!!!")).toBe("avsnitt");
  });

  it("is null for a guideline the viewer may not read, and unavailable when the subgraph is down", () => {
    expect(toGuidelinePageView({ data: { guideline: null }, errors: [] }, "2025-06-10")).toEqual({ status: "ok", data: null });
    expect(toGuidelinePageView({ data: { guideline: null }, errors: [{ message: "down", path: ["guideline"] }] }, "2025-06-10")).toEqual({ status: "unavailable" });
  });

  it("lists the routine's forms and contact routes, with phone links", () => {
    const view = toGuidelinePageView(
      {
        data: {
          guideline: {
            ...guideline("Text."),
            relatedForms: [{ name: "Försegling av journalen", whereToFind: "Blanketter i journalsystemet (Cosmic)", sendTo: "VIS-Supporten" }],
            contactRoutes: [{ label: "VIS-Supporten, Region Kronoberg", phone: "0470-58 20 20", hours: null, note: "Välj 2 i menyn." }],
          },
        },
        errors: [],
      },
      "2025-06-10",
    );
    if (view.status !== "ok" || !view.data) throw new Error("no view");
    expect(view.data.forms).toEqual([{ name: "Försegling av journalen", whereToFind: "Blanketter i journalsystemet (Cosmic)", sendTo: "VIS-Supporten" }]);
    expect(view.data.contacts).toEqual([
      { label: "VIS-Supporten, Region Kronoberg", phone: { text: "0470-58 20 20", href: "tel:0470582020" }, hours: null, note: "Välj 2 i menyn." },
    ]);
  });

  it("a guideline without forms or routes has empty lists", () => {
    const view = toGuidelinePageView({ data: { guideline: guideline("Text.") }, errors: [] }, "2025-06-10");
    if (view.status !== "ok" || !view.data) throw new Error("no view");
    expect([view.data.forms, view.data.contacts]).toEqual([[], []]);
  });
});
