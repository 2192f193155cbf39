import { describe, expect, it } from "vitest";
import type { GatewayResult } from "@vardportal/web/gateway";
import { contentTypeBySlug } from "./content-types";
import { editAction, type AutosaveResult, type FormView } from "./edit-action.server";
import { operationName } from "./operations.graphql";

const guidelines = contentTypeBySlug("riktlinjer")!;

const type = {
  key: "Guideline",
  plural: "Guidelines",
  label: { sv: "Riktlinje", en: null },
  pluralLabel: { sv: "Riktlinjer", en: null },
  titleField: "title",
  fields: [
    { name: "audience", kind: "ENUM", label: { sv: "Målgrupp" }, required: true, options: [{ value: "STAFF", label: { sv: "Vårdpersonal" } }, { value: "PUBLIC", label: { sv: "Alla (publik)" } }], itemFields: [] },
    { name: "title", kind: "LOCALIZED_TEXT", label: { sv: "Titel" }, required: true, options: [], itemFields: [] },
    { name: "body", kind: "LOCALIZED_MARKDOWN", label: { sv: "Text" }, required: true, options: [], itemFields: [] },
  ],
  sorts: [],
  hasPreview: true,
  csvImport: null,
};

const item = (over: Record<string, unknown> = {}) => ({
  type: "Guideline",
  id: "g-1",
  title: "Gammal titel",
  status: "PUBLISHED",
  audience: "STAFF",
  region: "Skåne",
  version: 3,
  publishedVersion: 3,
  live: true,
  hasDraft: false,
  scheduledPublishAt: null,
  publishAt: null,
  unpublishAt: null,
  values: { audience: "STAFF", title: { sv: "Gammal titel", en: null }, body: { sv: "Text", en: null } },
  publishedValues: null,
  missingEnglish: [],
  portalPath: "/riktlinjer/g",
  updatedAt: "2026-11-21T13:00:00.000Z",
  updatedBy: "erik",
  ...over,
});

type Call = { name: string; variables?: Record<string, unknown> };

/** A fake gateway: answers per operation name, and records what was sent. */
function gateway(answers: Record<string, (variables: Record<string, unknown>) => GatewayResult>) {
  const calls: Call[] = [];
  const send = async (document: string, variables: Record<string, unknown> = {}) => {
    const name = operationName(document);
    calls.push({ name, variables });
    const answer = answers[name];
    if (!answer) throw new Error(`unexpected ${name}`);
    return answer(variables);
  };
  return { send, calls };
}

const ok = (field: string, value: unknown): GatewayResult => ({ data: { [field]: value }, errors: [] });
const fail = (field: string, code: string, extensions: Record<string, unknown> = {}): GatewayResult => ({
  data: null,
  errors: [{ message: code, path: [field], extensions: { code, ...extensions } }],
});
const loaded = (): GatewayResult => ({ data: { editorialGuidelineType: type, editorialGuideline: item() }, errors: [] });

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
}

const typed = { version: "3", "v.audience": "STAFF", "v.title.sv": "Ny titel", "v.title.en": "", "v.body.sv": "Text", "v.body.en": "" };

