import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience, ContentStatus, localized } from "@vardportal/kit";
import { dropSearchTrigger, rawQuery, searchTriggerExists, expectSearchMatrix, personas, searchAs, searchError, writeItem, type ItemState, type MatrixItem, type TestSubgraph } from "@vardportal/kit/testing";
import { careUnitStore } from "../src/care-unit-store.js";
import { CareUnitKind } from "../src/entities/care-unit-kind.js";
import type { CareUnit } from "../src/entities/care-unit.entity.js";
import { createUnit, startCareUnits } from "./helpers.js";
import { careUnitSearchIndex } from "../src/search.js";

const FIELD = "searchCareUnits";
let t: TestSubgraph;
const ids: Record<string, string> = {};
const matrix: MatrixItem[] = [];

const unit = (name: string, more: Partial<Parameters<typeof createUnit>[1]> = {}) => ({
  hsaId: `SE2321000230-T${Object.keys(ids).length.toString().padStart(3, "0")}`,
  name,
  ...more,
});

beforeAll(async () => {
  t = await startCareUnits({ seed: false });
  const add = async (key: string, name: string, more: Partial<Parameters<typeof createUnit>[1]> = {}) => {
    ids[key] = (await createUnit(t, unit(name, more), { publish: true })).id;
  };
  await add("årsta", "Vårdcentral Årstaviken", { municipality: "Luleå" });
  await add("arsta", "Hälsocentral Arstaberg", { municipality: "Boden", description: localized("Mottagning för vuxna.") });
  await add("régine", "Kuratorsmottagning Café Régine", { municipality: "Piteå", kind: CareUnitKind.OTHER });
  await add("teleborg", "Vårdcentral Teleborg", { municipality: "Växjö", region: "Kronoberg" });
  await add("akut", "Sunderby sjukhus", { municipality: "Luleå", kind: CareUnitKind.EMERGENCY_DEPARTMENT });
  await add("title", "Sjömanskyrkans mottagning", { municipality: "Kiruna", kind: CareUnitKind.OTHER });
  await add("body", "Hamnens hälsocentral", {
    municipality: "Kiruna",
    description: localized("Vi finns i hamnen, granne med sjömanskyrkan, och tar emot både besökare och boende i hamnområdet."),
  });
  const store = careUnitStore(t.subgraph.dataSource);
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
    const data = {
      ...unit(`Matrisenheten ${key}`),
      region: "Norrbotten",
      kind: CareUnitKind.OTHER,
      municipality: "Jokkmokk",
      address: null,
      latitude: null,
      longitude: null,
      phone: null,
      webUrl: null,
      internalPhone: null,
      closedOnPublicHolidays: true,
      audience,
      description: localized("Enhet för matrisen."),
    };
    const item = await writeItem(store, data, state, t.clock());
    ids[`matrix ${key}`] = item.id;
    matrix.push({ key, id: item.id, audience, state });
  }
});
afterAll(async () => {
  await t.close();
});

const hitIds = (data: { hits: { id: string }[] }) => data.hits.map((hit) => hit.id);
const keysOf = (data: { hits: { id: string }[] }) => {
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  return data.hits.map((hit) => byId.get(hit.id));
};

describe("searchCareUnits: Swedish letters and accents", () => {
  it("å is a letter of its own: 'årsta' finds Årstaviken and not Arstaberg, 'arsta' the other way round", async () => {
    expect(keysOf(await searchAs(t, FIELD, "årsta"))).toEqual(["årsta"]);
    expect(keysOf(await searchAs(t, FIELD, "arsta"))).toEqual(["arsta"]);
    expect(keysOf(await searchAs(t, FIELD, "ÅRSTAVIKEN"))).toEqual(["årsta"]);
  });

  it("other accents fold: 'regine', 'Régine' and 'cafe' find Café Régine", async () => {
    for (const text of ["regine", "Régine", "RÉGINE", "cafe", "café"]) {
      expect(keysOf(await searchAs(t, FIELD, text)), text).toEqual(["régine"]);
    }
  });

  it("'vaxjo' (no Swedish keyboard) is not Växjö as written, but is corrected to it and says so", async () => {
    const exact = await searchAs(t, FIELD, "växjö");
    expect(keysOf(exact)).toEqual(["teleborg"]);
    expect(exact.didYouMean).toBeNull();
    const typed = await searchAs(t, FIELD, "vaxjo");
    expect(keysOf(typed)).toEqual(["teleborg"]);
    expect(typed.didYouMean).toBe("växjö");
    expect(typed.terms).toEqual(["växjö"]);
  });

  it("prefixes match: 'vårdc' finds the two units named Vårdcentral first, then the other health centres by their kind", async () => {
    const keys = keysOf(await searchAs(t, FIELD, "vårdc"));
    expect(new Set(keys.slice(0, 2))).toEqual(new Set(["årsta", "teleborg"]));
    expect(new Set(keys.slice(2))).toEqual(new Set(["arsta", "body"]));
    expect(keysOf(await searchAs(t, FIELD, "sjukh"))).toEqual(["akut"]);
  });

  it("every word must match", async () => {
    expect(keysOf(await searchAs(t, FIELD, "vårdcentral växjö"))).toEqual(["teleborg"]);
    expect(keysOf(await searchAs(t, FIELD, "vårdcentral kiruna"))).toEqual(["body"]);
    expect((await searchAs(t, FIELD, "teleborg kiruna")).totalCount).toBe(0);
  });

  it("the kind is searchable in words: 'akutmottagning' finds the emergency department", async () => {
    expect(keysOf(await searchAs(t, FIELD, "akutmottagning"))).toEqual(["akut"]);
  });
});

