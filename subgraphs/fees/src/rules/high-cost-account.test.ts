import { describe, expect, it } from "vitest";
import { hasFrikortOn, highCostPeriods, periodOn, termsFrom, type Payment } from "./high-cost-account.js";

const terms = (_date: string) => ({ limitSek: 1450, periodMonths: 12 });
let n = 0;
const paid = (paidOn: string, amountSek = 300, countsTowardsHighCost = true): Payment => ({ id: `p${++n}`, paidOn, amountSek, countsTowardsHighCost });
const periods = (payments: Payment[], asOf = "2030-01-01", t = terms) => highCostPeriods(payments, t, asOf);

describe("the high-cost account", () => {
  it("has no period before any payment", () => {
    expect(periods([])).toEqual([]);
  });

  it("adds payments up from the first one, which opens a 12-month period", () => {
    const [period] = periods([paid("2025-03-10"), paid("2025-05-02"), paid("2025-08-20")]);
    expect(period).toMatchObject({ startsOn: "2025-03-10", endsOn: "2026-03-09", paidSek: 900, remainingSek: 550, frikortFrom: null });
    expect(period?.payments).toHaveLength(3);
  });

  it("counts payments in the order made, whatever order they are given in", () => {
    const [period] = periods([paid("2025-08-20"), paid("2025-03-10")]);
    expect(period?.startsOn).toBe("2025-03-10");
  });

  it("gives a frikort from the day a payment reaches the limit, until the period's last day", () => {
    const payments = [paid("2025-03-10"), paid("2025-04-10"), paid("2025-05-10"), paid("2025-06-10"), paid("2025-07-10")];
    const [period] = periods(payments);
    expect(period).toMatchObject({ paidSek: 1450, remainingSek: 0, frikortFrom: "2025-07-10", endsOn: "2026-03-09" });
    expect(hasFrikortOn(period!, "2025-07-09")).toBe(false);
    expect(hasFrikortOn(period!, "2025-07-10")).toBe(true);
    expect(hasFrikortOn(period!, "2026-03-09")).toBe(true);
    expect(hasFrikortOn(period!, "2026-03-10")).toBe(false);
  });

  it("counts the payment that crosses the limit only up to the limit", () => {
    const [period] = periods([paid("2025-03-10", 1300), paid("2025-04-10", 300)]);
    expect(period).toMatchObject({ paidSek: 1450, remainingSek: 0, frikortFrom: "2025-04-10" });
  });

  it("does not count missed-visit fees, nor let one open a period", () => {
    const missed = paid("2025-02-01", 400, false);
    const result = periods([missed, paid("2025-03-10"), paid("2025-04-01", 400, false)]);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ startsOn: "2025-03-10", paidSek: 300 });
    // The one inside the period is listed with it, counted as nothing.
    expect(result[0]?.payments.map((p) => p.amountSek)).toEqual([300, 400]);
  });

  it("starts a new period with the next payment after the period ends, and only then", () => {
    const result = periods([paid("2025-03-10", 1450), paid("2026-03-09"), paid("2026-03-10"), paid("2026-09-01")]);
    expect(result.map((p) => [p.startsOn, p.endsOn, p.paidSek])).toEqual([
      ["2025-03-10", "2026-03-09", 1450],
      ["2026-03-10", "2027-03-09", 600],
    ]);
  });

  it("leaves a gap without a period when nothing is paid after the end", () => {
    const result = periods([paid("2024-01-15"), paid("2025-06-01")]);
    expect(periodOn(result, "2025-01-20")).toBeNull();
    expect(periodOn(result, "2025-06-01")?.startsOn).toBe("2025-06-01");
  });

  it("counts only payments made on or before the day asked about", () => {
    const payments = [paid("2025-03-10"), paid("2025-05-01")];
    expect(periods(payments, "2025-04-30")[0]?.paidSek).toBe(300);
    expect(periods(payments, "2025-03-09")).toEqual([]);
  });

  it("takes the limit and length of the schedule in force on the period's first day", () => {
    const changing = (date: string) => (date < "2026-01-01" ? { limitSek: 1300, periodMonths: 12 } : { limitSek: 1450, periodMonths: 12 });
    const result = periods([paid("2025-06-01", 1300), paid("2026-02-01"), paid("2026-06-01")], "2026-07-01", changing);
    expect(result.map((p) => [p.startsOn, p.limitSek, p.paidSek, p.frikortFrom])).toEqual([
      ["2025-06-01", 1300, 1300, "2025-06-01"],
      ["2026-06-01", 1450, 300, null],
    ]);
    // The payment on 2026-02-01 fell in the first period, with its frikort: it added nothing.
    expect(result[0]?.payments).toHaveLength(2);
  });
});

describe("the limit and period in force on a day", () => {
  const schedules = [
    { validFrom: "2024-01-01", validTo: "2024-12-31", highCostLimitSek: 1300, highCostPeriodMonths: 12 },
    { validFrom: "2025-03-01", validTo: null, highCostLimitSek: 1450, highCostPeriodMonths: 12 },
  ];
  const on = termsFrom(schedules);

  it("are the schedule's in force that day", () => {
    expect(on("2024-06-01").limitSek).toBe(1300);
    expect(on("2025-03-01").limitSek).toBe(1450);
  });

  it("in a gap between schedules, the latest before it; before the first, the first", () => {
    expect(on("2025-01-15").limitSek).toBe(1300);
    expect(on("2023-05-01").limitSek).toBe(1300);
  });

  it("need at least one schedule", () => {
    expect(() => termsFrom([])).toThrow();
  });
});
