import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PREVIEW_HEADER } from "@vardportal/kit";
import { expectCode, expectData, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { definition } from "../src/index.js";

/**
 * The editorial API of guidelines through GraphQL (decision 019): the whole life of one guideline,
 * the rules on the way (conflicts, validation, audience widening) and the preview token.
 */

const ITEM = `{ id type title status audience region version publishedVersion live hasDraft scheduledPublishAt unpublishAt values publishedValues missingEnglish portalPath updatedBy }`;

interface Item {
  id: string;
  type: string;
  title: string;
  status: string;
  audience: string;
  region: string;
  version: number;
  publishedVersion: number | null;
  live: boolean;
  hasDraft: boolean;
  scheduledPublishAt: string | null;
  unpublishAt: string | null;
  values: Record<string, unknown> & { title: { sv: string; en: string | null } };
  publishedValues: (Record<string, unknown> & { title: { sv: string; en: string | null } }) | null;
  missingEnglish: string[];
  portalPath: string | null;
  updatedBy: string | null;
}

let counter = 0;
export function guidelineValues(overrides: Record<string, unknown> = {}) {
  counter++;
  return {
    audience: "STAFF",
    region: "Skåne",
    slug: `testriktlinje-${counter}`,
    title: { sv: `Testriktlinje ${counter}`, en: null },
    summary: { sv: "En kort sammanfattning.", en: "A short summary." },
    body: { sv: "## Rutin\n\nGör så här.", en: null },
    category: "SEALING",
    owner: "Enheten för journalfrågor",
    lastReviewed: "2026-01-10",
    reviewDue: "2027-01-10",
    relatedForms: [{ name: "Försegling av journalen", whereToFind: "Bland journalsystemets blanketter", sendTo: null }],
    contactRoutes: [{ label: "VIS-Supporten", phone: "0771-11 22 33", hours: "Vardagar 08–16", note: null }],
    ...overrides,
  };
}

const CREATE = `mutation($v: JSONObject!, $c: Boolean) { createGuideline(values: $v, confirmPublicAudience: $c) ${ITEM} }`;
const SAVE = `mutation($id: ID!, $ver: Int!, $v: JSONObject!, $auto: Boolean, $c: Boolean) {
  saveGuidelineDraft(id: $id, version: $ver, values: $v, autosave: $auto, confirmPublicAudience: $c) ${ITEM} }`;
const SUBMIT = `mutation($id: ID!, $ver: Int!) { submitGuidelineForReview(id: $id, version: $ver) ${ITEM} }`;
const PUBLISH = `mutation($id: ID!, $ver: Int!, $at: DateTimeISO, $until: DateTimeISO) { publishGuideline(id: $id, version: $ver, publishAt: $at, unpublishAt: $until) ${ITEM} }`;
const UNSCHEDULE = `mutation($id: ID!, $ver: Int!) { unscheduleGuideline(id: $id, version: $ver) ${ITEM} }`;
const ARCHIVE = `mutation($id: ID!, $ver: Int!) { archiveGuideline(id: $id, version: $ver) ${ITEM} }`;
const RESTORE = `mutation($id: ID!, $n: Int!, $ver: Int!) { restoreGuidelineRevision(id: $id, number: $n, version: $ver) ${ITEM} }`;
const GET = `query($id: ID!) { editorialGuideline(id: $id) ${ITEM} }`;
const REVISIONS = `query($id: ID!, $first: Int, $after: String) { editorialGuidelineRevisions(id: $id, first: $first, after: $after) {
  totalCount edges { node { number version action status autosave author changedFields values } } pageInfo { hasNextPage endCursor } } }`;
const DIFF = `query($id: ID!, $from: Int!, $to: Int!) { editorialGuidelineDiff(id: $id, from: $from, to: $to) { field label before after parts { value added removed } } }`;
const READ = `query($slug: String!) { guideline(slug: $slug) { id title { sv } body { sv } status } }`;
const PREVIEW = `mutation($id: ID!) { guidelinePreviewLink(id: $id) { url expiresAt } }`;

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false });
});
afterAll(async () => {
  await t.close();
});