describe("the edit form's action", () => {
  it("publish now saves the changed draft first, then publishes that version, and redirects", async () => {
    const { send, calls } = gateway({
      EditorialGuidelineItem: loaded,
      SaveGuidelineDraft: (v) => ok("saveGuidelineDraft", item({ version: Number(v.version) + 1, hasDraft: true })),
      PublishGuideline: (v) => ok("publishGuideline", item({ version: Number(v.version) + 1 })),
    });
    const result = await editAction({ form: form({ ...typed, intent: "publish" }), send, entry: guidelines, id: "g-1" });
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).headers.get("Location")).toBe("/innehall/riktlinjer/g-1?klart=publicerad");
    expect(calls.map((c) => c.name)).toEqual(["EditorialGuidelineItem", "SaveGuidelineDraft", "PublishGuideline"]);
    expect(calls[1]?.variables).toMatchObject({ id: "g-1", version: 3, autosave: false, values: { title: { sv: "Ny titel", en: null } } });
    expect(calls[2]?.variables).toMatchObject({ version: 4, publishAt: null });
  });

  it("publishing unchanged values does not save a copy first", async () => {
    const { send, calls } = gateway({ EditorialGuidelineItem: loaded, PublishGuideline: () => ok("publishGuideline", item({ version: 4 })) });
    await editAction({ form: form({ ...typed, "v.title.sv": "Gammal titel", intent: "publish" }), send, entry: guidelines, id: "g-1" });
    expect(calls.map((c) => c.name)).toEqual(["EditorialGuidelineItem", "PublishGuideline"]);
  });

  it("a stale save shows the conflict with the other editor's change, keeping every typed value", async () => {
    const theirs = item({ version: 5, updatedBy: "alva", values: { audience: "STAFF", title: { sv: "Alvas titel", en: null }, body: { sv: "Text", en: null } } });
    const { send } = gateway({ EditorialGuidelineItem: loaded, SaveGuidelineDraft: () => fail("saveGuidelineDraft", "CONFLICT", { current: theirs }) });
    const view = (await editAction({ form: form({ ...typed, intent: "save" }), send, entry: guidelines, id: "g-1" })) as FormView;
    expect(view.conflict).toMatchObject({ by: "Alva", rows: [{ field: "title", mine: "Svenska: Ny titel\nEngelska: (tomt)", theirs: "Svenska: Alvas titel\nEngelska: (tomt)" }] });
    expect(view.version).toBe(5);
    expect(view.state["title.sv"]).toBe("Ny titel");
  });

  it("widening to PUBLIC asks first, then sends the confirmation", async () => {
    const { send, calls } = gateway({
      EditorialGuidelineItem: loaded,
      SaveGuidelineDraft: (v) => (v.confirmPublicAudience ? ok("saveGuidelineDraft", item({ version: 4 })) : fail("saveGuidelineDraft", "AUDIENCE_WIDENING_NOT_CONFIRMED", { field: "audience" })),
    });
    const asked = (await editAction({ form: form({ ...typed, "v.audience": "PUBLIC", intent: "save" }), send, entry: guidelines, id: "g-1" })) as FormView;
    expect(asked.confirm).toEqual({ kind: "audience", then: "save" });
    expect(asked.state.audience).toBe("PUBLIC");
    const done = await editAction({ form: form({ ...typed, "v.audience": "PUBLIC", intent: "confirm-public:save" }), send, entry: guidelines, id: "g-1" });
    expect(done).toBeInstanceOf(Response);
    expect(calls.filter((c) => c.name === "SaveGuidelineDraft").map((c) => c.variables?.confirmPublicAudience)).toEqual([false, true]);
  });

  it("puts the API's field errors beside the fields, and keeps the text", async () => {
    const { send } = gateway({
      EditorialGuidelineItem: loaded,
      SaveGuidelineDraft: () => fail("saveGuidelineDraft", "VALIDATION_FAILED", { fieldErrors: { "title.sv": ["Ange en svensk titel."] } }),
    });
    const view = (await editAction({ form: form({ ...typed, "v.title.sv": " ", intent: "save" }), send, entry: guidelines, id: "g-1" })) as FormView;
    expect(view.errors).toEqual({ "title.sv": ["Ange en svensk titel."] });
    expect(view.state["body.sv"]).toBe("Text");
  });

  it("a schedule needs a time that exists in Stockholm, checked before anything is sent", async () => {
    const { send, calls } = gateway({ EditorialGuidelineItem: loaded });
    const view = (await editAction({ form: form({ ...typed, intent: "schedule", publishAt: "2026-03-29T02:30" }), send, entry: guidelines, id: "g-1" })) as FormView;
    expect(Object.keys(view.errors)).toEqual(["publishAt"]);
    expect(view.schedule.publishAt).toBe("2026-03-29T02:30");
    expect(calls.map((c) => c.name)).toEqual(["EditorialGuidelineItem"]);
  });

  it("schedules with the Swedish time as an instant", async () => {
    const { send, calls } = gateway({ EditorialGuidelineItem: loaded, PublishGuideline: () => ok("publishGuideline", item({ scheduledPublishAt: "2026-12-01T07:00:00.000Z" })) });
    const result = await editAction({ form: form({ ...typed, "v.title.sv": "Gammal titel", intent: "schedule", publishAt: "2026-12-01T08:00" }), send, entry: guidelines, id: "g-1" });
    expect((result as Response).headers.get("Location")).toContain("klart=schemalagd");
    expect(calls[1]?.variables).toMatchObject({ publishAt: "2026-12-01T07:00:00.000Z", unpublishAt: null });
  });

  it("autosave answers with the new version, or why it could not save", async () => {
    const saved = gateway({ EditorialGuidelineItem: loaded, SaveGuidelineDraft: () => ok("saveGuidelineDraft", item({ version: 4, updatedAt: "2026-11-21T13:03:00.000Z" })) });
    expect(await editAction({ form: form({ ...typed, intent: "autosave" }), send: saved.send, entry: guidelines, id: "g-1" })).toEqual({ kind: "autosave", ok: true, version: 4, at: "2026-11-21T13:03:00.000Z" } satisfies AutosaveResult);
    expect(saved.calls[1]?.variables?.autosave).toBe(true);
    const stale = gateway({ EditorialGuidelineItem: loaded, SaveGuidelineDraft: () => fail("saveGuidelineDraft", "CONFLICT") });
    expect(await editAction({ form: form({ ...typed, intent: "autosave" }), send: stale.send, entry: guidelines, id: "g-1" })).toEqual({ kind: "autosave", ok: false, reason: "conflict" });
  });

  it("archiving asks for a confirmation before anything is sent", async () => {
    const { send, calls } = gateway({ EditorialGuidelineItem: loaded, ArchiveGuideline: () => ok("archiveGuideline", item({ status: "ARCHIVED" })) });
    const asked = (await editAction({ form: form({ ...typed, intent: "archive" }), send, entry: guidelines, id: "g-1" })) as FormView;
    expect(asked.confirm).toEqual({ kind: "archive" });
    expect(calls.map((c) => c.name)).toEqual(["EditorialGuidelineItem"]);
    const done = await editAction({ form: form({ ...typed, intent: "archive-confirmed" }), send, entry: guidelines, id: "g-1" });
    expect((done as Response).headers.get("Location")).toContain("klart=arkiverad");
  });

  it("the no-JavaScript Markdown preview renders on the server, sanitised", async () => {
    const { send } = gateway({ EditorialGuidelineItem: loaded });
    const view = (await editAction({
      form: form({ ...typed, "v.body.sv": "## Hej\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))", intent: "preview:body.sv" }),
      send,
      entry: guidelines,
      id: "g-1",
    })) as FormView;
    const html = view.previews["body.sv"] ?? "";
    expect(html).toContain("<h2>Hej</h2>");
    expect(html).not.toMatch(/<script|<img|onerror=|href="javascript:/i);
  });
});
