import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { expectData, type TestSubgraph } from "@vardportal/kit/testing";
import { createSchedule, startFees } from "./helpers.js";

const ENTITIES = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on CareUnit { id feeSchedule { region validFrom freeUnderAge items { visitKind amountSek } } } }
}`;

interface UnitFees {
  id: string;
  feeSchedule: { region: string; validFrom: string; freeUnderAge: number | null; items: { visitKind: string; amountSek: number }[] } | null;
}

let t: TestSubgraph;
beforeAll(async () => {
  t = await startFees();
  await createSchedule(t, { region: "Kronoberg", validFrom: "2025-01-01", freeUnderAge: 18 }, { publish: true, visitAmount: 200 });
});
afterAll(async () => {
  await t.close();
});

const unit = (id: string, region?: string) => ({ __typename: "CareUnit", id, ...(region ? { region } : {}) });

async function feesAt(representations: object[]) {
  return expectData(await t.query<{ _entities: UnitFees[] }>(ENTITIES, { variables: { r: representations } }))._entities;
}

const FEES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CareUnit { id fees { visitKind amountSek } } } }`;
const feesOf = async (representations: object[]) =>
  expectData(await t.query<{ _entities: { id: string; fees: { visitKind: string; amountSek: number }[] }[] }>(FEES, { variables: { r: representations } }))._entities.map(
    (unit) => unit.fees.map((fee) => `${fee.visitKind} ${fee.amountSek}`),
  );
const ofKind = (id: string, kind: string, region = "Norrbotten") => ({ __typename: "CareUnit", id, region, kind });

describe("the fees that apply at a care unit", () => {
  it("a health centre: its visits, visits at a distance and the missed-visit fee, from today's schedule", async () => {
    expect(await feesOf([ofKind("hc", "HEALTH_CENTRE")])).toEqual([["HEALTH_CENTRE_VISIT 300", "REMOTE_VISIT 300", "MISSED_VISIT 400"]]);
  });

  it("a hospital clinic and a psychiatric clinic: specialist visits", async () => {
    expect(await feesOf([ofKind("med", "HOSPITAL_CLINIC"), ofKind("psy", "PSYCHIATRY")])).toEqual([
      ["SPECIALIST_VISIT 300", "REMOTE_VISIT 300", "MISSED_VISIT 400"],
      ["SPECIALIST_VISIT 300", "REMOTE_VISIT 300", "MISSED_VISIT 400"],
    ]);
  });

  it("dental care, an emergency department, a youth clinic: none, rather than fees that do not apply there", async () => {
    expect(await feesOf([ofKind("tand", "DENTAL_CARE"), ofKind("akut", "EMERGENCY_DEPARTMENT"), ofKind("um", "YOUTH_CLINIC")])).toEqual([[], [], []]);
  });

  it("none in a region without a schedule, or for a kind this subgraph does not know", async () => {
    expect(await feesOf([ofKind("malmo", "HEALTH_CENTRE", "Skåne"), ofKind("new", "MATERNITY_CLINIC")])).toEqual([[], []]);
  });

  it("follows the schedule of the unit's own region (Kronoberg's health-centre visit costs 200 kr here)", async () => {
    expect(await feesOf([ofKind("vaxjo", "HEALTH_CENTRE", "Kronoberg")])).toEqual([["HEALTH_CENTRE_VISIT 200"]]);
  });
});

describe("a care unit's fee schedule", () => {
  it("is the schedule in force today in the unit's region, given by the gateway as the required region", async () => {
    const [lulea, vaxjo] = await feesAt([unit("lulea-hc", "Norrbotten"), unit("vaxjo-hc", "Kronoberg")]);
    expect(lulea).toMatchObject({ id: "lulea-hc", feeSchedule: { region: "Norrbotten", validFrom: "2025-01-01", freeUnderAge: 20 } });
    expect(lulea?.feeSchedule?.items.find((item) => item.visitKind === "HEALTH_CENTRE_VISIT")?.amountSek).toBe(300);
    expect(vaxjo).toMatchObject({ id: "vaxjo-hc", feeSchedule: { region: "Kronoberg", freeUnderAge: 18 } });
  });

  it("is null in a region without a schedule, and when the region is missing from the representation", async () => {
    const [skane, unknown] = await feesAt([unit("malmo-hc", "Skåne"), unit("no-region")]);
    expect(skane).toEqual({ id: "malmo-hc", feeSchedule: null });
    expect(unknown).toEqual({ id: "no-region", feeSchedule: null });
  });

  it("for many units in several regions costs one SQL query in all", async () => {
    const representations = Array.from({ length: 12 }, (_, i) => unit(`unit-${i}`, ["Norrbotten", "Kronoberg", "Skåne"][i % 3]));
    const logQuery = vi.spyOn(t.subgraph.dataSource.logger, "logQuery");
    try {
      const units = await feesAt(representations);
      expect(units.map((u) => u.feeSchedule?.region ?? null)).toEqual(
        representations.map((r) => (r.region === "Skåne" ? null : r.region)),
      );
      expect(logQuery).toHaveBeenCalledTimes(1);
    } finally {
      logQuery.mockRestore();
    }
  });
});
