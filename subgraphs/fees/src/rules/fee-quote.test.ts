import { describe, expect, it } from "vitest";
import { findFeeLine, quoteFee, type QuoteFacts } from "./fee-quote.js";
import { highCostPeriods, periodOn, type Payment } from "./high-cost-account.js";
import { line, norrbotten } from "./norrbotten.fixture.js";

const schedule = norrbotten();
/** Born 20 years before 2026-03-02: turns 20 on that day. */
const BIRTHDAY = "2006-03-02";
const adult = "1985-05-17";

/** Amounts are written with a non-breaking space ("1 450 kr"); the tests read them as people do. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const sv = (q: { explanation: { sv: string } }) => plain(q.explanation.sv);

const quote = (facts: Partial<QuoteFacts>, terms = schedule) =>
  quoteFee(terms, { visitKind: "HEALTH_CENTRE_VISIT", visitDate: "2026-03-02", birthDate: adult, missed: false, ...facts });

/** The standing on the visit day from payments made so far, as the account would give it. */
const standing = (payments: Payment[], visitDate: string) => ({
  period: periodOn(highCostPeriods(payments, () => ({ limitSek: 1450, periodMonths: 12 }), visitDate), visitDate),
});
const paid = (paidOn: string, amountSek = 300, countsTowardsHighCost = true): Payment => ({ id: `${paidOn}:${amountSek}`, paidOn, amountSek, countsTowardsHighCost });

describe("the age limit (free under 20 in Norrbotten), taken on the visit day", () => {
  it("a patient who turns 20 on the visit day pays: the birthday counts", () => {
    expect(quote({ birthDate: BIRTHDAY, visitDate: "2026-03-02" })).toMatchObject({ amountSek: 300, reason: "STANDARD", ageOnVisitDate: 20 });
  });

  it("the day before the 20th birthday the visit is free", () => {
    const q = quote({ birthDate: BIRTHDAY, visitDate: "2026-03-01" });
    expect(q).toMatchObject({ amountSek: 0, reason: "FREE_BY_AGE", ageOnVisitDate: 19, standardAmountSek: 300 });
    expect(sv(q)).toContain("under 20 år");
    expect(q.explanation.en).toContain("under 20");
  });

  it("the day after the birthday the patient pays", () => {
    expect(quote({ birthDate: BIRTHDAY, visitDate: "2026-03-03" })).toMatchObject({ amountSek: 300, reason: "STANDARD", ageOnVisitDate: 20 });
  });

  it("the age is that of the visit day, not of today: a visit booked before the birthday is free", () => {
    expect(quote({ birthDate: "2006-12-24", visitDate: "2026-12-23" }).reason).toBe("FREE_BY_AGE");
    expect(quote({ birthDate: "2006-12-24", visitDate: "2026-12-24" }).reason).toBe("STANDARD");
  });

  it("someone born on 29 February turns 20 on 1 March in a common year", () => {
    expect(quote({ birthDate: "2008-02-29", visitDate: "2028-02-28" }).reason).toBe("FREE_BY_AGE");
    expect(quote({ birthDate: "2008-02-29", visitDate: "2028-02-29" }).reason).toBe("STANDARD");
    expect(quote({ birthDate: "2007-02-28", visitDate: "2027-02-28" }).reason).toBe("STANDARD");
  });

  it("an exemption from an age upwards (85 and over, in another region) frees the 85th birthday and after", () => {
    const other = norrbotten({ region: "Sample", freeUnderAge: 18, freeFromAge: 85 });
    expect(quote({ birthDate: "1941-03-02", visitDate: "2026-03-01" }, other)).toMatchObject({ reason: "STANDARD", ageOnVisitDate: 84 });
    const q = quote({ birthDate: "1941-03-02", visitDate: "2026-03-02" }, other);
    expect(q).toMatchObject({ amountSek: 0, reason: "FREE_BY_AGE", ageOnVisitDate: 85 });
    expect(sv(q)).toContain("85 år och äldre");
    expect(quote({ birthDate: "2008-03-03", visitDate: "2026-03-02" }, other).reason).toBe("FREE_BY_AGE");
    expect(quote({ birthDate: "2008-03-02", visitDate: "2026-03-02" }, other).reason).toBe("STANDARD");
  });

  it("a schedule without age exemptions charges every age", () => {
    expect(quote({ birthDate: "2020-01-01" }, norrbotten({ freeUnderAge: null })).reason).toBe("STANDARD");
  });
});

