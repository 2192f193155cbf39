import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectData, type TestSubgraph } from "@vardportal/kit/testing";
import { SCHEDULE_FIELDS, startFees, type ScheduleView } from "./helpers.js";

let t: TestSubgraph;
let current: ScheduleView;
beforeAll(async () => {
  t = await startFees();
  const data = expectData(await t.query<{ currentFeeSchedule: ScheduleView }>(`{ currentFeeSchedule(region: "Norrbotten") { ${SCHEDULE_FIELDS} } }`));
  current = data.currentFeeSchedule;
});
afterAll(async () => {
  await t.close();
});

const amount = (visitKind: string) => current.items.find((item) => item.visitKind === visitKind);

describe("Region Norrbotten's seeded fee schedule, as an anonymous visitor reads it", () => {
  it("is in force from 1 January 2025 until further notice", () => {
    expect(current).toMatchObject({ region: "Norrbotten", validFrom: "2025-01-01", validTo: null });
    expect(current.title).toEqual({ sv: "Patientavgifter i Region Norrbotten", en: "Patient fees in Region Norrbotten" });
  });

  it("makes care free for children and young people under 20", () => {
    expect(current.freeUnderAge).toBe(20);
  });

  it("charges 300 kr for a visit at a health centre, in specialist care or by video, all counting towards the limit", () => {
    for (const kind of ["HEALTH_CENTRE_VISIT", "SPECIALIST_VISIT", "REMOTE_VISIT"]) {
      expect(amount(kind)).toMatchObject({ amountSek: 300, countsTowardsHighCost: true });
    }
    expect(amount("REMOTE_VISIT")?.label.sv).toContain("video");
  });

  it("charges nothing for a chat in Digitalen", () => {
    expect(amount("DIGITAL_CHAT")).toMatchObject({ amountSek: 0, countsTowardsHighCost: false });
    expect(amount("DIGITAL_CHAT")?.label.sv).toContain("Digitalen");
  });

  it("charges 400 kr for a missed visit, which does not count towards the high-cost limit", () => {
    expect(amount("MISSED_VISIT")).toMatchObject({ amountSek: 400, countsTowardsHighCost: false });
  });

  it("protects against high costs with the national 1 450 kr limit over 12 months", () => {
    expect(current).toMatchObject({ highCostLimitSek: 1450, highCostPeriodMonths: 12 });
  });

  it("lists its five lines in the order they were written, each in Swedish and English", () => {
    expect(current.items.map((item) => item.visitKind)).toEqual([
      "HEALTH_CENTRE_VISIT",
      "SPECIALIST_VISIT",
      "REMOTE_VISIT",
      "DIGITAL_CHAT",
      "MISSED_VISIT",
    ]);
    for (const item of current.items) expect(item.label.en).toBeTruthy();
  });

  it("is the only schedule listed, for Norrbotten and over all regions", async () => {
    for (const query of [`{ feeSchedules(region: "Norrbotten") { id } }`, `{ feeSchedules { id } }`]) {
      expect(expectData(await t.query<{ feeSchedules: { id: string }[] }>(query)).feeSchedules).toEqual([{ id: current.id }]);
    }
  });
});