describe("searchCareUnits: misspellings", () => {
  it.each([
    ["vårdcentarl", "vårdcentral"],
    ["akutmotagning", "akutmottagning"],
    ["sunderbi", "sunderby"],
  ])("'%s' shows the results for '%s' and says so", async (typed, meant) => {
    const data = await searchAs(t, FIELD, typed);
    expect(data.didYouMean).toBe(meant);
    expect(data.totalCount).toBeGreaterThan(0);
  });

  it("a word spelled right gets no correction, and nonsense gets no hits and no correction", async () => {
    expect((await searchAs(t, FIELD, "teleborg")).didYouMean).toBeNull();
    const nonsense = await searchAs(t, FIELD, "xyzzyqwerty");
    expect(nonsense).toMatchObject({ totalCount: 0, didYouMean: null, hits: [] });
  });

  it("never corrects towards a word only hidden content has", async () => {
    // "Matrisenheten staff" is STAFF: a resident's misspelling of "staff" must not find or name it.
    const resident = await searchAs(t, FIELD, "matrisenheten staf", "resident");
    expect(resident.totalCount).toBe(0);
    expect(resident.didYouMean).toBeNull();
    const staff = await searchAs(t, FIELD, "matrisenheten staf", "staff");
    expect(keysOf(staff)).toEqual(["matrix staff"]);
  });
});

describe("searchCareUnits: ranking, snippets, scores", () => {
  it("a hit in the name ranks above a hit in the description, and scores higher", async () => {
    const data = await searchAs(t, FIELD, "sjömanskyrkan");
    expect(keysOf(data)).toEqual(["title", "body"]);
    expect(data.hits[0]!.score).toBeGreaterThan(data.hits[1]!.score);
    for (const hit of data.hits) expect(hit.score).toBeGreaterThanOrEqual(0), expect(hit.score).toBeLessThanOrEqual(1);
  });

  it("highlights are offsets into plain text, on whole words", async () => {
    const data = await searchAs(t, FIELD, "sjömanskyrkan");
    const title = data.hits[0]!.title;
    expect(title.text).toBe("Sjömanskyrkans mottagning");
    expect(title.highlights).toEqual([{ start: 0, length: "Sjömanskyrkans".length }]);
    const snippet = data.hits[1]!.snippet!;
    const [range] = snippet.highlights;
    expect(snippet.text.slice(range!.start, range!.start + range!.length)).toBe("sjömanskyrkan");
    expect(data.hits[1]!.path).toMatch(/^\/hitta-vard\/SE2321000230-T/);
  });

  it("pages with first/after and a cursor from the previous page", async () => {
    const all = await searchAs(t, FIELD, "vårdc", "anonymous", { first: 10 });
    const first = await searchAs(t, FIELD, "vårdc", "anonymous", { first: 3 });
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await searchAs(t, FIELD, "vårdc", "anonymous", { first: 3, after: first.pageInfo.endCursor });
    expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect([...hitIds(first), ...hitIds(second)]).toEqual(hitIds(all));
    // Scores are relative to the best hit of the whole search, not of the page.
    expect(second.hits[0]!.score).toBe(all.hits[3]!.score);
  });
});