describe("what each kind of visit costs", () => {
  it.each([
    ["a visit at a health centre", "HEALTH_CENTRE_VISIT"],
    ["a visit in specialist care", "SPECIALIST_VISIT"],
    ["a visit by video or other remote means", "REMOTE_VISIT"],
  ])("%s costs 300 kr and counts towards the limit", (_what, visitKind) => {
    expect(quote({ visitKind })).toMatchObject({ amountSek: 300, reason: "STANDARD", countsTowardsHighCost: true, highCostAccountApplied: false });
  });

  it("the standard explanation names the line, the amount and the schedule, and mentions the frikort", () => {
    const q = quote({});
    expect(sv(q)).toBe(
      "Besök på hälsocentral kostar 300 kr enligt avgifterna som gäller från 1 januari 2025. Har du frikort från högkostnadsskyddet betalar du ingenting.",
    );
    expect(q.explanation.en).toContain("Visit to a health centre costs SEK 300");
  });

  it("a chat in Digitalen is free for everyone, whatever the age", () => {
    expect(quote({ visitKind: "DIGITAL_CHAT" })).toMatchObject({ amountSek: 0, reason: "FREE_SERVICE", countsTowardsHighCost: false });
    expect(quote({ visitKind: "DIGITAL_CHAT", birthDate: "2015-01-01" }).reason).toBe("FREE_SERVICE");
  });

  it("a line that does not count towards the limit is paid even with a frikort, and says so", () => {
    const certificate = norrbotten({ items: [...schedule.items, line("CERTIFICATE", 500, { countsTowardsHighCost: false })] });
    const full = standing([paid("2026-01-10", 1450)], "2026-03-02");
    const q = quote({ visitKind: "CERTIFICATE", highCost: full }, certificate);
    expect(q).toMatchObject({ amountSek: 500, reason: "STANDARD", countsTowardsHighCost: false });
    expect(sv(q)).toContain("räknas inte in i högkostnadsskyddet");
  });

  it("refuses a visit kind the schedule does not have: the caller checks with findFeeLine first", () => {
    expect(findFeeLine(schedule, "DENTAL_VISIT")).toBeNull();
    expect(() => quote({ visitKind: "DENTAL_VISIT" })).toThrow(/findFeeLine/);
  });
});

describe("missed visits", () => {
  it("a missed health-centre, specialist or remote visit costs 400 kr, which never counts towards the limit", () => {
    for (const visitKind of ["HEALTH_CENTRE_VISIT", "SPECIALIST_VISIT", "REMOTE_VISIT"]) {
      const q = quote({ visitKind, missed: true });
      expect(q).toMatchObject({ amountSek: 400, reason: "MISSED_VISIT", countsTowardsHighCost: false });
      expect(q.item.visitKind).toBe("MISSED_VISIT");
    }
  });

  it("asking for the MISSED_VISIT line itself is a missed visit", () => {
    expect(quote({ visitKind: "MISSED_VISIT" })).toMatchObject({ amountSek: 400, reason: "MISSED_VISIT" });
  });

  it("a frikort does not waive the missed-visit fee", () => {
    const q = quote({ missed: true, highCost: standing([paid("2026-01-10", 1450)], "2026-03-02") });
    expect(q).toMatchObject({ amountSek: 400, reason: "MISSED_VISIT" });
    expect(sv(q)).toContain("även med frikort");
  });

  it("under 20 in Norrbotten a missed visit is free too, where the schedule's exemption covers missed visits", () => {
    expect(quote({ missed: true, birthDate: "2010-01-01" })).toMatchObject({ amountSek: 0, reason: "FREE_BY_AGE" });
    expect(quote({ missed: true, birthDate: "2010-01-01" }, norrbotten({ ageExemptionCoversMissedVisits: false }))).toMatchObject({
      amountSek: 400,
      reason: "MISSED_VISIT",
    });
  });

  it("a missed chat costs nothing, and a kind without a missed-visit fee is not charged", () => {
    expect(quote({ visitKind: "DIGITAL_CHAT", missed: true })).toMatchObject({ amountSek: 0, reason: "FREE_SERVICE" });
    const noFee = norrbotten({ items: [...schedule.items, line("PHYSIOTHERAPY", 200, { chargedWhenMissed: false })] });
    expect(quote({ visitKind: "PHYSIOTHERAPY", missed: true }, noFee)).toMatchObject({ amountSek: 0, reason: "MISSED_VISIT_NOT_CHARGED" });
  });

  it("a schedule without a MISSED_VISIT line charges nothing for a missed visit", () => {
    const none = norrbotten({ items: schedule.items.filter((l) => l.visitKind !== "MISSED_VISIT") });
    expect(quote({ missed: true }, none)).toMatchObject({ amountSek: 0, reason: "MISSED_VISIT_NOT_CHARGED" });
  });
});

