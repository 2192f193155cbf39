import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience, ContentStatus, localized } from "@vardportal/kit";
import { rawQuery, expectSearchMatrix, searchAs, searchError, startTestSubgraph, type ItemState, type MatrixItem, type TestSubgraph } from "@vardportal/kit/testing";
import type { ArchiveHolding } from "../src/entities/archive-holding.entity.js";
import { HoldingKind } from "../src/entities/holding-kind.js";
import { definition } from "../src/index.js";
import { insertHolding } from "./helpers.js";

const FIELD = "searchArchiveHoldings";
const DAY = 24 * 3600 * 1000;
let t: TestSubgraph;
const ids: Record<string, string> = {};
const matrix: MatrixItem[] = [];
const keysOf = (data: { hits: { id: string }[] }) => {
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  return data.hits.map((hit) => byId.get(hit.id) ?? hit.id);
};
const stateFields = (state: ItemState, now: Date): Partial<ArchiveHolding> =>
  state === "draft"
    ? { status: ContentStatus.DRAFT }
    : state === "scheduled"
      ? { publishAt: new Date(now.getTime() + DAY) }
      : state === "expired"
        ? { unpublishAt: new Date(now.getTime() - DAY) }
        : {};

beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false });
  ids.title = await insertHolding(t, "sok-sjukhus", {
    title: localized("Journaler från Sandträsks sjukhus"),
    description: localized("Patientjournaler 1920–1965."),
    kind: HoldingKind.PATIENT_RECORDS,
    creator: "Norrbottens läns landsting",
  });
  ids.body = await insertHolding(t, "sok-bvc", {
    title: localized("Barnavårdscentralernas kort"),
    description: localized("Kort från barnavårdscentraler, bland annat den som låg vid Sandträsks sjukhus."),
    kind: HoldingKind.CHILD_HEALTH_RECORDS,
  });
  ids.elsewhere = await insertHolding(t, "sok-privat", {
    title: localized("Journaler från privatläkare"),
    description: localized("Finns inte här."),
    held: false,
    whereToAskText: { sv: "Fråga Inspektionen för vård och omsorg (IVO).", en: null },
  });
  const fixture: [string, Audience, ItemState][] = [
    ["public", Audience.PUBLIC, "live"],
    ["resident", Audience.RESIDENT, "live"],
    ["staff", Audience.STAFF, "live"],
    ["archive", Audience.ARCHIVE, "live"],
    ["draft", Audience.PUBLIC, "draft"],
    ["scheduled", Audience.PUBLIC, "scheduled"],
    ["expired", Audience.PUBLIC, "expired"],
    ["archive draft", Audience.ARCHIVE, "draft"],
  ];
  for (const [key, audience, state] of fixture) {
    const id = await insertHolding(t, `matris-${key.replace(" ", "-")}`, { title: localized(`Matrisbestånd ${key}`), audience, ...stateFields(state, t.clock()) });
    matrix.push({ key, id, audience, state });
  }
});
afterAll(async () => {
  await t.close();
});

describe("searchArchiveHoldings", () => {
  it("each persona finds exactly the live holdings in the audiences it reads: ARCHIVE notes only for archive staff", async () => {
    await expectSearchMatrix(t, FIELD, "matrisbestånd", matrix);
  });

  it("ä is a letter: 'sandträsk' finds, 'sandtrask' is corrected to it and says so", async () => {
    expect(new Set(keysOf(await searchAs(t, FIELD, "sandträsks")))).toEqual(new Set(["title", "body"]));
    const typed = await searchAs(t, FIELD, "sandtrasks");
    expect(typed.didYouMean).toBe("sandträsks");
  });

  it("a title hit ranks above a description hit", async () => {
    const data = await searchAs(t, FIELD, "sandträsks sjukhus");
    expect(keysOf(data)).toEqual(["title", "body"]);
    expect(data.hits[0]!.score).toBeGreaterThan(data.hits[1]!.score);
  });

  it("finds by creator and by kind in words; a holding kept elsewhere links to that part of the page", async () => {
    expect(keysOf(await searchAs(t, FIELD, "landsting"))).toEqual(["title"]);
    expect(keysOf(await searchAs(t, FIELD, "barnhälsovård"))).toEqual(["body"]);
    const ivo = await searchAs(t, FIELD, "inspektionen");
    expect(keysOf(ivo)).toEqual(["elsewhere"]);
    expect(ivo.hits[0]!.path).toBe("/arkiv#finns-inte");
    expect(ivo.hits[0]!.snippet!.text).toContain("Inspektionen");
  });

  it.each(['"', "*", "NEAR(", "OR", "-", ":", "^"])("%j is text, never FTS syntax", async (text) => {
    expect((await searchAs(t, FIELD, `journaler ${text}`)).totalCount).toBeGreaterThanOrEqual(0);
  });

  it("empty and over-long text is refused", async () => {
    expect(await searchError(t, FIELD, "")).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
    expect(await searchError(t, FIELD, "x".repeat(201))).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
  });

  it("the index follows an update and an archiving", async () => {
    const ds = t.subgraph.dataSource;
    await rawQuery(ds, `UPDATE archive_holding SET "titleSv" = ? WHERE id = ?`, ["Journaler från Gammelby sjukstuga", ids.title]);
    expect(keysOf(await searchAs(t, FIELD, "gammelby"))).toEqual(["title"]);
    expect(keysOf(await searchAs(t, FIELD, "sandträsks sjukhus"))).toEqual(["body"]);
    await rawQuery(ds, `UPDATE archive_holding SET status = ? WHERE id = ?`, [ContentStatus.ARCHIVED, ids.title]);
    expect((await searchAs(t, FIELD, "gammelby", "admin")).totalCount).toBe(0);
  });
});