async function create(values = guidelineValues(), as: "editor" | "admin" = "editor"): Promise<Item> {
  return expectData(await t.query<{ createGuideline: Item }>(CREATE, { as, variables: { v: values } })).createGuideline;
}
async function save(item: Pick<Item, "id" | "version">, values: Record<string, unknown>, as: "editor" | "admin" = "editor", extra: Record<string, unknown> = {}) {
  return expectData(await t.query<{ saveGuidelineDraft: Item }>(SAVE, { as, variables: { id: item.id, ver: item.version, v: values, ...extra } })).saveGuidelineDraft;
}
async function publish(item: Pick<Item, "id" | "version">, extra: Record<string, unknown> = {}) {
  return expectData(await t.query<{ publishGuideline: Item }>(PUBLISH, { as: "editor", variables: { id: item.id, ver: item.version, ...extra } })).publishGuideline;
}
async function readAs(slug: string, as: "staff" | "resident" | "anonymous" | "editor" | "admin" = "staff", headers?: Record<string, string>) {
  return expectData(await t.query<{ guideline: { id: string; title: { sv: string }; body: { sv: string }; status: string } | null }>(READ, { as, variables: { slug }, headers })).guideline;
}

describe("a guideline's life through the editorial API", () => {
  it("create → save → conflict → submit → publish → edit → restore → schedule → archive", async () => {
    const values = guidelineValues();
    const slug = values.slug;

    // Create: a DRAFT nobody reads.
    const created = await create(values);
    expect(created).toMatchObject({ type: "Guideline", status: "DRAFT", live: false, hasDraft: true, version: 1, publishedVersion: null, audience: "STAFF" });
    expect(created.portalPath).toBe(`/riktlinjer/${slug}`);
    expect(created.missingEnglish).toEqual(["title", "body"]);
    expect(created.updatedBy).toBe("test-editor");
    expect(await readAs(slug, "staff")).toBeNull();

    // Save: the version moves on.
    const v1 = { ...values, title: { sv: "Försegla journalen", en: "Sealing the record" } };
    const saved = await save(created, v1);
    expect(saved).toMatchObject({ version: 2, title: "Försegla journalen", status: "DRAFT" });
    expect(saved.missingEnglish).toEqual(["body"]);

    // A second editor on the stale version: CONFLICT with the current item; nothing of theirs written.
    const stale = await t.query(SAVE, { as: "admin", variables: { id: created.id, ver: created.version, v: { ...values, title: { sv: "Adminens titel", en: null } } } });
    const conflict = expectCode(stale, "CONFLICT", ["saveGuidelineDraft"]);
    const current = conflict.extensions?.current as Item;
    expect(current).toMatchObject({ id: created.id, version: 2, updatedBy: "test-editor" });
    expect(current.values.title.sv).toBe("Försegla journalen");
    const afterConflict = expectData(await t.query<{ editorialGuideline: Item }>(GET, { as: "editor", variables: { id: created.id } })).editorialGuideline;
    expect(afterConflict.version).toBe(2);
    expect(afterConflict.values.title.sv).toBe("Försegla journalen");

    // Submit for review.
    const submitted = expectData(await t.query<{ submitGuidelineForReview: Item }>(SUBMIT, { as: "editor", variables: { id: saved.id, ver: saved.version } })).submitGuidelineForReview;
    expect(submitted).toMatchObject({ status: "IN_REVIEW", version: 3 });
    expect(await readAs(slug, "staff")).toBeNull();

    // Publish: readers see it; the working copy is gone.
    const published = await publish(submitted);
    expect(published).toMatchObject({ status: "PUBLISHED", live: true, hasDraft: false, version: 4, publishedVersion: 4 });
    expect((await readAs(slug, "staff"))?.title.sv).toBe("Försegla journalen");
    expect(await readAs(slug, "resident")).toBeNull(); // STAFF audience

    // Edit the published guideline: readers keep the published text.
    const edited = await save(published, { ...v1, title: { sv: "Försegla journalen – ny rutin", en: "Sealing the record" } });
    expect(edited).toMatchObject({ status: "DRAFT", hasDraft: true, live: true, version: 5, publishedVersion: 4 });
    expect(edited.publishedValues?.title.sv).toBe("Försegla journalen");
    expect((await readAs(slug, "staff"))?.title.sv).toBe("Försegla journalen");

    // History: newest first, one revision per step.
    const history = expectData(
      await t.query<{ editorialGuidelineRevisions: { totalCount: number; edges: { node: { number: number; action: string; author: string; changedFields: string[] } }[] } }>(REVISIONS, {
        as: "editor",
        variables: { id: created.id },
      }),
    ).editorialGuidelineRevisions;
    expect(history.edges.map((e) => [e.node.number, e.node.action])).toEqual([
      [5, "SAVE"],
      [4, "PUBLISH"],
      [3, "SUBMIT"],
      [2, "SAVE"],
      [1, "CREATE"],
    ]);
    expect(history.edges[0]!.node.changedFields).toEqual(["title"]);

    // Diff between any two: word-level parts.
    const diff = expectData(await t.query<{ editorialGuidelineDiff: { field: string; label: string; before: string; after: string; parts: { value: string; added: boolean; removed: boolean }[] }[] }>(DIFF, {
      as: "editor",
      variables: { id: created.id, from: 1, to: 5 },
    })).editorialGuidelineDiff;
    const titleSv = diff.find((d) => d.field === "title.sv")!;
    expect(titleSv).toMatchObject({ label: "Titel (svenska)", before: values.title.sv, after: "Försegla journalen – ny rutin" });
    expect(titleSv.parts.some((p) => p.added && p.value.includes("rutin"))).toBe(true);
    expect(titleSv.parts.some((p) => p.removed)).toBe(true);
    expect(diff.map((d) => d.field)).toEqual(["title.sv", "title.en"]);

    // Restore revision 2: a new draft with its values; the published row is untouched.
    const restored = expectData(await t.query<{ restoreGuidelineRevision: Item }>(RESTORE, { as: "editor", variables: { id: created.id, n: 1, ver: edited.version } })).restoreGuidelineRevision;
    expect(restored).toMatchObject({ status: "DRAFT", hasDraft: true, live: true, version: 6, title: values.title.sv });
    expect((await readAs(slug, "staff"))?.title.sv).toBe("Försegla journalen");

    // Schedule: publishes at its time, not before.
    const again = await save(restored, { ...v1, title: { sv: "Schemalagd titel", en: null } });
    const at = new Date(t.clock.now.getTime() + 60 * 60 * 1000);
    const scheduled = await publish(again, { at: at.toISOString() });
    expect(scheduled).toMatchObject({ hasDraft: true, scheduledPublishAt: at.toISOString(), live: true });
    const scheduler = t.subgraph.editorialScheduler!;
    t.clock.set(new Date(at.getTime() - 1000));
    expect(await scheduler.tick()).toEqual({ published: 0, archived: 0 });
    expect((await readAs(slug, "staff"))?.title.sv).toBe("Försegla journalen");
    t.clock.set(at);
    expect(await scheduler.tick()).toEqual({ published: 1, archived: 0 });
    expect(await scheduler.tick()).toEqual({ published: 0, archived: 0 });
    expect((await readAs(slug, "staff"))?.title.sv).toBe("Schemalagd titel");
    const afterSchedule = expectData(await t.query<{ editorialGuideline: Item }>(GET, { as: "editor", variables: { id: created.id } })).editorialGuideline;
    expect(afterSchedule).toMatchObject({ hasDraft: false, status: "PUBLISHED", scheduledPublishAt: null });

    // Archive: off the portal, nothing deleted.
    const archived = expectData(await t.query<{ archiveGuideline: Item }>(ARCHIVE, { as: "editor", variables: { id: created.id, ver: afterSchedule.version } })).archiveGuideline;
    expect(archived).toMatchObject({ status: "ARCHIVED", live: false });
    expect(await readAs(slug, "staff")).toBeNull();
    expect(archived.publishedValues?.title.sv).toBe("Schemalagd titel");
  });

  it("a scheduled unpublish archives the guideline at its time; unschedule cancels a scheduled publish", async () => {
    const item = await create();
    const slug = String(item.values.slug);
    const until = new Date(t.clock.now.getTime() + 30 * 60 * 1000);
    const published = await publish(item, { until: until.toISOString() });
    expect(published.unpublishAt).toBe(until.toISOString());
    expect(await readAs(slug)).not.toBeNull();
    t.clock.set(until);
    expect((await t.subgraph.editorialScheduler!.tick()).archived).toBe(1);
    const after = expectData(await t.query<{ editorialGuideline: Item }>(GET, { as: "editor", variables: { id: item.id } })).editorialGuideline;
    expect(after.status).toBe("ARCHIVED");

    const other = await create();
    const later = new Date(t.clock.now.getTime() + 60 * 60 * 1000);
    const scheduled = await publish(other, { at: later.toISOString() });
    const cancelled = expectData(await t.query<{ unscheduleGuideline: Item }>(UNSCHEDULE, { as: "editor", variables: { id: other.id, ver: scheduled.version } })).unscheduleGuideline;
    expect(cancelled.scheduledPublishAt).toBeNull();
    t.clock.set(new Date(later.getTime() + 1000));
    expect((await t.subgraph.editorialScheduler!.tick()).published).toBe(0);
    expectCode(await t.query(UNSCHEDULE, { as: "editor", variables: { id: other.id, ver: cancelled.version } }), "BAD_USER_INPUT", ["unscheduleGuideline"]);
  });

  it("refuses an unpublishAt before the publish time", async () => {
    const item = await create();
    const result = await t.query(PUBLISH, { as: "editor", variables: { id: item.id, ver: item.version, until: new Date(t.clock.now.getTime() - 1000).toISOString() } });
    expect(expectCode(result, "BAD_USER_INPUT", ["publishGuideline"]).extensions?.field).toBe("unpublishAt");
  });
});

