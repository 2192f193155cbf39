import { describe, expect, it } from "vitest";
import { anchorOf, toGuidelinePageView, withHeadingAnchors } from "./($lang).riktlinjer.$slug.view";

const guideline = (body: string, en: { title?: string; summary?: string; body?: string } = {}) => ({
  id: "g",
  slug: "g",
  title: { sv: "Låsa inloggningen", en: en.title ?? null },
  summary: { sv: "Kort.", en: en.summary ?? null },
  body: { sv: body, en: en.body ?? null },
  category: "LOCKING_ACCOUNT",
  audience: "STAFF",
  region: "Kronoberg",
  owner: "Journalenheten (exempelägare)",
  lastReviewed: "2025-05-13",
  reviewDue: "2026-05-13",
});

describe("a guideline page", () => {
  it("renders the Markdown, builds the table of contents from its headings and anchors them", () => {
    const view = toGuidelinePageView({ data: { guideline: guideline("## Under 13 år\nText.\n\n### Så gör du\n- ett\n\n## Frågor & svar\n") }, errors: [] }, "2025-06-10", "sv");
    expect(view.status).toBe("ok");
    if (view.status !== "ok" || !view.data) throw new Error("no view");
    expect(view.data.toc).toEqual([
      { id: "under-13-ar", level: 2, text: "Under 13 år" },
      { id: "sa-gor-du", level: 3, text: "Så gör du" },
      { id: "fragor-svar", level: 2, text: "Frågor & svar" },
    ]);
    expect(view.data.body.html).toContain('<h2 id="under-13-ar">Under 13 år</h2>');
    expect(view.data.body.html).toContain("<li>ett</li>");
    expect(view.data).toMatchObject({ category: "Låsa konto", staffOnly: true, overdue: false });
  });

  it("strips what the sanitiser forbids before anchoring", () => {
    const view = toGuidelinePageView({ data: { guideline: guideline('## Rubrik <script>alert(1)</script>\n\n<a href="javascript:alert(1)">x</a> [ok](https://example.org)') }, errors: [] }, "2025-06-10", "sv");
    if (view.status !== "ok" || !view.data) throw new Error("no view");
    expect(view.data.body.html).not.toMatch(/<script|javascript:/);
    expect(view.data.body.html).toContain('rel="noopener noreferrer"');
  });

  it("gives repeated headings distinct ids", () => {
    expect(withHeadingAnchors("<h2>Blanketter</h2><h2>Blanketter</h2>").toc.map((t) => t.id)).toEqual(["blanketter", "blanketter-2"]);
    expect(anchorOf("!!!")).toBe("avsnitt");
  });

  it("is null for a guideline the viewer may not read, and unavailable when the subgraph is down", () => {
    expect(toGuidelinePageView({ data: { guideline: null }, errors: [] }, "2025-06-10", "sv")).toEqual({ status: "ok", data: null });
    expect(toGuidelinePageView({ data: { guideline: null }, errors: [{ message: "down", path: ["guideline"] }] }, "2025-06-10", "sv")).toEqual({ status: "unavailable" });
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
      "sv",
    );
    if (view.status !== "ok" || !view.data) throw new Error("no view");
    expect(view.data.forms).toEqual([{ name: "Försegling av journalen", whereToFind: "Blanketter i journalsystemet (Cosmic)", sendTo: "VIS-Supporten" }]);
    expect(view.data.contacts).toEqual([
      { label: "VIS-Supporten, Region Kronoberg", phone: { text: "0470-58 20 20", href: "tel:0470582020" }, hours: null, note: "Välj 2 i menyn." },
    ]);
  });

  it("a guideline without forms or routes has empty lists", () => {
    const view = toGuidelinePageView({ data: { guideline: guideline("Text.") }, errors: [] }, "2025-06-10", "sv");
    if (view.status !== "ok" || !view.data) throw new Error("no view");
    expect([view.data.forms, view.data.contacts]).toEqual([[], []]);
  });
});