describe("searchCareUnits: input", () => {
  it.each(['"', "*", "NEAR(", "OR", "-", ":", "^", 'årsta" OR "x', "årsta*", "-årsta", "title:årsta", "^årsta", "NEAR(årsta arsta)", "årsta AND", "(("])(
    "FTS syntax in the text %j is only text, never a syntax error",
    async (text) => {
      const data = await searchAs(t, FIELD, text);
      expect(data.totalCount).toBeGreaterThanOrEqual(0);
    },
  );

  it("quoted operators are words: 'årsta OR arsta' needs all three words and finds nothing", async () => {
    expect((await searchAs(t, FIELD, "årsta OR arsta")).totalCount).toBe(0);
    expect(keysOf(await searchAs(t, FIELD, "-årsta"))).toEqual(["årsta"]);
  });

  it("empty, blank and over-long text is refused with a code and the field", async () => {
    expect(await searchError(t, FIELD, "")).toMatchObject({ code: "BAD_USER_INPUT", field: "text", problem: "EMPTY" });
    expect(await searchError(t, FIELD, "   ")).toMatchObject({ code: "BAD_USER_INPUT", field: "text", problem: "EMPTY" });
    expect(await searchError(t, FIELD, "a".repeat(201))).toMatchObject({ code: "BAD_USER_INPUT", field: "text", problem: "TOO_LONG" });
    expect((await searchAs(t, FIELD, "a".repeat(200))).totalCount).toBe(0);
  });

  it("a page size outside 1..50 and a cursor we never issued are refused", async () => {
    expect((await searchError(t, FIELD, "vård", { first: 0 })).code).toBe("VALIDATION_FAILED");
    expect((await searchError(t, FIELD, "vård", { first: 51 })).code).toBe("VALIDATION_FAILED");
    expect(await searchError(t, FIELD, "vård", { after: "bm90IGEgY3Vyc29y" })).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});

describe("searchCareUnits: who sees what", () => {
  it("each persona finds exactly the live units in the audiences it reads", async () => {
    await expectSearchMatrix(t, FIELD, "matrisenheten", matrix);
  });
});

describe("searchCareUnits: the index follows the table (triggers)", () => {
  it("an update changes what is found; archiving hides it; a delete removes it from the index", async () => {
    const store = careUnitStore(t.subgraph.dataSource);
    const ctx = { viewer: personas.editor };
    const created = await createUnit(t, unit("Flyttenheten Gammelstad"), { publish: true });
    expect(keysOf(await searchAs(t, FIELD, "gammelstad"))).toHaveLength(1);
    const renamed: CareUnit = await store.update(created.id, created.version, { name: "Flyttenheten Nystad" }, ctx);
    expect((await searchAs(t, FIELD, "gammelstad")).totalCount).toBe(0);
    expect(hitIds(await searchAs(t, FIELD, "nystad"))).toEqual([created.id]);
    await store.transition(renamed.id, renamed.version, ContentStatus.ARCHIVED, ctx);
    expect((await searchAs(t, FIELD, "nystad", "admin")).totalCount).toBe(0);
    await rawQuery(t.subgraph.dataSource, `DELETE FROM care_unit WHERE id = ?`, [created.id]);
    const left = await rawQuery<{ n: unknown }>(t.subgraph.dataSource, `SELECT count(*) AS n FROM care_unit_search WHERE "key" = ?`, [created.id]);
    expect(Number(left[0]!.n)).toBe(0);
  });

  it("a trigger lost to a later migration (TypeORM copies a SQLite table to change a column) is made again and the index rebuilt", async () => {
    const fresh = await startCareUnits({ seed: false });
    try {
      const made = await createUnit(fresh, unit("Tappade Triggern"), { publish: true });
      await dropSearchTrigger(fresh.subgraph.dataSource, careUnitSearchIndex, "care_unit_search_au");
      await rawQuery(fresh.subgraph.dataSource, `UPDATE care_unit SET name = 'Återfunna Triggern' WHERE id = ?`, [made.id]);
      expect((await searchAs(fresh, FIELD, "återfunna")).hits.map((hit) => hit.id)).toEqual([made.id]);
      expect((await searchAs(fresh, FIELD, "tappade")).totalCount).toBe(0);
      expect(await searchTriggerExists(fresh.subgraph.dataSource, "care_unit_search_au")).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it("the migration indexed the seed's units too", async () => {
    const seeded = await startCareUnits({ seed: true });
    try {
      const [units] = await rawQuery<{ n: unknown }>(seeded.subgraph.dataSource, `SELECT count(*) AS n FROM care_unit`);
      const [indexed] = await rawQuery<{ n: unknown }>(seeded.subgraph.dataSource, `SELECT count(*) AS n FROM care_unit_search`);
      expect(Number(indexed?.n)).toBe(Number(units?.n));
      expect((await searchAs(seeded, FIELD, "vårdcentral")).totalCount).toBeGreaterThan(0);
    } finally {
      await seeded.close();
    }
  });
});
