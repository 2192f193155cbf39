import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience, PREVIEW_HEADER } from "@vardportal/kit";
import { expectCode, expectData, onPostgres, rawQuery, searchAs, startTestSubgraph, tableColumns, type PersonaName, type TestSubgraph } from "@vardportal/kit/testing";
import { EASY_TO_READ_MAX } from "../src/editorial.js";
import { GuidelineEasyToRead1700000005300 } from "../src/migrations/1700000005300-guideline-easy-to-read.js";
import { definition } from "../src/index.js";
import { createGuideline, publicSlugs } from "./helpers.js";

/**
 * The easy-to-read (lättläst) summary of a guideline (issue 12): an optional LocalizedText, a column
 * of the guideline and so under exactly its audience and publishing rules; written in the editor
 * like the other texts, with revisions and diffs; kept out of the search index.
 */

type Text = { sv: string; en: string | null } | null;
const READ = `query($slug: String!) { guideline(slug: $slug) { id easyToRead { sv en } } }`;
const LIST = `{ guidelines(first: 100) { edges { node { slug easyToRead { sv en } } } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Guideline { id easyToRead { sv } } } }`;
const ITEM = `{ id version status values publishedValues missingEnglish }`;
const CREATE = `mutation($v: JSONObject!) { createGuideline(values: $v, confirmPublicAudience: true) ${ITEM} }`;
const SAVE = `mutation($id: ID!, $ver: Int!, $v: JSONObject!) { saveGuidelineDraft(id: $id, version: $ver, values: $v, confirmPublicAudience: true) ${ITEM} }`;
const PUBLISH = `mutation($id: ID!, $ver: Int!) { publishGuideline(id: $id, version: $ver) ${ITEM} }`;
const RESTORE = `mutation($id: ID!, $n: Int!, $ver: Int!) { restoreGuidelineRevision(id: $id, number: $n, version: $ver, confirmPublicAudience: true) ${ITEM} }`;
const REVISIONS = `query($id: ID!) { editorialGuidelineRevisions(id: $id) { edges { node { number action changedFields values } } } }`;
const DIFF = `query($id: ID!, $from: Int!, $to: Int!) { editorialGuidelineDiff(id: $id, from: $from, to: $to) { field label before after parts { value added removed } } }`;

interface Item {
  id: string;
  version: number;
  status: string;
  values: Record<string, unknown> & { slug: string; easyToRead: Text };
  publishedValues: (Record<string, unknown> & { easyToRead: Text }) | null;
  missingEnglish: string[];
}

let counter = 0;
function values(overrides: Record<string, unknown> = {}) {
  counter++;
  return {
    audience: "PUBLIC",
    region: "Skåne",
    slug: `lattlast-${counter}`,
    title: { sv: `Lättläst riktlinje ${counter}`, en: `Easy-to-read guideline ${counter}` },
    summary: { sv: "En kort sammanfattning.", en: "A short summary." },
    easyToRead: { sv: "Du kan stänga din journal.\nDet kallas att försegla den.", en: "You can close your journal.\nThis is called sealing it." },
    body: { sv: "## Rutin\n\nGör så här.", en: "## Routine\n\nDo this." },
    category: "SEALING",
    owner: "Enheten för journalfrågor",
    lastReviewed: null,
    reviewDue: null,
    relatedForms: [],
    contactRoutes: [],
    ...overrides,
  };
}

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false });
});
afterAll(async () => {
  await t.close();
});

const read = async (slug: string, as: PersonaName = "anonymous", headers?: Record<string, string>) =>
  expectData(await t.query<{ guideline: { id: string; easyToRead: Text } | null }>(READ, { as, variables: { slug }, headers })).guideline;
const create = async (v: Record<string, unknown>) => expectData(await t.query<{ createGuideline: Item }>(CREATE, { as: "editor", variables: { v } })).createGuideline;
const save = async (item: Pick<Item, "id" | "version">, v: Record<string, unknown>) =>
  expectData(await t.query<{ saveGuidelineDraft: Item }>(SAVE, { as: "editor", variables: { id: item.id, ver: item.version, v } })).saveGuidelineDraft;
const publish = async (item: Pick<Item, "id" | "version">) =>
  expectData(await t.query<{ publishGuideline: Item }>(PUBLISH, { as: "editor", variables: { id: item.id, ver: item.version } })).publishGuideline;

