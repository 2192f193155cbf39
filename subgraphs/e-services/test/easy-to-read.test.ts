import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience, PREVIEW_HEADER } from "@vardportal/kit";
import { expectCode, expectData, onPostgres, rawQuery, searchAs, startTestSubgraph, tableColumns, type PersonaName, type TestSubgraph } from "@vardportal/kit/testing";
import { EASY_TO_READ_MAX } from "../src/editorial.js";
import { EServiceEasyToRead1700000003200 } from "../src/migrations/1700000003200-e-service-easy-to-read.js";
import { definition } from "../src/index.js";
import { eServiceValues } from "./editorial-values.js";
import { insertEService } from "./helpers.js";

/**
 * The easy-to-read (lättläst) summary of an e-service (issue 12): an optional LocalizedText, a column
 * of the service and so under exactly its audience and publishing rules; written in the editor like
 * the other texts, with revisions and diffs; kept out of the search index.
 */

type Text = { sv: string; en: string | null } | null;
const READ = `query($slug: String!) { eService(slug: $slug) { id easyToRead { sv en } } }`;
const LIST = `{ eServices(first: 100) { edges { node { slug audience easyToRead { sv en } } } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on EService { id easyToRead { sv } } } }`;
const ITEM = `{ id version status values missingEnglish }`;
const CREATE = `mutation($v: JSONObject!) { createEService(values: $v, confirmPublicAudience: true) ${ITEM} }`;
const SAVE = `mutation($id: ID!, $ver: Int!, $v: JSONObject!) { saveEServiceDraft(id: $id, version: $ver, values: $v, confirmPublicAudience: true) ${ITEM} }`;
const PUBLISH = `mutation($id: ID!, $ver: Int!) { publishEService(id: $id, version: $ver) ${ITEM} }`;
const RESTORE = `mutation($id: ID!, $n: Int!, $ver: Int!) { restoreEServiceRevision(id: $id, number: $n, version: $ver, confirmPublicAudience: true) ${ITEM} }`;
const REVISIONS = `query($id: ID!) { editorialEServiceRevisions(id: $id) { edges { node { number action changedFields values } } } }`;
const DIFF = `query($id: ID!, $from: Int!, $to: Int!) { editorialEServiceDiff(id: $id, from: $from, to: $to) { field label before after parts { value added removed } } }`;

interface Item {
  id: string;
  version: number;
  status: string;
  values: Record<string, unknown> & { slug: string; easyToRead: Text };
  missingEnglish: string[];
}

const EASY = { sv: "Du kan boka tid på nätet.\nDu loggar in med BankID.", en: "You can book an appointment online.\nYou log in with BankID." };
let counter = 7000;
const values = (overrides: Record<string, unknown> = {}) => eServiceValues(++counter, { easyToRead: EASY, ...overrides });

let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false });
});
afterAll(async () => {
  await t.close();
});

const read = async (slug: string, as: PersonaName = "anonymous", headers?: Record<string, string>) =>
  expectData(await t.query<{ eService: { id: string; easyToRead: Text } | null }>(READ, { as, variables: { slug }, headers })).eService;
const create = async (v: Record<string, unknown>) => expectData(await t.query<{ createEService: Item }>(CREATE, { as: "editor", variables: { v } })).createEService;
const save = async (item: Pick<Item, "id" | "version">, v: Record<string, unknown>) =>
  expectData(await t.query<{ saveEServiceDraft: Item }>(SAVE, { as: "editor", variables: { id: item.id, ver: item.version, v } })).saveEServiceDraft;
const publish = async (item: Pick<Item, "id" | "version">) =>
  expectData(await t.query<{ publishEService: Item }>(PUBLISH, { as: "editor", variables: { id: item.id, ver: item.version } })).publishEService;