describe("validation", () => {
  it("names every bad field by its path and writes nothing", async () => {
    const before = expectData(await t.query<{ editorialGuidelines: { totalCount: number } }>(`{ editorialGuidelines(first: 1) { totalCount } }`, { as: "editor" })).editorialGuidelines.totalCount;
    const result = await t.query(CREATE, {
      as: "editor",
      variables: {
        v: guidelineValues({
          slug: "Inte En Adress",
          title: { sv: "  ", en: "Only English" },
          category: "NOPE",
          relatedForms: [{ name: "", whereToFind: null, sendTo: null }],
          reviewDue: "2026-02-30",
          audience: "EVERYONE",
          secretField: "x",
        }),
      },
    });
    const error = expectCode(result, "VALIDATION_FAILED", ["createGuideline"]);
    const fieldErrors = error.extensions?.fieldErrors as Record<string, string[]>;
    expect(Object.keys(fieldErrors).sort()).toEqual(["audience", "category", "relatedForms.0.name", "reviewDue", "secretField", "slug", "title.sv"]);
    expect(fieldErrors["title.sv"]).toEqual(["Ange en svensk titel."]);
    const after = expectData(await t.query<{ editorialGuidelines: { totalCount: number } }>(`{ editorialGuidelines(first: 1) { totalCount } }`, { as: "editor" })).editorialGuidelines.totalCount;
    expect(after).toBe(before);
  });

  it("a save with an invalid value leaves the working copy as it was", async () => {
    const item = await create();
    const result = await t.query(SAVE, { as: "editor", variables: { id: item.id, ver: item.version, v: { ...item.values, contactRoutes: [{ label: "X", phone: "ring mig", hours: null, note: null }] } } });
    const fieldErrors = expectCode(result, "VALIDATION_FAILED").extensions?.fieldErrors as Record<string, string[]>;
    expect(Object.keys(fieldErrors)).toEqual(["contactRoutes.0.phone"]);
    const after = expectData(await t.query<{ editorialGuideline: Item }>(GET, { as: "editor", variables: { id: item.id } })).editorialGuideline;
    expect(after.version).toBe(item.version);
  });

  it("a slug another guideline has is refused on slug, on create and on a draft save", async () => {
    const first = await create();
    const result = await t.query(CREATE, { as: "editor", variables: { v: guidelineValues({ slug: first.values.slug }) } });
    expect((expectCode(result, "VALIDATION_FAILED").extensions?.fieldErrors as Record<string, string[]>).slug).toEqual(["Adressen används redan av en annan riktlinje."]);
    const second = await create();
    const save = await t.query(SAVE, { as: "editor", variables: { id: second.id, ver: second.version, v: { ...second.values, slug: first.values.slug } } });
    expect(Object.keys(expectCode(save, "VALIDATION_FAILED").extensions?.fieldErrors as object)).toEqual(["slug"]);
    const after = expectData(await t.query<{ editorialGuideline: Item }>(GET, { as: "editor", variables: { id: second.id } })).editorialGuideline;
    expect(after.version).toBe(second.version);
  });
});

