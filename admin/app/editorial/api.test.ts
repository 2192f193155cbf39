import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EditorialItemSchema, failureStatus, readOutcome } from "./api";

const item = {
  type: "Guideline",
  id: "g-1",
  title: "Titel",
  status: "DRAFT",
  audience: "STAFF",
  region: "Skåne",
  version: 4,
  publishedVersion: null,
  live: false,
  hasDraft: true,
  scheduledPublishAt: null,
  publishAt: null,
  unpublishAt: null,
  values: { title: { sv: "Titel", en: null } },
  publishedValues: null,
  missingEnglish: ["title"],
  portalPath: "/riktlinjer/x",
  updatedAt: "2026-11-21T13:00:00.000Z",
  updatedBy: "alva",
};

const failed = (code: string, extensions: Record<string, unknown> = {}) => ({
  data: null,
  errors: [{ message: `failed: ${code}`, path: ["saveGuidelineDraft"], extensions: { code, ...extensions } }],
});

describe("reading the editorial API's answers", () => {
  it("reads the field it asked for", () => {
    expect(readOutcome({ data: { saveGuidelineDraft: item }, errors: [] }, "saveGuidelineDraft", EditorialItemSchema)).toMatchObject({ kind: "ok", data: { id: "g-1", version: 4 } });
  });

  it("maps every coded error to what the page does with it", () => {
    const read = (result: ReturnType<typeof failed>) => readOutcome(result, "saveGuidelineDraft", EditorialItemSchema);
    expect(read(failed("VALIDATION_FAILED", { fieldErrors: { "title.sv": ["Ange en svensk titel."], "hours.2.opens": ["Fel tid."] } }))).toEqual({
      kind: "invalid",
      fieldErrors: { "title.sv": ["Ange en svensk titel."], "hours.2.opens": ["Fel tid."] },
      message: "failed: VALIDATION_FAILED",
    });
    expect(read(failed("CONFLICT", { current: { ...item, version: 5 } }))).toMatchObject({ kind: "conflict", current: { version: 5, updatedBy: "alva" } });
    expect(read(failed("CONFLICT"))).toEqual({ kind: "conflict", current: null });
    expect(read(failed("AUDIENCE_WIDENING_NOT_CONFIRMED", { field: "audience" }))).toEqual({ kind: "audience" });
    expect(read(failed("BAD_USER_INPUT", { field: "publishAt" }))).toEqual({ kind: "bad-input", field: "publishAt", message: "failed: BAD_USER_INPUT" });
    expect(read(failed("FORBIDDEN"))).toEqual({ kind: "forbidden" });
    expect(read(failed("NOT_FOUND"))).toEqual({ kind: "not-found" });
    expect(read(failed("GATEWAY_UNAVAILABLE"))).toEqual({ kind: "unavailable" });
  });

  it("an answer of the wrong shape is 'unavailable', never rendered", () => {
    expect(readOutcome({ data: { x: { id: 1 } }, errors: [] }, "x", z.object({ id: z.string() }))).toEqual({ kind: "unavailable" });
  });

  it("turns failed reads into the error page's status", () => {
    expect(failureStatus({ kind: "forbidden" })).toBe(403);
    expect(failureStatus({ kind: "not-found" })).toBe(404);
    expect(failureStatus({ kind: "unavailable" })).toBe(503);
  });
});