describe("a guideline page in English", () => {
  const ok = (g: unknown) => ({ data: { guideline: g }, errors: [] });

  it("shows the English texts, and builds the table of contents and anchors from the English headings", () => {
    const view = toGuidelinePageView(
      ok(guideline("## Under 13 år\nText.\n\n## Frågor\n", { title: "Locking the login", summary: "Short.", body: "## Under 13\nText.\n\n### What to do\n\n## Questions & answers\n" })),
      "2025-06-10",
      "en",
    );
    if (view.status !== "ok" || !view.data) throw new Error("no view");
    expect(view.data.title).toEqual({ text: "Locking the login", lang: "en", fallback: false });
    expect(view.data.summary).toEqual({ text: "Short.", lang: "en", fallback: false });
    expect(view.data.body).toMatchObject({ lang: "en", fallback: false });
    expect(view.data.toc).toEqual([
      { id: "under-13", level: 2, text: "Under 13" },
      { id: "what-to-do", level: 3, text: "What to do" },
      { id: "questions-answers", level: 2, text: "Questions & answers" },
    ]);
    expect(view.data.body.html).toContain('<h2 id="under-13">Under 13</h2>');
    expect(view.data.body.html).not.toContain("Frågor");
    expect(view.data.category).toBe("Locking an account");
  });

  it("falls back to the Swedish texts, marked, where no English was written; the contents follow the Swedish body", () => {
    const view = toGuidelinePageView(ok(guideline("## Under 13 år\nText.\n\n## Frågor\n", { title: "Locking the login" })), "2025-06-10", "en");
    if (view.status !== "ok" || !view.data) throw new Error("no view");
    expect(view.data.title).toEqual({ text: "Locking the login", lang: "en", fallback: false });
    expect(view.data.summary).toEqual({ text: "Kort.", lang: "sv", fallback: true });
    expect(view.data.body).toMatchObject({ lang: "sv", fallback: true });
    expect(view.data.toc.map((e) => e.text)).toEqual(["Under 13 år", "Frågor"]);
    expect(view.data.body.html).toContain('<h2 id="under-13-ar">Under 13 år</h2>');
  });

  it("treats a blank English body as missing", () => {
    const view = toGuidelinePageView(ok(guideline("Svensk text.", { body: "  \n" })), "2025-06-10", "en");
    if (view.status !== "ok" || !view.data) throw new Error("no view");
    expect(view.data.body).toMatchObject({ lang: "sv", fallback: true });
    expect(view.data.body.html).toContain("Svensk text.");
  });
});

describe("the easy-to-read summary", () => {
  const ok = (easyToRead: unknown) => ({ data: { guideline: { ...guideline("Text."), easyToRead } }, errors: [] });

  it("is split into plain paragraphs at empty lines, keeping a single line break, in Swedish on a Swedish page", () => {
    const view = toGuidelinePageView(ok({ sv: "Du som är 13 år \nloggar in själv.\n\n \n\nDin journal öppnas när du fyller 16.\n", en: "From 13 you log in yourself." }), "2025-06-10", "sv");
    if (view.status !== "ok" || !view.data) throw new Error("no view");
    expect(view.data.easyToRead).toEqual({ paragraphs: ["Du som är 13 år\nloggar in själv.", "Din journal öppnas när du fyller 16."], lang: "sv", fallback: false });
  });

  it("is English on an English page where written, and Swedish marked as a fallback where not", () => {
    const english = toGuidelinePageView(ok({ sv: "Lättläst.", en: "Easy to read." }), "2025-06-10", "en");
    const fallback = toGuidelinePageView(ok({ sv: "Lättläst.", en: null }), "2025-06-10", "en");
    expect(english.status === "ok" && english.data?.easyToRead).toEqual({ paragraphs: ["Easy to read."], lang: "en", fallback: false });
    expect(fallback.status === "ok" && fallback.data?.easyToRead).toEqual({ paragraphs: ["Lättläst."], lang: "sv", fallback: true });
  });

  it("is left out when the guideline has none, or an empty one", () => {
    for (const easyToRead of [undefined, null, { sv: " \n\n ", en: null }]) {
      const view = toGuidelinePageView(ok(easyToRead), "2025-06-10", "sv");
      expect(view.status === "ok" && view.data?.easyToRead).toBeNull();
    }
  });
});