describe("Guideline.easyToRead for readers", () => {
  it("is null when the guideline has none", async () => {
    const g = await createGuideline(t, { slug: "utan-lattlast", audience: Audience.PUBLIC }, { publish: true });
    expect(await read("utan-lattlast")).toEqual({ id: g.id, easyToRead: null });
  });

  it("a resident reads it on a RESIDENT guideline, with English null where none is written", async () => {
    const g = await createGuideline(t, { slug: "invanare-lattlast", audience: Audience.RESIDENT, easyToReadText: { sv: "Bara på svenska.\n\nTvå stycken.", en: null } }, { publish: true });
    expect(await read("invanare-lattlast", "resident")).toEqual({ id: g.id, easyToRead: { sv: "Bara på svenska.\n\nTvå stycken.", en: null } });
    expect(await read("invanare-lattlast", "anonymous")).toBeNull();
  });

  it("a resident never gets a STAFF guideline's summary: not by slug, not in the list, not as an entity", async () => {
    const g = await createGuideline(t, { slug: "personal-lattlast", audience: Audience.STAFF, easyToReadText: { sv: "Hemlig personaltext.", en: "Secret staff text." } }, { publish: true });
    for (const as of ["anonymous", "resident"] as const) {
      expect(await read("personal-lattlast", as), as).toBeNull();
      const list = expectData(await t.query<{ guidelines: { edges: { node: { slug: string; easyToRead: Text } }[] } }>(LIST, { as })).guidelines.edges;
      expect(list.map((e) => e.node.slug), as).not.toContain("personal-lattlast");
      expect(JSON.stringify(list), as).not.toContain("Hemlig personaltext");
      const entities = expectData(await t.query<{ _entities: unknown[] }>(ENTITIES, { as, variables: { r: [{ __typename: "Guideline", id: g.id }] } }))._entities;
      expect(entities, as).toEqual([null]);
    }
    expect((await read("personal-lattlast", "staff"))?.easyToRead).toEqual({ sv: "Hemlig personaltext.", en: "Secret staff text." });
  });

  it("is not in the search index: a word only the easy-to-read text has finds nothing", async () => {
    await createGuideline(t, { slug: "sok-lattlast", audience: Audience.PUBLIC, easyToReadText: { sv: "Ordetfinnsbarahär i lättläst.", en: null } }, { publish: true });
    const result = await searchAs(t, "searchGuidelines", "Ordetfinnsbarahär", "staff");
    expect(result.totalCount).toBe(0);
  });
});

