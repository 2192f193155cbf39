import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience } from "@vardportal/kit";
import { expectData, personaNames, type PersonaName, type TestSubgraph } from "@vardportal/kit/testing";
import type { FeeSchedule } from "../src/entities/fee-schedule.entity.js";
import { createSchedule, endSeededSchedule, startFees } from "./helpers.js";

const LIST = `{ feeSchedules { id } }`;
const CURRENT = `{ currentFeeSchedule(region: "Norrbotten") { id } }`;
const ON = `query($on: String!) { feeSchedule(region: "Norrbotten", on: $on) { id } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on FeeSchedule { id } ... on CareUnit { feeSchedule { id } } } }`;

let t: TestSubgraph;
let draft: FeeSchedule;
let staffOnly: FeeSchedule;
beforeAll(async () => {
  t = await startFees();
  // The public schedule ends when the staff one starts (published schedules never overlap); the draft
  // may overlap both, as drafts do. Today (2026-03-02) only the staff schedule is in force.
  await endSeededSchedule(t, "2026-01-31");
  draft = await createSchedule(t, { validFrom: "2026-01-01", title: { sv: "Utkast", en: null } });
  staffOnly = await createSchedule(t, { validFrom: "2026-02-01", audience: Audience.STAFF }, { publish: true });
});
afterAll(async () => {
  await t.close();
});

const seesStaffSchedule: Record<PersonaName, boolean> = {
  anonymous: false,
  resident: false,
  staff: true,
  archivist: false,
  editor: true,
  admin: true,
};

async function reachable(as: PersonaName, schedule: FeeSchedule) {
  const list = expectData(await t.query<{ feeSchedules: { id: string }[] }>(LIST, { as }));
  const current = expectData(await t.query<{ currentFeeSchedule: { id: string } | null }>(CURRENT, { as }));
  const on = expectData(await t.query<{ feeSchedule: { id: string } | null }>(ON, { as, variables: { on: schedule.validFrom } }));
  const entities = expectData(
    await t.query<{ _entities: ({ id?: string; feeSchedule?: { id: string } | null } | null)[] }>(ENTITIES, {
      as,
      variables: {
        r: [
          { __typename: "FeeSchedule", id: schedule.id },
          { __typename: "CareUnit", id: "unit-in-norrbotten", region: "Norrbotten" },
        ],
      },
    }),
  );
  return {
    list: list.feeSchedules.some((s) => s.id === schedule.id),
    current: current.currentFeeSchedule?.id === schedule.id,
    on: on.feeSchedule?.id === schedule.id,
    entity: entities._entities[0] !== null,
    careUnit: entities._entities[1]?.feeSchedule?.id === schedule.id,
  };
}

const everywhere = (value: boolean) => ({ list: value, current: value, on: value, entity: value, careUnit: value });

describe("who reaches which fee schedule", () => {
  it.each(personaNames)("a DRAFT schedule never reaches %s: not listed, never in force, never an entity", async (as) => {
    expect(await reachable(as, draft)).toEqual(everywhere(false));
  });

  it.each(personaNames)("a STAFF-audience schedule reaches %s only if that role reads staff content", async (as) => {
    expect(await reachable(as, staffOnly)).toEqual(everywhere(seesStaffSchedule[as]));
  });

  it("on a day only the staff schedule covers, an anonymous visitor and a resident get none; on an earlier day, the public one", async () => {
    for (const as of ["anonymous", "resident"] as const) {
      const current = expectData(await t.query<{ currentFeeSchedule: { id: string } | null }>(`{ currentFeeSchedule(region: "Norrbotten") { id } }`, { as }));
      expect(current.currentFeeSchedule).toBeNull();
      const earlier = expectData(await t.query<{ feeSchedule: { validFrom: string } | null }>(ON.replace("id", "validFrom"), { as, variables: { on: "2026-01-31" } }));
      expect(earlier.feeSchedule).toEqual({ validFrom: "2025-01-01" });
    }
  });
});
