import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectData, expectValidationFailed, type TestSubgraph } from "@vardportal/kit/testing";
import { createSchedule, endSeededSchedule, startFees } from "./helpers.js";

const CURRENT = `query($region: String!) { currentFeeSchedule(region: $region) { validFrom items { amountSek } } }`;
const ON = `query($region: String!, $on: String!) { feeSchedule(region: $region, on: $on) { validFrom items { amountSek } } }`;

interface Found {
  validFrom: string;
  items: { amountSek: number }[];
}

let t: TestSubgraph;
beforeEach(async () => {
  t = await startFees();
  // Fees change on 1 January 2026, as an editor would record it: the old schedule ends, a new one starts.
  await endSeededSchedule(t, "2025-12-31");
  await createSchedule(t, { validFrom: "2026-01-01", validTo: "2026-01-31" }, { publish: true, visitAmount: 350 });
  await createSchedule(t, { validFrom: "2026-02-01", validTo: "2026-02-28" }, { publish: true, visitAmount: 999 });
  await createSchedule(t, { validFrom: "2026-03-01" }, { publish: true, visitAmount: 375 });
});
afterEach(async () => {
  await t.close();
});

async function on(date: string, region = "Norrbotten") {
  return expectData(await t.query<{ feeSchedule: Found | null }>(ON, { variables: { region, on: date } })).feeSchedule;
}

async function current() {
  return expectData(await t.query<{ currentFeeSchedule: Found | null }>(CURRENT, { variables: { region: "Norrbotten" } })).currentFeeSchedule;
}

describe("which fee schedule applies", () => {
  it("a schedule that starts later takes over from its first day, and the old one still answers for old dates", async () => {
    expect((await on("2025-06-15"))?.validFrom).toBe("2025-01-01");
    expect((await on("2025-12-31"))?.items[0]?.amountSek).toBe(300);
    expect((await on("2026-01-01"))?.validFrom).toBe("2026-01-01");
    expect((await on("2026-01-01"))?.items[0]?.amountSek).toBe(350);
  });

  it("no schedule answers for a date before the first one or for a region without one", async () => {
    expect(await on("2024-12-31")).toBeNull();
    expect(await on("2026-03-02", "Skåne")).toBeNull();
  });

  it("a schedule's last day is included and the next day is not", async () => {
    expect((await on("2026-02-28"))?.items[0]?.amountSek).toBe(999);
    expect((await on("2026-03-01"))?.items[0]?.amountSek).toBe(375);
  });

  it("today is the Swedish date: at 00:30 in Stockholm on New Year's Day (23:30 UTC) the new schedule applies", async () => {
    t.clock.set("2025-12-31T22:59:00Z");
    expect((await current())?.validFrom).toBe("2025-01-01");
    t.clock.set("2025-12-31T23:30:00Z");
    expect((await current())?.validFrom).toBe("2026-01-01");
  });

  it("a date that is not YYYY-MM-DD, or not a real date, is refused with VALIDATION_FAILED", async () => {
    for (const date of ["2026-02-30", "1 mars 2026", "2026-3-1", ""]) {
      const error = expectValidationFailed(await t.query(ON, { variables: { region: "Norrbotten", on: date } }), ["feeSchedule"]);
      expect(Object.keys(error.extensions?.fieldErrors as object)).toEqual(["on"]);
    }
  });
});