describe("audience widening", () => {
  it("widening to PUBLIC needs confirmPublicAudience; narrowing and creating do not", async () => {
    const item = await create(guidelineValues({ audience: "STAFF" }));
    const refused = await t.query(SAVE, { as: "editor", variables: { id: item.id, ver: item.version, v: { ...item.values, audience: "PUBLIC" } } });
    const error = expectCode(refused, "AUDIENCE_WIDENING_NOT_CONFIRMED", ["saveGuidelineDraft"]);
    expect(error.extensions?.field).toBe("audience");
    const unchanged = expectData(await t.query<{ editorialGuideline: Item }>(GET, { as: "editor", variables: { id: item.id } })).editorialGuideline;
    expect(unchanged).toMatchObject({ audience: "STAFF", version: item.version });

    const widened = await save(item, { ...item.values, audience: "PUBLIC" }, "editor", { c: true });
    expect(widened.audience).toBe("PUBLIC");
    const narrowed = await save(widened, { ...item.values, audience: "RESIDENT" });
    expect(narrowed.audience).toBe("RESIDENT");
    const publicFromStart = await create(guidelineValues({ audience: "PUBLIC" }));
    expect(publicFromStart.audience).toBe("PUBLIC");
  });

  it("restoring a PUBLIC revision over a narrower audience needs the confirmation too", async () => {
    const item = await create(guidelineValues({ audience: "PUBLIC" }));
    const narrowed = await save(item, { ...item.values, audience: "STAFF" });
    const refused = await t.query(RESTORE, { as: "editor", variables: { id: item.id, n: 1, ver: narrowed.version } });
    expectCode(refused, "AUDIENCE_WIDENING_NOT_CONFIRMED", ["restoreGuidelineRevision"]);
  });
});

