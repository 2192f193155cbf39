import { afterAll, beforeAll, describe, it } from "vitest";
import { Audience, localized } from "@vardportal/kit";
import {
  expectData,
  expectPerPersona,
  expectedSlots,
  namesOf,
  perPersona,
  shouldRead,
  startTestSubgraph,
  testClock,
  writeItem,
  type ItemState,
  type MatrixItem,
  type PersonaName,
  type TestSubgraph,
} from "@vardportal/kit/testing";
import { FeeItem } from "../src/entities/fee-item.entity.js";
import { feeScheduleStore } from "../src/fee-schedule-store.js";
import { definition } from "../src/index.js";

/**
 * Schedules in Norrbotten that start later the more restricted they are, so whoever may read a
 * restricted one gets it as the one in force; and a region (Gotland) only hidden schedules cover.
 * Each has one fee line with its own amount, so a line that followed the wrong schedule shows.
 * Fees have no text search and no paging (feeSchedules is a plain list), so the matrix has no
 * text, cursor or forged-cursor rows here.
 */
interface ScheduleFixture {
  key: string;
  audience: Audience;
  state: ItemState;
  region: string;
  validFrom: string;
  amountSek: number;
}
const fixture: ScheduleFixture[] = [
  { key: "public", audience: Audience.PUBLIC, state: "live", region: "Norrbotten", validFrom: "2025-01-01", amountSek: 300 },
  { key: "resident", audience: Audience.RESIDENT, state: "live", region: "Norrbotten", validFrom: "2025-06-01", amountSek: 310 },
  { key: "staff", audience: Audience.STAFF, state: "live", region: "Norrbotten", validFrom: "2025-09-01", amountSek: 320 },
  { key: "archive", audience: Audience.ARCHIVE, state: "live", region: "Norrbotten", validFrom: "2025-10-01", amountSek: 330 },
  { key: "draft", audience: Audience.PUBLIC, state: "draft", region: "Norrbotten", validFrom: "2025-11-01", amountSek: 340 },
  { key: "scheduled", audience: Audience.PUBLIC, state: "scheduled", region: "Norrbotten", validFrom: "2025-12-01", amountSek: 350 },
  { key: "expired", audience: Audience.PUBLIC, state: "expired", region: "Norrbotten", validFrom: "2026-01-01", amountSek: 360 },
  { key: "staff, Gotland", audience: Audience.STAFF, state: "live", region: "Gotland", validFrom: "2025-01-01", amountSek: 370 },
  { key: "staff draft, Gotland", audience: Audience.STAFF, state: "draft", region: "Gotland", validFrom: "2026-02-01", amountSek: 380 },
];
type Schedule = MatrixItem & ScheduleFixture;

const TODAY = "2026-03-02";

let t: TestSubgraph;
let schedules: Schedule[];
let names: Record<string, string>;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false, clock: testClock(`${TODAY}T09:00:00+01:00`) });
  const store = feeScheduleStore(t.subgraph);
  schedules = [];
  for (const f of fixture) {
    const data = { region: f.region, audience: f.audience, validFrom: f.validFrom, validTo: null, title: localized(`Taxa ${f.key}`), freeUnderAge: 20, highCostLimitSek: 1450, highCostPeriodMonths: 12 };
    const schedule = await writeItem(store, data, f.state, t.clock());
    await t.subgraph.dataSource.getRepository(FeeItem).insert({
      scheduleId: schedule.id,
      position: 0,
      visitKind: "HEALTH_CENTRE_VISIT",
      label: localized("Besök på hälsocentral"),
      amountSek: f.amountSek,
      countsTowardsHighCost: true,
    });
    schedules.push({ ...f, id: schedule.id });
  }
  names = namesOf(schedules);
});
afterAll(async () => {
  await t.close();
});

interface ScheduleView {
  id: string;
  items: { amountSek: number }[];
}
const FIELDS = "id items { amountSek }";
/** A schedule as "<id>:<amounts>", so a fee line under the wrong schedule changes the answer. */
const withLines = (s: ScheduleView | null) => (s ? `${s.id}:${s.items.map((i) => i.amountSek).join(",")}` : null);
const expectedWithLines = (s: Schedule | null) => (s ? `${s.id}:${s.amountSek}` : null);

