import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience, ContentStatus, localized } from "@vardportal/kit";
import { expectSearchMatrix, personas, searchAs, searchError, writeItem, type ItemState, type MatrixItem, type TestSubgraph } from "@vardportal/kit/testing";
import { GuidelineCategory } from "../src/entities/guideline-category.js";
import { guidelineStore } from "../src/guideline-store.js";
import { createGuideline, publicSlugs, startGuidelines } from "./helpers.js";

const FIELD = "searchGuidelines";
let t: TestSubgraph;
const ids: Record<string, string> = {};
const matrix: MatrixItem[] = [];
const keysOf = (data: { hits: { id: string }[] }) => {
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  return data.hits.map((hit) => byId.get(hit.id) ?? hit.id);
};

beforeAll(async () => {
  t = await startGuidelines({ seed: false });
  const add = async (key: string, data: Parameters<typeof createGuideline>[1]) => {
    ids[key] = (await createGuideline(t, { slug: `sok-${Object.keys(ids).length}`, ...data }, { publish: true })).id;
  };
  await add("staff sealing", {
    audience: Audience.STAFF,
    title: localized("Häva en spärrmarkering"),
    summary: localized("Hur vårdpersonal häver en spärr i journalen."),
    body: localized("## Så gör du\n\nKontrollera **legitimationen** och läs [rutinen](https://example.se/rutin) innan du häver spärren."),
  });
  await add("public sealing", {
    audience: Audience.PUBLIC,
    title: localized("Spärrmarkering av din journal"),
    summary: localized("Du kan be om att delar av din journal spärras."),
    body: localized("Kontakta din vårdcentral."),
  });
  await add("title", {
    audience: Audience.STAFF,
    title: localized("Blockering av vårdnadshavare"),
    summary: localized("När en vårdnadshavare inte ska läsa barnets journal."),
  });
  await add("body", {
    audience: Audience.STAFF,
    title: localized("Barn och ungdomar 13–15 år"),
    summary: localized("Åtkomst för unga."),
    body: localized("Om en vårdnadshavare ska stängas ute används blockering, se den rutinen."),
  });
  await add("år", { audience: Audience.PUBLIC, title: localized("Din journal när du fyllt år"), summary: localized("Åldersgränser.") });
  await add("ar", { audience: Audience.PUBLIC, title: localized("Journalen i AR-glasögon"), summary: localized("Ett påhittat exempel.") });
  await add("accent", { audience: Audience.PUBLIC, title: localized("Rutin för Désirée-projektet"), summary: localized("Exempel med accent.") });
  const store = guidelineStore(t.subgraph.dataSource);
  const fixture: [string, Audience, ItemState][] = [
    ["public", Audience.PUBLIC, "live"],
    ["resident", Audience.RESIDENT, "live"],
    ["staff", Audience.STAFF, "live"],
    ["archive", Audience.ARCHIVE, "live"],
    ["draft", Audience.PUBLIC, "draft"],
    ["scheduled", Audience.PUBLIC, "scheduled"],
    ["expired", Audience.PUBLIC, "expired"],
    ["staff draft", Audience.STAFF, "draft"],
  ];
  for (const [key, audience, state] of fixture) {
    const item = await writeItem(
      store,
      {
        slug: `matris-${key.replace(" ", "-")}`,
        title: localized(`Matrisriktlinje ${key}`),
        summary: localized("Sammanfattning."),
        body: localized("Text."),
        category: GuidelineCategory.OTHER,
        region: "Skåne",
        audience,
        owner: "Testägare",
        lastReviewed: null,
        reviewDue: null,
      },
      state,
      t.clock(),
    );
    matrix.push({ key, id: item.id, audience, state });
  }
});
afterAll(async () => {
  await t.close();
});

describe("searchGuidelines: who sees what", () => {
  it("each persona finds exactly the live guidelines in the audiences it reads", async () => {
    await expectSearchMatrix(t, FIELD, "matrisriktlinje", matrix);
  });

  it("a staff guideline never appears for a resident or anonymous; the same search by a nurse finds it", async () => {
    for (const as of ["anonymous", "resident", "archivist"] as const) {
      expect(keysOf(await searchAs(t, FIELD, "spärrmarkering", as)), as).toEqual(["public sealing"]);
    }
    expect(new Set(keysOf(await searchAs(t, FIELD, "spärrmarkering", "staff")))).toEqual(new Set(["staff sealing", "public sealing"]));
  });

  it("a misspelling is not corrected towards a word only staff content has", async () => {
    const resident = await searchAs(t, FIELD, "legitimatonen", "resident");
    expect(resident).toMatchObject({ totalCount: 0, didYouMean: null });
    const nurse = await searchAs(t, FIELD, "legitimatonen", "staff");
    expect(nurse.didYouMean).toBe("legitimationen");
    expect(keysOf(nurse)).toEqual(["staff sealing"]);
  });
});

