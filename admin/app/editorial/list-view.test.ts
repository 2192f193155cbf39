import { describe, expect, it } from "vitest";
import { contentTypeBySlug } from "./content-types";
import { listVariables, readListFilters, toListView, toTypeOverview } from "./list-view";

const guidelines = contentTypeBySlug("riktlinjer")!;
const type = {
  key: "Guideline",
  plural: "Guidelines",
  label: { sv: "Riktlinje", en: "Guideline" },
  pluralLabel: { sv: "Riktlinjer", en: "Guidelines" },
  titleField: "title",
  fields: [{ name: "region", kind: "ENUM", label: { sv: "Region" }, required: true, options: [{ value: "Skåne", label: { sv: "Skåne" } }], itemFields: [] }],
  sorts: ["TITLE", "UPDATED_DESC"],
  hasPreview: true,
  csvImport: null,
};
const node = (id: string, status: string, updatedBy = "erik") => ({
  id,
  title: `Riktlinje ${id}`,
  status,
  audience: "STAFF",
  region: "Skåne",
  version: 1,
  live: status === "PUBLISHED",
  hasDraft: status !== "PUBLISHED",
  scheduledPublishAt: null,
  updatedAt: "2026-11-21T10:00:00.000Z",
  updatedBy,
  missingEnglish: [],
});

describe("the list page", () => {
  it("reads the filters leniently: an unknown choice is no filter", () => {
    const filters = readListFilters(new URLSearchParams("q=+vaccin+&status=PUBLISHED&malgrupp=ALIENS&sortering=UPDATED_DESC"));
    expect(filters).toEqual({ search: "vaccin", status: "PUBLISHED", audience: "", region: "", sort: "UPDATED_DESC" });
    expect(listVariables(filters, new URLSearchParams("efter=abc"))).toEqual({
      search: "vaccin",
      status: "PUBLISHED",
      audience: null,
      region: null,
      sort: "UPDATED_DESC",
      first: 20,
      after: "abc",
    });
  });

  it("maps the answer to rows, count, region choices and pager links", () => {
    const result = {
      data: {
        editorialGuidelineType: type,
        editorialGuidelines: { totalCount: 21, pageInfo: { hasNextPage: true, endCursor: "c20" }, edges: [{ cursor: "c1", node: node("a", "DRAFT") }] },
      },
      errors: [],
    };
    const view = toListView(result, guidelines, new URLSearchParams("status=DRAFT"));
    expect(view.kind).toBe("ok");
    if (view.kind !== "ok") return;
    expect(view.data.items.map((i) => i.id)).toEqual(["a"]);
    expect(view.data.totalCount).toBe(21);
    expect(view.data.regions).toEqual(["Skåne"]);
    expect(view.data).toMatchObject({ next: "?status=DRAFT&efter=c20&fore=-", previous: null });
  });

  it("a refused or missing answer is an outcome for the error page", () => {
    const forbidden = { data: null, errors: [{ message: "no", path: ["editorialGuidelineType"], extensions: { code: "FORBIDDEN" } }] };
    expect(toListView(forbidden, guidelines, new URLSearchParams()).kind).toBe("forbidden");
  });
});

describe("the start page", () => {
  it("counts by status, my own drafts only, and what waits for review", () => {
    const result = {
      data: {
        draft: { totalCount: 3, edges: [{ node: node("a", "DRAFT", "erik") }, { node: node("b", "DRAFT", "alva") }] },
        inReview: { totalCount: 1, edges: [{ node: node("c", "IN_REVIEW", "alva") }] },
        published: { totalCount: 7 },
        archived: { totalCount: 0 },
      },
      errors: [],
    };
    const overview = toTypeOverview(result, guidelines, "erik");
    expect(overview).toMatchObject({ status: "ok", counts: { DRAFT: 3, IN_REVIEW: 1, PUBLISHED: 7, ARCHIVED: 0 } });
    if (overview.status !== "ok") return;
    expect(overview.myDrafts.map((i) => i.id)).toEqual(["a"]);
    expect(overview.inReview.map((i) => i.id)).toEqual(["c"]);
  });

  it("a type whose subgraph does not answer is 'unavailable', the others still show", () => {
    expect(toTypeOverview({ data: null, errors: [{ message: "down" }] }, guidelines, "erik")).toEqual({ status: "unavailable", entry: guidelines });
  });
});