/** The rule the subgraph implements, applied to what the persona may read: the latest start on or before the date wins. */
function inForce(as: PersonaName, region: string, date: string): Schedule | null {
  const candidates = schedules.filter((s) => shouldRead(as, s) && s.region === region && s.validFrom <= date);
  candidates.sort((a, b) => (a.validFrom === b.validFrom ? (a.id < b.id ? -1 : 1) : a.validFrom > b.validFrom ? -1 : 1));
  return candidates[0] ?? null;
}

const list = async (as: PersonaName, region?: string) =>
  expectData(await t.query<{ feeSchedules: ScheduleView[] }>(`query($region: String) { feeSchedules(region: $region) { ${FIELDS} } }`, { as, variables: { region } }))
    .feeSchedules.map(withLines)
    .sort();
const expectedList = (subset: Schedule[]) => perPersona((as) => subset.filter((s) => shouldRead(as, s)).map(expectedWithLines).sort());

describe("fee schedules, as every persona", () => {
  it("list, each schedule with its own fee lines", async () => {
    await expectPerPersona("feeSchedules", (as) => list(as), expectedList(schedules), { names });
  });

  it("a filter on a region only hidden schedules cover", async () => {
    await expectPerPersona('feeSchedules(region: "Gotland")', (as) => list(as, "Gotland"), expectedList(schedules.filter((s) => s.region === "Gotland")), { names });
  });

  it("lookup by region and date, on each schedule's first day: the one in force among those the persona may read", async () => {
    const dates = [...new Set(schedules.map((s) => s.validFrom)), TODAY].sort();
    const ON = `query($region: String!, $on: String!) { feeSchedule(region: $region, on: $on) { ${FIELDS} } }`;
    await expectPerPersona(
      "feeSchedule(region, on)",
      async (as) => {
        const answers: Record<string, string | null> = {};
        for (const region of ["Norrbotten", "Gotland"]) {
          for (const on of dates) {
            answers[`${region} ${on}`] = withLines(expectData(await t.query<{ feeSchedule: ScheduleView | null }>(ON, { as, variables: { region, on } })).feeSchedule);
          }
        }
        return answers;
      },
      perPersona((as) => Object.fromEntries(["Norrbotten", "Gotland"].flatMap((region) => dates.map((on) => [`${region} ${on}`, expectedWithLines(inForce(as, region, on))])))),
      { names },
    );
  });

  it("the schedule in force today, directly and as a care unit's fee schedule", async () => {
    const QUERY = `query($r: [_Any!]!) {
      norrbotten: currentFeeSchedule(region: "Norrbotten") { ${FIELDS} }
      gotland: currentFeeSchedule(region: "Gotland") { ${FIELDS} }
      _entities(representations: $r) { ... on CareUnit { id feeSchedule { ${FIELDS} } } }
    }`;
    const r = [
      { __typename: "CareUnit", id: "unit-norrbotten", region: "Norrbotten" },
      { __typename: "CareUnit", id: "unit-gotland", region: "Gotland" },
    ];
    type Data = { norrbotten: ScheduleView | null; gotland: ScheduleView | null; _entities: { id: string; feeSchedule: ScheduleView | null }[] };
    await expectPerPersona(
      "currentFeeSchedule and CareUnit.feeSchedule",
      async (as) => {
        const data = expectData(await t.query<Data>(QUERY, { as, variables: { r } }));
        return [withLines(data.norrbotten), withLines(data.gotland), ...data._entities.map((u) => `${u.id} → ${withLines(u.feeSchedule)}`)];
      },
      perPersona((as) => {
        const [norrbotten, gotland] = [expectedWithLines(inForce(as, "Norrbotten", TODAY)), expectedWithLines(inForce(as, "Gotland", TODAY))];
        return [norrbotten, gotland, `unit-norrbotten → ${norrbotten}`, `unit-gotland → ${gotland}`];
      }),
      { names },
    );
  });

  it("_entities for every schedule's key", async () => {
    const r = schedules.map((s) => ({ __typename: "FeeSchedule", id: s.id }));
    await expectPerPersona(
      "_entities(FeeSchedule)",
      async (as) => expectData(await t.query<{ _entities: (ScheduleView | null)[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on FeeSchedule { ${FIELDS} } } }`, { as, variables: { r } }))._entities.map(withLines),
      perPersona((as) => expectedSlots(schedules)[as].map((id) => expectedWithLines(schedules.find((s) => s.id === id) ?? null))),
      { names },
    );
  });
});
