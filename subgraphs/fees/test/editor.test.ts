import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Revision } from "@vardportal/kit";
import {
  expectConflict,
  expectData,
  expectPerPersona,
  expectValidationFailed,
  errorCodeAt,
  perPersona,
  rawQuery,
  type TestSubgraph,
} from "@vardportal/kit/testing";
import { SCHEDULE_FIELDS, SEEDED_SCHEDULE_ID, startFees, type ScheduleView } from "./helpers.js";

/** An editor's schedule for 2027 as the API takes it. */
const schedule2027 = (patch: Record<string, unknown> = {}) => ({
  region: "Norrbotten",
  title: { sv: "Patientavgifter 2027", en: "Patient fees 2027" },
  validFrom: "2027-01-01",
  validTo: null,
  freeUnderAge: 20,
  highCostLimitSek: 1500,
  items: [
    { visitKind: "HEALTH_CENTRE_VISIT", label: { sv: "Besök på hälsocentral", en: "" }, amountSek: 325, countsTowardsHighCost: true, chargedWhenMissed: true, unitKinds: ["HEALTH_CENTRE"] },
    { visitKind: "PHYSIOTHERAPY_VISIT", label: { sv: "Besök hos fysioterapeut" }, amountSek: 200, countsTowardsHighCost: true, unitKinds: ["HEALTH_CENTRE"] },
    { visitKind: "MISSED_VISIT", label: { sv: "Uteblivet besök" }, amountSek: 450, countsTowardsHighCost: false, unitKinds: ["HEALTH_CENTRE"] },
  ],
  ...patch,
});