describe("EService.easyToRead for readers", () => {
  it("is null when the service has none", async () => {
    const id = await insertEService(t, "utan-lattlast");
    expect(await read("utan-lattlast")).toEqual({ id, easyToRead: null });
  });

  it("a resident reads it on a RESIDENT service, with English null where none is written; anonymous gets no service", async () => {
    const id = await insertEService(t, "invanare-lattlast", { audience: Audience.RESIDENT, easyToReadText: { sv: "Bara på svenska.\n\nTvå stycken.", en: null } });
    expect(await read("invanare-lattlast", "resident")).toEqual({ id, easyToRead: { sv: "Bara på svenska.\n\nTvå stycken.", en: null } });
    expect(await read("invanare-lattlast", "anonymous")).toBeNull();
  });

  it("a resident never gets a STAFF service's summary: not by slug, not in the list, not as an entity", async () => {
    const id = await insertEService(t, "personal-lattlast", { audience: Audience.STAFF, easyToReadText: { sv: "Hemlig personaltext.", en: "Secret staff text." } });
    for (const as of ["anonymous", "resident"] as const) {
      expect(await read("personal-lattlast", as), as).toBeNull();
      const list = expectData(await t.query<{ eServices: { edges: { node: { slug: string } }[] } }>(LIST, { as })).eServices.edges;
      expect(list.map((e) => e.node.slug), as).not.toContain("personal-lattlast");
      expect(JSON.stringify(list), as).not.toContain("Hemlig personaltext");
      expect(expectData(await t.query<{ _entities: unknown[] }>(ENTITIES, { as, variables: { r: [{ __typename: "EService", id }] } }))._entities, as).toEqual([null]);
    }
    expect((await read("personal-lattlast", "staff"))?.easyToRead).toEqual({ sv: "Hemlig personaltext.", en: "Secret staff text." });
  });

  it("is not in the search index: a word only the easy-to-read text has finds nothing", async () => {
    await insertEService(t, "sok-lattlast", { easyToReadText: { sv: "Ordetfinnsbarahär i lättläst.", en: null } });
    expect((await searchAs(t, "searchEServices", "Ordetfinnsbarahär", "staff")).totalCount).toBe(0);
  });
});

