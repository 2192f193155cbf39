import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience, ContentStatus, localized } from "@vardportal/kit";
import { rawQuery, expectSearchMatrix, searchAs, searchError, startTestSubgraph, type ItemState, type MatrixItem, type TestSubgraph } from "@vardportal/kit/testing";
import { EService } from "../src/entities/e-service.entity.js";
import { definition } from "../src/index.js";
import { insertEService } from "./helpers.js";

const FIELD = "searchEServices";
const DAY = 24 * 3600 * 1000;
let t: TestSubgraph;
const ids: Record<string, string> = {};
const matrix: MatrixItem[] = [];
const keysOf = (data: { hits: { id: string }[] }) => {
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  return data.hits.map((hit) => byId.get(hit.id) ?? hit.id);
};

const stateFields = (state: ItemState, now: Date): Partial<EService> =>
  state === "draft"
    ? { status: ContentStatus.DRAFT }
    : state === "scheduled"
      ? { publishAt: new Date(now.getTime() + DAY) }
      : state === "expired"
        ? { unpublishAt: new Date(now.getTime() - DAY) }
        : {};

beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false });
  ids.chat = await insertEService(t, "sok-chatt", {
    name: localized("Chatta med barnmorska", "Chat with a midwife"),
    summary: localized("Ställ frågor om graviditet i chatten."),
    onlyMunicipalities: ["Växjö", "Alvesta"],
  });
  ids.title = await insertEService(t, "sok-receptfornyelse", {
    name: localized("Receptförnyelse"),
    summary: localized("Förnya dina recept via 1177."),
  });
  ids.body = await insertEService(t, "sok-bokning", {
    name: localized("Boka tid"),
    summary: localized("Boka, omboka eller avboka. Receptförnyelse finns som en egen tjänst."),
  });
  ids.accent = await insertEService(t, "sok-cafe", { name: localized("Anhörigcafé på nätet"), summary: localized("Träffa andra anhöriga.") });
  const fixture: [string, Audience, ItemState][] = [
    ["public", Audience.PUBLIC, "live"],
    ["resident", Audience.RESIDENT, "live"],
    ["staff", Audience.STAFF, "live"],
    ["archive", Audience.ARCHIVE, "live"],
    ["draft", Audience.PUBLIC, "draft"],
    ["scheduled", Audience.PUBLIC, "scheduled"],
    ["expired", Audience.PUBLIC, "expired"],
  ];
  for (const [key, audience, state] of fixture) {
    const id = await insertEService(t, `matris-${key}`, { name: localized(`Matristjänst ${key}`), audience, ...stateFields(state, t.clock()) });
    matrix.push({ key, id, audience, state });
  }
});
afterAll(async () => {
  await t.close();
});

describe("searchEServices", () => {
  it("each persona finds exactly the live services in the audiences it reads", async () => {
    await expectSearchMatrix(t, FIELD, "matristjänst", matrix);
  });

  it("finds by municipality, with ö kept: 'växjö' finds the chat, 'vaxjo' is corrected to it", async () => {
    expect(keysOf(await searchAs(t, FIELD, "växjö"))).toEqual(["chat"]);
    const typed = await searchAs(t, FIELD, "vaxjo");
    expect(typed.didYouMean).toBe("växjö");
    expect(keysOf(typed)).toEqual(["chat"]);
  });

  it("finds by English name and by prefix, in any case", async () => {
    expect(keysOf(await searchAs(t, FIELD, "MIDWIFE"))).toEqual(["chat"]);
    expect(keysOf(await searchAs(t, FIELD, "barnmor"))).toEqual(["chat"]);
  });

  it("é folds and ö does not: 'anhörigcafe' finds Anhörigcafé, 'anhorigcafe' is corrected to it", async () => {
    const folded = await searchAs(t, FIELD, "anhörigcafe");
    expect(keysOf(folded)).toEqual(["accent"]);
    expect(folded.didYouMean).toBeNull();
    const typed = await searchAs(t, FIELD, "anhorigcafe");
    expect(typed.didYouMean).toBe("anhörigcafe");
    expect(keysOf(typed)).toEqual(["accent"]);
  });

  it("a name hit ranks above a description hit; a misspelling is corrected", async () => {
    const data = await searchAs(t, FIELD, "receptförnyelse");
    expect(keysOf(data)).toEqual(["title", "body"]);
    expect(data.hits[0]!.score).toBeGreaterThan(data.hits[1]!.score);
    expect(data.hits[0]!.path).toBe("/e-tjanster/sok-receptfornyelse");
    const typed = await searchAs(t, FIELD, "receptförnyelsr");
    expect(typed.didYouMean).toBe("receptförnyelse");
  });

  it.each(['"', "*", "NEAR(", "OR", "-", ":", "^"])("%j is text, never FTS syntax", async (text) => {
    expect((await searchAs(t, FIELD, `${text}recept${text}`)).totalCount).toBeGreaterThanOrEqual(0);
  });

  it("empty and over-long text is refused", async () => {
    expect(await searchError(t, FIELD, "")).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
    expect(await searchError(t, FIELD, "x".repeat(201))).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
  });

  it("the index follows an update (here plain SQL: any writer) and an archiving", async () => {
    const repo = t.subgraph.dataSource.getRepository(EService);
    await rawQuery(t.subgraph.dataSource, `UPDATE e_service SET "nameSv" = ? WHERE id = ?`, ["Förnya recept", ids.title]);
    expect((await searchAs(t, FIELD, "receptförnyelse")).hits.map((h) => h.id)).toEqual([ids.body]);
    expect(keysOf(await searchAs(t, FIELD, "förnya recept"))).toContain("title");
    await repo.update({ id: ids.title! }, { status: ContentStatus.ARCHIVED });
    expect(keysOf(await searchAs(t, FIELD, "förnya recept", "admin"))).not.toContain("title");
  });
});