type Saved = ScheduleView & { status: string; version: number };
const FIELDS = `${SCHEDULE_FIELDS} status version`;
const CREATE = `mutation($input: FeeScheduleInput!) { createFeeSchedule(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: FeeScheduleInput!) { updateFeeSchedule(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const STATUS = `mutation($id: ID!, $version: Int!, $status: ContentStatus!) { setFeeScheduleStatus(id: $id, version: $version, status: $status) { ${FIELDS} } }`;
const QUOTE_PHYSIO = `query($date: String!) { feeQuote(input: { region: "Norrbotten", visitKind: "PHYSIOTHERAPY_VISIT", visitDate: $date, birthDate: "1980-01-01" }) { amountSek reason } }`;

let t: TestSubgraph;
beforeEach(async () => {
  t = await startFees();
});
afterEach(async () => {
  await t.close();
});

const create = async (input = schedule2027()) => expectData(await t.query<{ createFeeSchedule: Saved }>(CREATE, { as: "editor", variables: { input } })).createFeeSchedule;
const setStatus = (id: string, version: number, status: string) => t.query<{ setFeeScheduleStatus: Saved }>(STATUS, { as: "editor", variables: { id, version, status } });
const seeded = async () => {
  const list = expectData(await t.query<{ feeSchedules: Saved[] }>(`{ feeSchedules(region: "Norrbotten") { ${FIELDS} } }`, { as: "editor" })).feeSchedules;
  return list.find((s) => s.id === SEEDED_SCHEDULE_ID)!;
};
/** The seeded schedule's data as an editor sends it back, with a last day. */
async function endSeeded(validTo: string) {
  const current = await seeded();
  const input = {
    region: current.region,
    title: current.title,
    validFrom: current.validFrom,
    validTo,
    freeUnderAge: current.freeUnderAge,
    highCostLimitSek: current.highCostLimitSek,
    items: current.items.map(({ visitKind, label, amountSek, countsTowardsHighCost, chargedWhenMissed, unitKinds }) => ({ visitKind, label, amountSek, countsTowardsHighCost, chargedWhenMissed, unitKinds })),
  };
  return t.query<{ updateFeeSchedule: Saved }>(UPDATE, { as: "editor", variables: { id: current.id, version: current.version, input } });
}

describe("editors write fee schedules", () => {
  it("only editors and admins may create one; everyone else FORBIDDEN", async () => {
    await expectPerPersona(
      "createFeeSchedule",
      async (as) => {
        const result = await t.query<{ createFeeSchedule: Saved }>(CREATE, { as, variables: { input: schedule2027() } });
        return result.data?.createFeeSchedule ? "created" : errorCodeAt(result, ["createFeeSchedule"]);
      },
      perPersona((as) => (as === "editor" || as === "admin" ? "created" : "FORBIDDEN")),
    );
  });

  it("a new schedule is a draft with its lines in order, an editor-added kind among them, and a revision", async () => {
    const draft = await create();
    expect(draft).toMatchObject({ status: "DRAFT", version: 1, validFrom: "2027-01-01", highCostPeriodMonths: 12, ageExemptionCoversMissedVisits: true });
    expect(draft.items.map((i) => [i.visitKind, i.amountSek, i.chargedWhenMissed])).toEqual([
      ["HEALTH_CENTRE_VISIT", 325, true],
      ["PHYSIOTHERAPY_VISIT", 200, false],
      ["MISSED_VISIT", 450, false],
    ]);
    expect(draft.items[0]?.label).toEqual({ sv: "Besök på hälsocentral", en: null });
    expect(await t.subgraph.dataSource.getRepository(Revision).countBy({ entityId: draft.id })).toBe(1);
  });

  it("refuses a schedule with a field message for every problem", async () => {
    const result = await t.query(CREATE, { as: "editor", variables: { input: schedule2027({ validFrom: "2027-02-30", highCostLimitSek: 0, items: [] }) } });
    const error = expectValidationFailed(result, ["createFeeSchedule"]);
    expect(Object.keys(error.extensions?.fieldErrors as object).sort()).toEqual(["highCostLimitSek", "items", "validFrom"]);
  });

  it("refuses to publish a schedule whose period overlaps a published one of the region, naming it", async () => {
    const draft = await create();
    const error = expectValidationFailed(await setStatus(draft.id, draft.version, "PUBLISHED"), ["setFeeScheduleStatus"]);
    expect(error.message).toContain('"Patientavgifter i Region Norrbotten" (2025-01-01 – until further notice)');
    expect(Object.keys(error.extensions?.fieldErrors as object)).toEqual(["validFrom", "validTo"]);
    // Nothing changed: the 2027 visit still gets the seeded schedule.
    expect(expectData(await t.query<{ feeSchedule: { id: string } }>(`{ feeSchedule(region: "Norrbotten", on: "2027-06-01") { id } }`)).feeSchedule.id).toBe(SEEDED_SCHEDULE_ID);
  });

  it("next year's schedule: end the current one, publish the new one; each date answers with its own", async () => {
    const draft = await create();
    expectData(await endSeeded("2026-12-31"));
    const published = expectData(await setStatus(draft.id, draft.version, "PUBLISHED")).setFeeScheduleStatus;
    expect(published.status).toBe("PUBLISHED");
    expect(expectData(await t.query<{ feeQuote: { amountSek: number } }>(QUOTE_PHYSIO, { variables: { date: "2027-01-01" } })).feeQuote).toMatchObject({ amountSek: 200 });
    // The old schedule has no physiotherapy line: the kind is unknown on an old date.
    const old = await t.query(QUOTE_PHYSIO, { variables: { date: "2026-12-31" } });
    expect(old.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "visitKind" });
  });

  it("refuses to stretch a published schedule over another published one", async () => {
    const draft = await create();
    expectData(await endSeeded("2026-12-31"));
    expectData(await setStatus(draft.id, draft.version, "PUBLISHED"));
    const error = expectValidationFailed(await endSeeded("2027-01-01"), ["updateFeeSchedule"]);
    expect(error.message).toContain('"Patientavgifter 2027"');
  });

  it("drafts may overlap anything, and an archived schedule is out of the way", async () => {
    const first = await create();
    const second = await create(schedule2027({ title: { sv: "Alternativ 2027" } }));
    expect(second.status).toBe("DRAFT");
    const archived = expectData(await setStatus(first.id, first.version, "ARCHIVED")).setFeeScheduleStatus;
    expect(archived.status).toBe("ARCHIVED");
  });

  it("a stale version is a conflict, and the lines are left as they were", async () => {
    const draft = await create();
    const input = schedule2027({ items: [{ visitKind: "HEALTH_CENTRE_VISIT", label: { sv: "Besök" }, amountSek: 1, countsTowardsHighCost: true }] });
    expectData(await t.query(UPDATE, { as: "editor", variables: { id: draft.id, version: draft.version, input: schedule2027({ validTo: "2027-12-31" }) } }));
    expectConflict(await t.query(UPDATE, { as: "editor", variables: { id: draft.id, version: draft.version, input } }), ["updateFeeSchedule"]);
    const list = await rawQuery<{ amountSek: number }>(t.subgraph.dataSource, `SELECT "amountSek" FROM fee_item WHERE "scheduleId" = ? ORDER BY "position"`, [draft.id]);
    expect(list.map((r) => r.amountSek)).toEqual([325, 200, 450]);
  });
});