describe("EService.easyToRead in the editor", () => {
  it("the form has it after the summary: Swedish and English side by side, at most 1 200 characters, optional", async () => {
    const type = expectData(
      await t.query<{ editorialEServiceType: { fields: { name: string; kind: string; required: boolean; maxLength: number | null; label: { sv: string }; help: { sv: string } | null }[] } }>(
        `{ editorialEServiceType { fields { name kind required maxLength label { sv } help { sv } } } }`,
        { as: "editor" },
      ),
    ).editorialEServiceType;
    const names = type.fields.map((f) => f.name);
    expect(names.indexOf("easyToRead")).toBe(names.indexOf("summary") + 1);
    const field = type.fields.find((f) => f.name === "easyToRead")!;
    expect(field).toMatchObject({ kind: "LOCALIZED_LONG_TEXT", required: false, maxLength: 1200, label: { sv: "Lättläst" } });
    expect(field.help?.sv).toMatch(/inte Markdown/);
    expect(EASY_TO_READ_MAX).toBe(1200);
  });

  it("values without it (as saved before it existed) are valid and mean none", async () => {
    const older = eServiceValues(++counter);
    expect(Object.keys(older)).not.toContain("easyToRead");
    const created = await create(older);
    expect(created.values.easyToRead).toBeNull();
    expect(created.missingEnglish).not.toContain("easyToRead");
  });

  it("an editor writes it, publishes it and readers get it back; English missing is flagged like other texts", async () => {
    const created = await create(values({ easyToRead: { sv: "  Kort text.\n\nNytt stycke.  ", en: "" } }));
    expect(created.values.easyToRead).toEqual({ sv: "Kort text.\n\nNytt stycke.", en: null });
    expect(created.missingEnglish).toContain("easyToRead");
    expect(await read(created.values.slug)).toBeNull();
    const published = await publish(created);
    expect((await read(created.values.slug))?.easyToRead).toEqual({ sv: "Kort text.\n\nNytt stycke.", en: null });

    const withEnglish = await save(published, { ...published.values, easyToRead: { sv: "Kort text.", en: "Short text." } });
    expect(withEnglish.missingEnglish).not.toContain("easyToRead");
    expect((await read(created.values.slug))?.easyToRead?.en).toBeNull(); // readers keep the published row until publish
    await publish(withEnglish);
    expect((await read(created.values.slug))?.easyToRead).toEqual({ sv: "Kort text.", en: "Short text." });
  });

  it("emptying it removes it for readers", async () => {
    const published = await publish(await create(values()));
    expect((await read(published.values.slug))?.easyToRead).toEqual(EASY);
    const cleared = await save(published, { ...published.values, easyToRead: null });
    expect(cleared.values.easyToRead).toBeNull();
    await publish(cleared);
    expect((await read(published.values.slug))?.easyToRead).toBeNull();
  });

  it("too long, or English without Swedish: VALIDATION_FAILED on the field's path, in Swedish, and nothing written", async () => {
    const long = "Kort mening. ".repeat(100); // 1 300 characters
    const v = values({ easyToRead: { sv: long, en: long } });
    const tooLong = await t.query(CREATE, { as: "editor", variables: { v } });
    const fieldErrors = expectCode(tooLong, "VALIDATION_FAILED", ["createEService"]).extensions?.fieldErrors as Record<string, string[]>;
    expect(fieldErrors).toEqual({ "easyToRead.sv": ["Högst 1200 tecken."], "easyToRead.en": ["Högst 1200 tecken."] });
    const found = expectData(await t.query<{ editorialEServices: { totalCount: number } }>(`query($s: String) { editorialEServices(search: $s) { totalCount } }`, { as: "editor", variables: { s: v.slug } }));
    expect(found.editorialEServices.totalCount).toBe(0);

    const englishOnly = await t.query(CREATE, { as: "editor", variables: { v: values({ easyToRead: { sv: " ", en: "Only English." } }) } });
    expect(Object.keys(expectCode(englishOnly, "VALIDATION_FAILED").extensions?.fieldErrors as object)).toEqual(["easyToRead.sv"]);

    const item = await create(values());
    const refused = await t.query(SAVE, { as: "editor", variables: { id: item.id, ver: item.version, v: { ...item.values, easyToRead: { sv: "Kort.", en: "x".repeat(EASY_TO_READ_MAX + 1) } } } });
    expect(Object.keys(expectCode(refused, "VALIDATION_FAILED").extensions?.fieldErrors as object)).toEqual(["easyToRead.en"]);
    const exactly = await save(item, { ...item.values, easyToRead: { sv: "x".repeat(EASY_TO_READ_MAX), en: null } });
    expect(exactly.version).toBe(item.version + 1);
  });

  it("revisions, the diff and restore carry it", async () => {
    const created = await create(values());
    const saved = await save(created, { ...created.values, easyToRead: { sv: EASY.sv, en: "You can book a time online.\nYou log in with BankID." } });

    const revisions = expectData(await t.query<{ editorialEServiceRevisions: { edges: { node: { number: number; changedFields: string[]; values: { easyToRead: Text } } }[] } }>(REVISIONS, { as: "editor", variables: { id: created.id } })).editorialEServiceRevisions.edges;
    expect(revisions[0]!.node).toMatchObject({ number: 2, changedFields: ["easyToRead"], values: { easyToRead: { en: "You can book a time online.\nYou log in with BankID." } } });

    const diff = expectData(await t.query<{ editorialEServiceDiff: { field: string; label: string; before: string; after: string; parts: { value: string; added: boolean; removed: boolean }[] }[] }>(DIFF, { as: "editor", variables: { id: created.id, from: 1, to: 2 } })).editorialEServiceDiff;
    expect(diff.map((d) => d.field)).toEqual(["easyToRead.en"]);
    expect(diff[0]).toMatchObject({ label: "Lättläst (engelska)", before: EASY.en });
    expect(diff[0]!.parts.filter((p) => p.added).map((p) => p.value).join("")).toMatch(/a\s*time/);
    expect(diff[0]!.parts.filter((p) => p.removed).map((p) => p.value).join("")).toMatch(/an\s*appointment/);

    const restored = expectData(await t.query<{ restoreEServiceRevision: Item }>(RESTORE, { as: "editor", variables: { id: created.id, n: 1, ver: saved.version } })).restoreEServiceRevision;
    expect(restored.values.easyToRead).toEqual(EASY);
  });

  it("an editor's preview shows the working copy's summary; readers keep the published one", async () => {
    const published = await publish(await create(values()));
    await save(published, { ...published.values, easyToRead: { sv: "Utkast i lättläst.", en: null } });
    const link = expectData(await t.query<{ eServicePreviewLink: { url: string } }>(`mutation($id: ID!) { eServicePreviewLink(id: $id) { url } }`, { as: "editor", variables: { id: published.id } })).eServicePreviewLink;
    const headers = { [PREVIEW_HEADER]: new URL(link.url).searchParams.get("forhandsvisning")! };
    expect((await read(published.values.slug, "editor", headers))?.easyToRead).toEqual({ sv: "Utkast i lättläst.", en: null });
    expect((await read(published.values.slug, "anonymous"))?.easyToRead).toEqual(EASY);
  });
});