describe("high-cost protection in the quote, when the patient's account is known", () => {
  it("with no payment in the last 12 months the visit costs the full fee and opens a period", () => {
    const q = quote({ highCost: standing([], "2026-03-02") });
    expect(q).toMatchObject({ amountSek: 300, reason: "STANDARD", highCostAccountApplied: true });
    expect(sv(q)).toContain("Du har betalat 0 kr av 1 450 kr");
  });

  it("the running total is told in the explanation", () => {
    const q = quote({ highCost: standing([paid("2026-01-10"), paid("2026-02-10")], "2026-03-02") });
    expect(q).toMatchObject({ amountSek: 300, reason: "STANDARD" });
    expect(sv(q)).toMatch(/Du har betalat 600 kr av 1 450 kr i högkostnadsskyddet under perioden som slutar 9 januari 2027/);
  });

  it("the visit that reaches the limit pays only what is left up to it", () => {
    const payments = [paid("2025-06-01"), paid("2025-07-01"), paid("2025-08-01"), paid("2025-09-01")];
    const q = quote({ visitDate: "2025-10-01", highCost: standing(payments, "2025-10-01") });
    expect(q).toMatchObject({ amountSek: 250, reason: "REACHES_HIGH_COST_LIMIT", standardAmountSek: 300, countsTowardsHighCost: true });
    expect(sv(q)).toContain("du betalar 250 kr och får sedan frikort");
  });

  it("a visit that exactly reaches the limit pays in full and says the frikort follows", () => {
    const payments = [paid("2025-06-01", 1150)];
    expect(quote({ visitDate: "2025-10-01", highCost: standing(payments, "2025-10-01") })).toMatchObject({ amountSek: 300, reason: "REACHES_HIGH_COST_LIMIT" });
  });

  it("once the limit is reached, later visits in the period are free", () => {
    const payments = [paid("2025-06-01", 1450)];
    const q = quote({ visitDate: "2025-12-01", highCost: standing(payments, "2025-12-01") });
    expect(q).toMatchObject({ amountSek: 0, reason: "HIGH_COST_LIMIT_REACHED", countsTowardsHighCost: false });
    expect(sv(q)).toBe("Du har nått gränsen för högkostnadsskyddet (1 450 kr) och har frikort till och med 31 maj 2026. Besöket är avgiftsfritt.");
  });

  it("the frikort ends 12 months after the first payment: the last day is free, the next day costs again", () => {
    const payments = [paid("2025-06-01", 1450)];
    expect(quote({ visitDate: "2026-05-31", highCost: standing(payments, "2026-05-31") }).reason).toBe("HIGH_COST_LIMIT_REACHED");
    expect(quote({ visitDate: "2026-06-01", highCost: standing(payments, "2026-06-01") })).toMatchObject({ amountSek: 300, reason: "STANDARD" });
  });

  it("the age exemption comes before the account: a 19-year-old pays nothing whatever they have paid", () => {
    expect(quote({ birthDate: "2007-01-01", highCost: standing([], "2026-03-02") }).reason).toBe("FREE_BY_AGE");
  });
});

describe("a schedule change between two dates", () => {
  const from2027 = norrbotten({
    validFrom: "2027-01-01",
    highCostLimitSek: 1500,
    items: schedule.items.map((l) => (l.amountSek === 300 ? { ...l, amountSek: 325 } : l)),
  });

  it("each date gets the amounts and the schedule of its own day", () => {
    expect(quote({ visitDate: "2026-12-31" }, schedule)).toMatchObject({ amountSek: 300 });
    const q = quote({ visitDate: "2027-01-01" }, from2027);
    expect(q).toMatchObject({ amountSek: 325 });
    expect(sv(q)).toContain("från 1 januari 2027");
  });

  it("a visit in a period opened under the old limit is counted against the old limit", () => {
    const terms = (date: string) => (date < "2027-01-01" ? { limitSek: 1450, periodMonths: 12 } : { limitSek: 1500, periodMonths: 12 });
    const payments = [paid("2026-06-01", 1300)];
    const period = periodOn(highCostPeriods(payments, terms, "2027-02-01"), "2027-02-01");
    expect(quoteFee(from2027, { visitKind: "HEALTH_CENTRE_VISIT", visitDate: "2027-02-01", birthDate: adult, missed: false, highCost: { period } })).toMatchObject({
      amountSek: 150,
      reason: "REACHES_HIGH_COST_LIMIT",
    });
  });
});