describe("Guideline.easyToRead in the editor", () => {
  it("the form has it after the summary: Swedish and English side by side, at most 1 200 characters, optional", async () => {
    const type = expectData(
      await t.query<{ editorialGuidelineType: { fields: { name: string; kind: string; required: boolean; maxLength: number | null; label: { sv: string }; help: { sv: string } | null }[] } }>(
        `{ editorialGuidelineType { fields { name kind required maxLength label { sv } help { sv } } } }`,
        { as: "editor" },
      ),
    ).editorialGuidelineType;
    const names = type.fields.map((f) => f.name);
    expect(names.indexOf("easyToRead")).toBe(names.indexOf("summary") + 1);
    const field = type.fields.find((f) => f.name === "easyToRead")!;
    expect(field).toMatchObject({ kind: "LOCALIZED_LONG_TEXT", required: false, maxLength: 1200, label: { sv: "Lättläst" } });
    expect(field.help?.sv).toMatch(/inte Markdown/);
    expect(EASY_TO_READ_MAX).toBe(1200);
  });

  it("an editor writes it, publishes it and readers get it back; English missing is flagged like other texts", async () => {
    const created = await create(values({ easyToRead: { sv: "  Kort text.\n\nNytt stycke.  ", en: "" } }));
    expect(created.values.easyToRead).toEqual({ sv: "Kort text.\n\nNytt stycke.", en: null });
    expect(created.missingEnglish).toEqual(["easyToRead"]);
    expect(await read(created.values.slug)).toBeNull();
    const published = await publish(created);
    expect(published.status).toBe("PUBLISHED");
    expect((await read(created.values.slug))?.easyToRead).toEqual({ sv: "Kort text.\n\nNytt stycke.", en: null });

    const withEnglish = await save(published, { ...published.values, easyToRead: { sv: "Kort text.", en: "Short text." } });
    expect(withEnglish.missingEnglish).toEqual([]);
    expect((await read(created.values.slug))?.easyToRead?.en).toBeNull(); // the published row is untouched until publish
    await publish(withEnglish);
    expect((await read(created.values.slug))?.easyToRead).toEqual({ sv: "Kort text.", en: "Short text." });
  });

  it("emptying it removes it for readers", async () => {
    const published = await publish(await create(values()));
    expect((await read(published.values.slug))?.easyToRead?.sv).toContain("försegla");
    const cleared = await save(published, { ...published.values, easyToRead: { sv: "", en: "" } });
    expect(cleared.values.easyToRead).toBeNull();
    await publish(cleared);
    expect((await read(published.values.slug))?.easyToRead).toBeNull();
  });

  it("too long, or English without Swedish: VALIDATION_FAILED on the field's path, in Swedish, and nothing written", async () => {
    const long = "Kort mening. ".repeat(100); // 1 300 characters
    const v = values({ easyToRead: { sv: long, en: long } });
    const tooLong = await t.query(CREATE, { as: "editor", variables: { v } });
    const fieldErrors = expectCode(tooLong, "VALIDATION_FAILED", ["createGuideline"]).extensions?.fieldErrors as Record<string, string[]>;
    expect(fieldErrors).toEqual({ "easyToRead.sv": ["Högst 1200 tecken."], "easyToRead.en": ["Högst 1200 tecken."] });
    const found = expectData(await t.query<{ editorialGuidelines: { totalCount: number } }>(`query($s: String) { editorialGuidelines(search: $s) { totalCount } }`, { as: "editor", variables: { s: v.slug } }));
    expect(found.editorialGuidelines.totalCount).toBe(0);

    const englishOnly = await t.query(CREATE, { as: "editor", variables: { v: values({ easyToRead: { sv: "", en: "Only English." } }) } });
    expect(Object.keys(expectCode(englishOnly, "VALIDATION_FAILED").extensions?.fieldErrors as object)).toEqual(["easyToRead.sv"]);

    const item = await create(values());
    const refused = await t.query(SAVE, { as: "editor", variables: { id: item.id, ver: item.version, v: { ...item.values, easyToRead: { sv: "x".repeat(EASY_TO_READ_MAX + 1), en: null } } } });
    expect(Object.keys(expectCode(refused, "VALIDATION_FAILED").extensions?.fieldErrors as object)).toEqual(["easyToRead.sv"]);
    const exactly = await save(item, { ...item.values, easyToRead: { sv: "x".repeat(EASY_TO_READ_MAX), en: null } });
    expect(exactly.version).toBe(item.version + 1);
  });

  it("revisions, the diff and restore carry it", async () => {
    const created = await create(values());
    const saved = await save(created, { ...created.values, easyToRead: { sv: "Du kan stänga din journal på 1177.", en: created.values.easyToRead!.en } });

    const revisions = expectData(await t.query<{ editorialGuidelineRevisions: { edges: { node: { number: number; changedFields: string[]; values: { easyToRead: Text } } }[] } }>(REVISIONS, { as: "editor", variables: { id: created.id } })).editorialGuidelineRevisions.edges;
    expect(revisions[0]!.node).toMatchObject({ number: 2, changedFields: ["easyToRead"], values: { easyToRead: { sv: "Du kan stänga din journal på 1177." } } });

    const diff = expectData(await t.query<{ editorialGuidelineDiff: { field: string; label: string; before: string; after: string; parts: { value: string; added: boolean; removed: boolean }[] }[] }>(DIFF, { as: "editor", variables: { id: created.id, from: 1, to: 2 } })).editorialGuidelineDiff;
    expect(diff.map((d) => d.field)).toEqual(["easyToRead.sv"]);
    expect(diff[0]).toMatchObject({ label: "Lättläst (svenska)", before: created.values.easyToRead!.sv, after: "Du kan stänga din journal på 1177." });
    expect(diff[0]!.parts.some((p) => p.added && p.value.includes("1177"))).toBe(true);
    expect(diff[0]!.parts.some((p) => p.removed && p.value.includes("försegla"))).toBe(true);

    const restored = expectData(await t.query<{ restoreGuidelineRevision: Item }>(RESTORE, { as: "editor", variables: { id: created.id, n: 1, ver: saved.version } })).restoreGuidelineRevision;
    expect(restored.values.easyToRead).toEqual(created.values.easyToRead);
  });

  it("an editor's preview shows the working copy's summary; readers keep the published one", async () => {
    const published = await publish(await create(values()));
    await save(published, { ...published.values, easyToRead: { sv: "Utkast i lättläst.", en: null } });
    const link = expectData(await t.query<{ guidelinePreviewLink: { url: string } }>(`mutation($id: ID!) { guidelinePreviewLink(id: $id) { url } }`, { as: "editor", variables: { id: published.id } })).guidelinePreviewLink;
    const headers = { [PREVIEW_HEADER]: new URL(link.url).searchParams.get("forhandsvisning")! };
    expect((await read(published.values.slug, "editor", headers))?.easyToRead).toEqual({ sv: "Utkast i lättläst.", en: null });
    expect((await read(published.values.slug, "anonymous"))?.easyToRead).toEqual(published.values.easyToRead);
  });
});