describe("the seed and an existing database", () => {
  it("Digitalen, 1177 e-tjänster (both in English too) and Vård i Norr (Swedish only) have one; the others none", async () => {
    const seeded = await startTestSubgraph(definition, { seed: true });
    try {
      const services = expectData(await seeded.query<{ eServices: { edges: { node: { slug: string; audience: string; easyToRead: Text } }[] } }>(LIST)).eServices.edges.map((e) => e.node);
      const bySlug = new Map(services.map((s) => [s.slug, s.easyToRead]));
      expect(services.filter((s) => s.easyToRead).map((s) => s.slug)).toEqual(["1177-e-tjanster", "digitalen", "vard-i-norr"]);
      for (const s of services.filter((x) => x.easyToRead)) expect(s.audience).toBe("PUBLIC");

      const digitalen = bySlug.get("digitalen")!;
      expect(digitalen.sv).toContain("om barnet är mellan 6 månader och 18 år");
      expect(digitalen.sv).toContain("Är det akut? Ring 112");
      expect(digitalen.en).toContain("Is it an emergency? Call 112");
      expect(bySlug.get("1177-e-tjanster")!.en).toContain("younger than 13");
      expect(bySlug.get("vard-i-norr")!.en).toBeNull();
      for (const text of services.flatMap((s) => [s.easyToRead?.sv, s.easyToRead?.en]).filter((x): x is string => !!x)) {
        expect(text.length).toBeLessThanOrEqual(EASY_TO_READ_MAX);
        expect(text).not.toMatch(/[*_#`[\]]/); // plain text, no Markdown
        for (const paragraph of text.split("\n\n")) expect(paragraph.trim()).not.toBe("");
      }
    } finally {
      await seeded.close();
    }
  });

  it("the migration adds the columns to a database with content, leaves the texts empty and keeps the search triggers", async () => {
    const seeded = await startTestSubgraph(definition, { seed: true });
    try {
      const ds = seeded.subgraph.dataSource;
      const migration = new EServiceEasyToRead1700000003200();
      // As a developer's database was before this migration: no columns, no record of it.
      const runner = ds.createQueryRunner();
      try {
        await migration.down(runner);
      } finally {
        await runner.release();
      }
      await rawQuery(ds, `DELETE FROM "migrations" WHERE "name" = ?`, [migration.name]);
      expect(await easyToReadColumns(ds, "e_service")).toEqual([]);

      const ran = await ds.runMigrations({ transaction: "each" });
      expect(ran.map((m) => m.name)).toEqual([migration.name]);
      expect(await easyToReadColumns(ds, "e_service")).toEqual(["easyToReadEn", "easyToReadSv"]);
      // SQLite: TypeORM's addColumns would have copied the table and lost the search triggers. (PostgreSQL
      // alters in place; the search below shows its index still follows the table.)
      if (!onPostgres()) {
        const triggers = (await ds.query(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'e_service' ORDER BY name`)).map((r: { name: string }) => r.name);
        expect(triggers).toEqual(["e_service_search_ad", "e_service_search_ai", "e_service_search_au"]);
      }
      const texts = await rawQuery<{ n: unknown }>(ds, `SELECT count(*) AS n FROM "e_service" WHERE "easyToReadSv" IS NOT NULL OR "easyToReadEn" IS NOT NULL`);
      expect(Number(texts[0]!.n)).toBe(0);
      expect((await searchAs(seeded, "searchEServices", "digitalen")).totalCount).toBeGreaterThan(0);
    } finally {
      await seeded.close();
    }
  });
});

/** The easy-to-read columns the table has, by name (either database). */
const easyToReadColumns = async (ds: DataSource, table: string) => (await tableColumns(ds, table)).filter((name) => name.startsWith("easyToRead")).sort();