describe("autosave", () => {
  it("autosaves by the same author within two minutes update one revision; later ones add another", async () => {
    const item = await create();
    const a = await save(item, { ...item.values, summary: { sv: "Ett", en: null } }, "editor", { auto: true });
    t.clock.set(new Date(t.clock.now.getTime() + 60_000));
    const b = await save(a, { ...item.values, summary: { sv: "Ett två", en: null } }, "editor", { auto: true });
    let revisions = expectData(await t.query<{ editorialGuidelineRevisions: { totalCount: number; edges: { node: { number: number; autosave: boolean; values: { summary: { sv: string } } } }[] } }>(REVISIONS, { as: "editor", variables: { id: item.id } })).editorialGuidelineRevisions;
    expect(revisions.totalCount).toBe(2);
    expect(revisions.edges[0]!.node).toMatchObject({ number: 2, autosave: true, values: { summary: { sv: "Ett två" } } });
    t.clock.set(new Date(t.clock.now.getTime() + 3 * 60_000));
    const c = await save(b, { ...item.values, summary: { sv: "Ett två tre", en: null } }, "editor", { auto: true });
    await save(c, { ...item.values, summary: { sv: "Av admin", en: null } }, "admin", { auto: true });
    revisions = expectData(await t.query<typeof revisions extends infer R ? { editorialGuidelineRevisions: R } : never>(REVISIONS, { as: "editor", variables: { id: item.id } })).editorialGuidelineRevisions;
    expect(revisions.totalCount).toBe(4);
  });
});

