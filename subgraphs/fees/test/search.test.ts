import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience, localized } from "@vardportal/kit";
import { rawQuery, expectSearchMatrix, personas, searchAs, searchError, writeItem, type ItemState, type MatrixItem, type TestSubgraph } from "@vardportal/kit/testing";
import { FeeItem } from "../src/entities/fee-item.entity.js";
import { feeScheduleStore } from "../src/fee-schedule-store.js";
import { startFees } from "./helpers.js";

const FIELD = "searchFees";
let t: TestSubgraph;
const matrix: MatrixItem[] = [];

async function addLine(scheduleId: string, label: string, more: Partial<FeeItem> = {}): Promise<string> {
  const inserted = await t.subgraph.dataSource.getRepository(FeeItem).insert({
    scheduleId,
    position: 0,
    visitKind: "OTHER_VISIT",
    label: localized(label),
    amountSek: 200,
    countsTowardsHighCost: true,
    chargedWhenMissed: false,
    unitKinds: [],
    ...more,
  });
  return String(inserted.identifiers[0]!.id);
}

const schedule = (region: string, audience: Audience, validFrom = "2026-01-01") => ({
  region,
  audience,
  title: localized(`Avgifter ${region}`),
  validFrom,
  validTo: null,
  freeUnderAge: null,
  freeFromAge: null,
  ageExemptionCoversMissedVisits: true,
  highCostLimitSek: 1450,
  highCostPeriodMonths: 12,
});

beforeAll(async () => {
  t = await startFees({ seed: true });
  const store = feeScheduleStore(t.subgraph);
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
    const written = await writeItem(store, schedule(`Matrisregion ${key}`, audience), state, t.clock());
    matrix.push({ key, id: await addLine(written.id, `Matrisbesök ${key}`), audience, state });
  }
  // Published and public, but not in force until next year: not what a visit costs today.
  const future = await writeItem(store, schedule("Framtida", Audience.PUBLIC, "2027-01-01"), "live", t.clock());
  matrix.push({ key: "not yet in force", id: await addLine(future.id, "Matrisbesök framtida"), audience: Audience.PUBLIC, state: "scheduled" });
});
afterAll(async () => {
  await t.close();
});

describe("searchFees", () => {
  it("each persona finds exactly the lines of live schedules in force today, in the audiences it reads", async () => {
    await expectSearchMatrix(t, FIELD, "matrisbesök", matrix);
  });

  it("finds the seeded lines a resident would look for, with the price in the snippet and the fee page as path", async () => {
    const data = await searchAs(t, FIELD, "besök hälsocentral");
    expect(data.hits[0]!.title.text).toBe("Besök på hälsocentral");
    expect(data.hits[0]!.snippet!.text).toMatch(/^\d[\d\u00a0 ]* kr\./);
    expect(data.hits[0]!.path).toBe("/avgifter?region=Norrbotten");
    expect(data.hits[0]!.type).toBe("FEE");
    const video = await searchAs(t, FIELD, "video");
    expect(video.hits.map((hit) => hit.title.text)).toContain("Besök eller behandling på distans, till exempel via video");
  });

  it("ö is a letter ('besok' is corrected to 'besök'), prefixes match, and a misspelling is corrected", async () => {
    const typed = await searchAs(t, FIELD, "besok");
    expect(typed.didYouMean).toBe("besök");
    expect(typed.totalCount).toBeGreaterThan(0);
    expect((await searchAs(t, FIELD, "specialistv")).totalCount).toBeGreaterThan(0);
    expect((await searchAs(t, FIELD, "specialistvåden")).didYouMean).toBe("specialistvården");
  });

  it("a label hit ranks above a hit on the schedule's title only", async () => {
    const store = feeScheduleStore(t.subgraph);
    const s = await writeItem(store, { ...schedule("Rankregion", Audience.PUBLIC), title: localized("Taxa med tandvårdsstöd") }, "live", t.clock());
    const label = await addLine(s.id, "Tandvårdsstöd för unga vuxna");
    const other = await addLine(s.id, "Besök hos tandhygienist", { visitKind: "HYGIENIST_VISIT" });
    const data = await searchAs(t, FIELD, "tandvårdsstöd");
    expect(data.hits.map((hit) => hit.id)).toEqual([label, other]);
    expect(data.hits[0]!.score).toBeGreaterThan(data.hits[1]!.score);
  });

  it("the lines follow their schedule's new title (a trigger on fee_schedule)", async () => {
    const store = feeScheduleStore(t.subgraph);
    const s = await writeItem(store, schedule("Titelregion", Audience.PUBLIC), "live", t.clock());
    const line = await addLine(s.id, "Besök hos fotterapeut");
    expect((await searchAs(t, FIELD, "höstpriser")).totalCount).toBe(0);
    await store.update(s.id, s.version, { title: localized("Höstpriser") }, { viewer: personas.editor });
    expect((await searchAs(t, FIELD, "höstpriser")).hits.map((hit) => hit.id)).toEqual([line]);
    await rawQuery(t.subgraph.dataSource, `DELETE FROM fee_item WHERE id = ?`, [Number(line)]);
    expect((await searchAs(t, FIELD, "höstpriser")).totalCount).toBe(0);
  });

  it.each(['"', "*", "NEAR(", "OR", "-", ":", "^"])("%j is text, never FTS syntax", async (text) => {
    expect((await searchAs(t, FIELD, `${text}besök`)).totalCount).toBeGreaterThanOrEqual(0);
  });

  it("empty and over-long text is refused", async () => {
    expect(await searchError(t, FIELD, "")).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
    expect(await searchError(t, FIELD, "x".repeat(201))).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
  });
});