describe("searchGuidelines: text", () => {
  it("å is a letter: 'år' finds the year guideline, not 'AR'; 'ar' the other way round", async () => {
    expect(keysOf(await searchAs(t, FIELD, "år journal"))).toEqual(["år"]);
    expect(keysOf(await searchAs(t, FIELD, "ar journalen"))).toEqual(["ar"]);
  });

  it("accents fold: 'desiree' and 'Désirée' both find it", async () => {
    expect(keysOf(await searchAs(t, FIELD, "desiree"))).toEqual(["accent"]);
    expect(keysOf(await searchAs(t, FIELD, "DÉSIRÉE"))).toEqual(["accent"]);
  });

  it("'journl' is corrected to 'journal' and says so", async () => {
    const data = await searchAs(t, FIELD, "journl", "staff");
    expect(data.didYouMean).toBe("journal");
    expect(data.totalCount).toBeGreaterThan(0);
  });

  it("a title hit ranks above a body hit", async () => {
    const data = await searchAs(t, FIELD, "blockering", "staff");
    expect(keysOf(data)).toEqual(["title", "body"]);
    expect(data.hits[0]!.score).toBeGreaterThan(data.hits[1]!.score);
  });

  it("a snippet from a Markdown body is plain text, highlighted by offsets", async () => {
    const data = await searchAs(t, FIELD, "legitimationen", "staff");
    const snippet = data.hits[0]!.snippet!;
    expect(snippet.text).not.toMatch(/[*#[\]()]|https?:/);
    expect(snippet.text).toContain("legitimationen");
    const [range] = snippet.highlights;
    expect(snippet.text.slice(range!.start, range!.start + range!.length)).toBe("legitimationen");
    expect(data.hits[0]!.path).toMatch(/^\/riktlinjer\/sok-/);
  });

  it.each(['"', "*", "NEAR(", "OR", "-", ":", "^", 'spärr" OR "x', "title:spärr", "NEAR(spärr journal, 2)"])("%j is text, never FTS syntax", async (text) => {
    expect((await searchAs(t, FIELD, text, "staff")).totalCount).toBeGreaterThanOrEqual(0);
  });

  it("empty and over-long text is refused", async () => {
    expect(await searchError(t, FIELD, " ")).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
    expect(await searchError(t, FIELD, "x".repeat(201))).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
  });
});

describe("searchGuidelines: the index follows the table", () => {
  it("a new title is found and the old one is not; an archived guideline is gone for everyone", async () => {
    const store = guidelineStore(t.subgraph.dataSource);
    const ctx = { viewer: personas.editor };
    const item = await createGuideline(t, { slug: "flytt", audience: Audience.STAFF, title: localized("Rutin Gammelbo") }, { publish: true });
    expect((await searchAs(t, FIELD, "gammelbo", "staff")).totalCount).toBe(1);
    const updated = await store.update(item.id, item.version, { title: localized("Rutin Nybo") }, ctx);
    expect((await searchAs(t, FIELD, "gammelbo", "staff")).totalCount).toBe(0);
    expect((await searchAs(t, FIELD, "nybo", "staff")).hits.map((h) => h.id)).toEqual([item.id]);
    await store.transition(updated.id, updated.version, ContentStatus.ARCHIVED, ctx);
    expect((await searchAs(t, FIELD, "nybo", "admin")).totalCount).toBe(0);
  });

  it("with the seed: a resident finds only the guidelines written for residents", async () => {
    const seeded = await startGuidelines({ seed: true });
    try {
      const resident = await searchAs(seeded, FIELD, "journal", "resident", { first: 50 });
      const staff = await searchAs(seeded, FIELD, "journal", "staff", { first: 50 });
      expect(resident.hits.length).toBeGreaterThan(0);
      for (const hit of resident.hits) expect(publicSlugs.map((slug) => `/riktlinjer/${slug}`)).toContain(hit.path);
      expect(staff.totalCount).toBeGreaterThan(resident.totalCount);
    } finally {
      await seeded.close();
    }
  });
});