describe("the admin list", () => {
  it("searches titles (also in drafts), filters on status and pages with a cursor", async () => {
    const a = await create(guidelineValues({ title: { sv: "Zebrarutin alfa", en: null } }));
    await create(guidelineValues({ title: { sv: "Zebrarutin beta", en: null } }));
    await publish(a);
    const LIST = `query($s: String, $st: ContentStatus, $after: String) { editorialGuidelines(search: $s, status: $st, first: 1, after: $after) { totalCount edges { cursor node { title status } } pageInfo { hasNextPage endCursor } } }`;
    type L = { editorialGuidelines: { totalCount: number; edges: { node: { title: string; status: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const first = expectData(await t.query<L>(LIST, { as: "editor", variables: { s: "Zebrarutin" } })).editorialGuidelines;
    expect(first.totalCount).toBe(2);
    expect(first.edges.map((e) => e.node.title)).toEqual(["Zebrarutin alfa"]);
    const second = expectData(await t.query<L>(LIST, { as: "editor", variables: { s: "Zebrarutin", after: first.pageInfo.endCursor } })).editorialGuidelines;
    expect(second.edges.map((e) => e.node.title)).toEqual(["Zebrarutin beta"]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const published = expectData(await t.query<L>(LIST, { as: "editor", variables: { s: "Zebrarutin", st: "PUBLISHED" } })).editorialGuidelines;
    expect(published.edges.map((e) => e.node.title)).toEqual(["Zebrarutin alfa"]);
    expectCode(await t.query(`{ editorialGuidelines(first: 101) { totalCount } }`, { as: "editor" }), "VALIDATION_FAILED");
    expectCode(await t.query(LIST, { as: "editor", variables: { after: "bm90LWEtY3Vyc29y" } }), "BAD_USER_INPUT");
  });

  it("an unknown id is NOT_FOUND", async () => {
    expectCode(await t.query(GET, { as: "editor", variables: { id: "00000000-0000-0000-0000-000000000000" } }), "NOT_FOUND", ["editorialGuideline"]);
  });

  it("describes the form: the kit's audience and region first, then the guideline's fields", async () => {
    const data = expectData(
      await t.query<{ editorialGuidelineType: { key: string; fields: { name: string; kind: string; itemFields: { name: string }[] }[]; rootFields: Record<string, string>; csvImport: unknown } }>(
        `{ editorialGuidelineType { key fields { name kind itemFields { name } } rootFields csvImport { targetRequired } } }`,
        { as: "editor" },
      ),
    ).editorialGuidelineType;
    expect(data.fields.slice(0, 3).map((f) => f.name)).toEqual(["audience", "region", "slug"]);
    expect(data.fields.find((f) => f.name === "body")?.kind).toBe("LOCALIZED_MARKDOWN");
    expect(data.fields.find((f) => f.name === "relatedForms")?.itemFields.map((f) => f.name)).toEqual(["name", "whereToFind", "sendTo"]);
    expect(data.rootFields.publish).toBe("publishGuideline");
    expect(data.csvImport).toBeNull();
  });
});

describe("Markdown is stored as written", () => {
  it("a script, an event handler and a javascript: link come back exactly as stored (the portal sanitises on render)", async () => {
    const payload = `<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[klicka](javascript:alert(3))`;
    const item = await create(guidelineValues({ body: { sv: payload, en: null } }));
    expect((item.values.body as { sv: string }).sv).toBe(payload);
    const published = await publish(item);
    const read = await readAs(String(published.values.slug));
    expect(read?.body.sv).toBe(payload);
  });
});

describe("preview tokens", () => {
  it("only the editor who asked sees the draft, and only for that guideline, for ten minutes", async () => {
    const item = await create(guidelineValues({ audience: "PUBLIC" }));
    const published = await publish(item);
    const slug = String(published.values.slug);
    await save(published, { ...published.values, title: { sv: "Utkast som ingen får se", en: null } });
    const link = expectData(await t.query<{ guidelinePreviewLink: { url: string; expiresAt: string } }>(PREVIEW, { as: "editor", variables: { id: item.id } })).guidelinePreviewLink;
    const url = new URL(link.url);
    expect(url.pathname).toBe(`/riktlinjer/${slug}`);
    const token = url.searchParams.get("forhandsvisning")!;
    expect(new Date(link.expiresAt).getTime() - t.clock.now.getTime()).toBe(10 * 60 * 1000);
    const headers = { [PREVIEW_HEADER]: token };

    expect((await readAs(slug, "editor", headers))?.title.sv).toBe("Utkast som ingen får se");
    expect((await readAs(slug, "editor"))?.title.sv).toBe(published.title);
    // Another editor (admin, another subject), a nurse, a resident, anonymous: the published text.
    for (const as of ["admin", "staff", "resident", "anonymous"] as const) {
      expect((await readAs(slug, as, headers))?.title.sv, as).toBe(published.title);
    }
    // The list never shows the draft, token or not.
    const list = expectData(await t.query<{ guidelines: { edges: { node: { title: { sv: string } } }[] } }>(`{ guidelines(first: 100) { edges { node { title { sv } } } } }`, { as: "editor", headers })).guidelines;
    expect(list.edges.some((e) => e.node.title.sv === "Utkast som ingen får se")).toBe(false);
    // Another guideline's page with this token: the token names one item only.
    const other = await publish(await create(guidelineValues({ audience: "PUBLIC" })));
    expect((await readAs(String(other.values.slug), "editor", headers))?.title.sv).toBe(other.title);
    // A forged token and an expired one: nothing.
    expect((await readAs(slug, "editor", { [PREVIEW_HEADER]: `${token.slice(0, -4)}AAAA` }))?.title.sv).toBe(published.title);
    t.clock.set(new Date(t.clock.now.getTime() + 10 * 60 * 1000 + 1000));
    expect((await readAs(slug, "editor", headers))?.title.sv).toBe(published.title);
  });

  it("a never-published draft is previewable by its editor and invisible to everyone else", async () => {
    const item = await create(guidelineValues({ audience: "STAFF" }));
    const slug = String(item.values.slug);
    const link = expectData(await t.query<{ guidelinePreviewLink: { url: string } }>(PREVIEW, { as: "editor", variables: { id: item.id } })).guidelinePreviewLink;
    const headers = { [PREVIEW_HEADER]: new URL(link.url).searchParams.get("forhandsvisning")! };
    expect((await readAs(slug, "editor", headers))?.status).toBe("DRAFT");
    for (const as of ["admin", "staff", "resident", "anonymous"] as const) expect(await readAs(slug, as, headers), as).toBeNull();
  });
});

describe("the audit log", () => {
  it("lists the editorial steps newest first, filterable, for editors and admins", async () => {
    const item = await create();
    await publish(item);
    type A = { guidelinesAuditLog: { totalCount: number; edges: { node: { action: string; actor: string; entityId: string; changedFields: string[] } }[]; pageInfo: { endCursor: string } } };
    const log = expectData(await t.query<A>(`query($f: AuditLogFilter) { guidelinesAuditLog(filter: $f, first: 10) { totalCount edges { node { action actor entityId changedFields } } pageInfo { endCursor } } }`, {
      as: "admin",
      variables: { f: { entityId: item.id } },
    })).guidelinesAuditLog;
    expect(log.edges.map((e) => e.node.action)).toEqual(["EDITORIAL_PUBLISH", "EDITORIAL_CREATE"]);
    expect(log.edges[0]!.node.actor).toBe("test-editor");
    const onlyPublish = expectData(await t.query<A>(`query($f: AuditLogFilter) { guidelinesAuditLog(filter: $f, first: 10) { totalCount edges { node { action actor entityId changedFields } } pageInfo { endCursor } } }`, {
      as: "editor",
      variables: { f: { entityId: item.id, action: "EDITORIAL_PUBLISH" } },
    })).guidelinesAuditLog;
    expect(onlyPublish.totalCount).toBe(1);
  });
});

describe("the seed guidelines", () => {
  it("every one can be opened and saved unchanged in the editor (their values pass today's rules)", async () => {
    const seeded = await startTestSubgraph(definition, { seed: true });
    try {
      type L = { editorialGuidelines: { edges: { node: Item }[] } };
      const list = expectData(await seeded.query<L>(`{ editorialGuidelines(first: 100) ${`{ edges { node ${ITEM} } }`} }`, { as: "editor" })).editorialGuidelines;
      expect(list.edges.length).toBeGreaterThan(0);
      for (const { node } of list.edges) {
        expect(node).toMatchObject({ status: "PUBLISHED", live: true, hasDraft: false });
        const result = await seeded.query<{ saveGuidelineDraft: Item }>(SAVE, { as: "editor", variables: { id: node.id, ver: node.version, v: node.values } });
        expect(result.errors, node.title).toBeUndefined();
      }
      const first = list.edges[0]!.node;
      const history = expectData(
        await seeded.query<{ editorialGuidelineRevisions: { edges: { node: { number: number; action: string; author: string } }[] } }>(
          `query($id: ID!) { editorialGuidelineRevisions(id: $id) { edges { node { number action author } } } }`,
          { as: "editor", variables: { id: first.id } },
        ),
      ).editorialGuidelineRevisions;
      expect(history.edges.map((e) => e.node)).toEqual([
        { number: 2, action: "SAVE", author: "test-editor" },
        { number: 1, action: "LEGACY", author: "seed" },
      ]);
    } finally {
      await seeded.close();
    }
  });
});
