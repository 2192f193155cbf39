import { describe, expect, it } from "vitest";
import { ageExemptionFor, ageExemptions } from "./age-exemption.js";
import { norrbotten } from "./norrbotten.fixture.js";
import { checkScheduleInput, type ScheduleInput } from "./schedule-input.js";
import { feesAtUnit } from "./unit-fees.js";
import { firstOverlap, isInForce, periodsOverlap } from "./validity.js";

describe("validity periods", () => {
  const y2025 = { validFrom: "2025-01-01", validTo: "2025-12-31" };
  it("overlap when they share a day, last days included", () => {
    expect(periodsOverlap(y2025, { validFrom: "2025-12-31", validTo: null })).toBe(true);
    expect(periodsOverlap(y2025, { validFrom: "2026-01-01", validTo: null })).toBe(false);
    expect(periodsOverlap({ validFrom: "2025-01-01", validTo: null }, { validFrom: "2030-01-01", validTo: "2030-01-31" })).toBe(true);
    expect(periodsOverlap({ validFrom: "2025-06-01", validTo: "2025-06-30" }, y2025)).toBe(true);
    expect(periodsOverlap({ validFrom: "2024-01-01", validTo: "2024-12-31" }, y2025)).toBe(false);
  });

  it("finds the first schedule a period overlaps", () => {
    const others = [{ id: "a", ...y2025 }, { id: "b", validFrom: "2026-01-01", validTo: null }];
    expect(firstOverlap({ validFrom: "2027-01-01", validTo: null }, others)?.id).toBe("b");
    expect(firstOverlap({ validFrom: "2023-01-01", validTo: "2024-12-31" }, others)).toBeNull();
  });

  it("a schedule is in force from its first to its last day", () => {
    expect(isInForce(y2025, "2024-12-31")).toBe(false);
    expect(isInForce(y2025, "2025-01-01")).toBe(true);
    expect(isInForce(y2025, "2025-12-31")).toBe(true);
    expect(isInForce(y2025, "2026-01-01")).toBe(false);
  });
});

describe("age exemptions as data", () => {
  it("Norrbotten: under 20", () => {
    expect(ageExemptions(norrbotten())).toEqual([{ kind: "UNDER", age: 20 }]);
    expect(ageExemptionFor(norrbotten(), 19)).toEqual({ kind: "UNDER", age: 20 });
    expect(ageExemptionFor(norrbotten(), 20)).toBeNull();
  });

  it("another region: under 18 and from 85", () => {
    const other = { freeUnderAge: 18, freeFromAge: 85 };
    expect([17, 18, 84, 85, 101].map((age) => ageExemptionFor(other, age)?.kind ?? null)).toEqual(["UNDER", null, null, "FROM", "FROM"]);
  });
});

describe("which lines apply at a care unit", () => {
  const items = norrbotten().items;
  const at = (kind: string | null) => feesAtUnit(items, kind).map((i) => i.visitKind);
  it("a health centre: its visits, remote visits and the missed-visit fee", () => {
    expect(at("HEALTH_CENTRE")).toEqual(["HEALTH_CENTRE_VISIT", "REMOTE_VISIT", "MISSED_VISIT"]);
  });
  it("a hospital clinic and psychiatry: specialist visits", () => {
    expect(at("HOSPITAL_CLINIC")).toEqual(["SPECIALIST_VISIT", "REMOTE_VISIT", "MISSED_VISIT"]);
    expect(at("PSYCHIATRY")).toEqual(at("HOSPITAL_CLINIC"));
  });
  it("dental care, a kind no line names, or no kind at all: none rather than wrong ones", () => {
    expect(at("DENTAL_CARE")).toEqual([]);
    expect(at("SOMETHING_NEW")).toEqual([]);
    expect(at(null)).toEqual([]);
  });
});

describe("checking an editor's schedule", () => {
  const valid: ScheduleInput = {
    region: "Norrbotten",
    title: { sv: "Patientavgifter 2027", en: null },
    validFrom: "2027-01-01",
    validTo: null,
    freeUnderAge: 20,
    freeFromAge: null,
    highCostLimitSek: 1450,
    highCostPeriodMonths: 12,
    items: [
      { visitKind: "HEALTH_CENTRE_VISIT", label: { sv: "Besök" }, amountSek: 325, countsTowardsHighCost: true, chargedWhenMissed: true, unitKinds: ["HEALTH_CENTRE"] },
      { visitKind: "MISSED_VISIT", label: { sv: "Uteblivet" }, amountSek: 400, countsTowardsHighCost: false, chargedWhenMissed: false, unitKinds: [] },
    ],
  };
  const errors = (patch: Partial<ScheduleInput>) => Object.keys(checkScheduleInput({ ...valid, ...patch }));

  it("accepts a complete schedule", () => {
    expect(checkScheduleInput(valid)).toEqual({});
  });

  it("names each field at fault", () => {
    expect(errors({ region: " ", validFrom: "2027-13-01" })).toEqual(["region", "validFrom"]);
    expect(errors({ validTo: "2026-12-31" })).toEqual(["validTo"]);
    expect(errors({ freeUnderAge: 0, highCostLimitSek: 0, highCostPeriodMonths: 37 })).toEqual(["freeUnderAge", "highCostLimitSek", "highCostPeriodMonths"]);
    expect(errors({ freeUnderAge: 20, freeFromAge: 20 })).toEqual(["freeFromAge"]);
    expect(errors({ items: [] })).toEqual(["items"]);
    expect(errors({ title: { sv: "" } })).toEqual(["title.sv"]);
  });

  it("wants visit kinds as unique codes, whole kronor, and a missed-visit line that neither counts nor is itself charged when missed", () => {
    const [visit, missed] = valid.items as [ScheduleInput["items"][number], ScheduleInput["items"][number]];
    expect(errors({ items: [{ ...visit, visitKind: "besök" }] })).toEqual(["items.0.visitKind"]);
    expect(errors({ items: [visit, { ...visit }] })).toEqual(["items.1.visitKind"]);
    expect(errors({ items: [{ ...visit, amountSek: 12.5 }] })).toEqual(["items.0.amountSek"]);
    expect(errors({ items: [{ ...visit, unitKinds: ["HEALTH_CENTRE", "HEALTH_CENTRE"] }] })).toEqual(["items.0.unitKinds"]);
    expect(errors({ items: [visit, { ...missed, countsTowardsHighCost: true, chargedWhenMissed: true }] })).toEqual([
      "items.1.countsTowardsHighCost",
      "items.1.chargedWhenMissed",
    ]);
  });
});