describe("the seed and an existing database", () => {
  it("the two guidelines written for residents have an easy-to-read summary (one also in English); staff guidance has none", async () => {
    const seeded = await startTestSubgraph(definition, { seed: true });
    try {
      const anonymous = expectData(await seeded.query<{ guidelines: { edges: { node: { slug: string; easyToRead: Text } }[] } }>(LIST)).guidelines.edges.map((e) => e.node);
      expect(anonymous.map((g) => g.slug).sort()).toEqual([...publicSlugs].sort());
      const bySlug = new Map(anonymous.map((g) => [g.slug, g.easyToRead]));
      const young = bySlug.get("din-journal-nar-du-ar-13-15-ar")!;
      expect(young.sv).toContain("Din journal på 1177 är stängd tills du fyller 16 år.");
      expect(young.en).toContain("Your journal on 1177 is closed until you turn 16.");
      const closing = bySlug.get("stang-din-journal-eller-inloggning-skane")!;
      expect(closing.sv).toContain("0771-86 66 00");
      expect(closing.en).toBeNull();
      for (const text of [young.sv, young.en!, closing.sv]) {
        expect(text.length).toBeLessThanOrEqual(EASY_TO_READ_MAX);
        expect(text).not.toMatch(/[*_#`[\]]/); // plain text, no Markdown
        for (const paragraph of text.split("\n\n")) expect(paragraph.trim()).not.toBe("");
      }

      const all = expectData(await seeded.query<{ guidelines: { edges: { node: { slug: string; easyToRead: Text } }[] } }>(LIST, { as: "staff" })).guidelines.edges.map((e) => e.node);
      expect(all.filter((g) => g.easyToRead).map((g) => g.slug).sort()).toEqual([...publicSlugs].sort());
    } finally {
      await seeded.close();
    }
  });

  it("the migration adds the columns to a database with content, leaves the texts empty and keeps the search triggers", async () => {
    const seeded = await startTestSubgraph(definition, { seed: true });
    try {
      const ds = seeded.subgraph.dataSource;
      const migration = new GuidelineEasyToRead1700000005300();
      // As a developer's database was before this migration: no columns, no record of it.
      const runner = ds.createQueryRunner();
      try {
        await migration.down(runner);
      } finally {
        await runner.release();
      }
      await rawQuery(ds, `DELETE FROM "migrations" WHERE "name" = ?`, [migration.name]);
      expect(await easyToReadColumns(ds, "guideline")).toEqual([]);

      const ran = await ds.runMigrations({ transaction: "each" });
      expect(ran.map((m) => m.name)).toEqual([migration.name]);
      expect(await easyToReadColumns(ds, "guideline")).toEqual(["easyToReadEn", "easyToReadSv"]);
      // SQLite: TypeORM's addColumns would have copied the table and lost the search triggers. (PostgreSQL
      // alters in place; the search below shows its index still follows the table.)
      if (!onPostgres()) {
        const triggers = (await ds.query(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'guideline' ORDER BY name`)).map((r: { name: string }) => r.name);
        expect(triggers).toEqual(["guideline_search_ad", "guideline_search_ai", "guideline_search_au"]);
      }
      const texts = await rawQuery<{ n: unknown }>(ds, `SELECT count(*) AS n FROM "guideline" WHERE "easyToReadSv" IS NOT NULL OR "easyToReadEn" IS NOT NULL`);
      expect(Number(texts[0]!.n)).toBe(0);
      expect((await searchAs(seeded, "searchGuidelines", "försegla", "resident")).totalCount).toBeGreaterThan(0);
    } finally {
      await seeded.close();
    }
  });
});

/** The easy-to-read columns the table has, by name (either database). */
const easyToReadColumns = async (ds: DataSource, table: string) => (await tableColumns(ds, table)).filter((name) => name.startsWith("easyToRead")).sort();
