import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectData, type TestSubgraph } from "@vardportal/kit/testing";
import { HighCostPayment } from "../src/entities/high-cost-payment.entity.js";
import { ANNA, SCHEDULE_FIELDS, startFees, type ScheduleView } from "./helpers.js";

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

  it("makes care free for children and young people under 20, missed visits included, and for no age upwards", () => {
    expect(current).toMatchObject({ freeUnderAge: 20, freeFromAge: null, ageExemptionCoversMissedVisits: true });
  });

  it("charges 300 kr for a visit at a health centre, in specialist care or by video, all counting towards the limit", () => {
    for (const kind of ["HEALTH_CENTRE_VISIT", "SPECIALIST_VISIT", "REMOTE_VISIT"]) {
      expect(amount(kind)).toMatchObject({ amountSek: 300, countsTowardsHighCost: true });
    }
    expect(amount("REMOTE_VISIT")?.label.sv).toContain("video");
  });

  it("charges the missed-visit fee for those three kinds of visit, and says where each line applies", () => {
    expect(current.items.map((item) => [item.visitKind, item.chargedWhenMissed, item.unitKinds])).toEqual([
      ["HEALTH_CENTRE_VISIT", true, ["HEALTH_CENTRE"]],
      ["SPECIALIST_VISIT", true, ["HOSPITAL_CLINIC", "PSYCHIATRY"]],
      ["REMOTE_VISIT", true, ["HEALTH_CENTRE", "HOSPITAL_CLINIC", "PSYCHIATRY"]],
      ["DIGITAL_CHAT", false, []],
      ["MISSED_VISIT", false, ["HEALTH_CENTRE", "HOSPITAL_CLINIC", "PSYCHIATRY"]],
    ]);
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

describe("the sample payments", () => {
  it("are Anna Andersson's only, marked as sample data, and dated back from the day the seed ran", async () => {
    const payments = await t.subgraph.dataSource.getRepository(HighCostPayment).find({ order: { paidOn: "ASC" } });
    expect(new Set(payments.map((p) => p.personnummer))).toEqual(new Set([ANNA]));
    expect(payments.every((p) => p.sample && p.recordedBy === "seed")).toBe(true);
    expect(payments.map((p) => [p.paidOn, p.amountSek, p.countsTowardsHighCost])).toEqual([
      ["2025-12-17", 300, true],
      ["2026-01-21", 300, true],
      ["2026-02-18", 400, false],
      ["2026-02-25", 300, true],
    ]);
  });
});
