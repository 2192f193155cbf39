import { describe, expect, it } from "vitest";
import { personnummerFor } from "@vardportal/kit/personnummer";
import { checkQuoteInput, noScheduleOn, unknownRegion, unknownVisitKind, type QuoteInput } from "./quote-input.js";
import { norrbotten } from "./norrbotten.fixture.js";

const TODAY = "2026-03-02";
const base: QuoteInput = { region: "Norrbotten", visitKind: "HEALTH_CENTRE_VISIT", visitDate: "2026-03-02", birthDate: "1985-05-17" };
const check = (input: Partial<QuoteInput>) => checkQuoteInput({ ...base, ...input }, TODAY);
const problems = (input: Partial<QuoteInput>) => {
  const result = check(input);
  return result.ok ? [] : result.problems.map((p) => [p.field, p.problem]);
};

describe("checking a quote's input", () => {
  it("accepts a complete input and normalises it", () => {
    expect(check({ region: " Norrbotten ", visitKind: " health_centre_visit " })).toEqual({
      ok: true,
      value: { region: "Norrbotten", visitKind: "HEALTH_CENTRE_VISIT", visitDate: "2026-03-02", birthDate: "1985-05-17", personnummer: null, missed: false },
    });
  });

  it("takes the birth date from a personnummer in any written form", () => {
    const pnr = personnummerFor("1985-05-17", 282);
    const result = check({ birthDate: null, personnummer: `${pnr.slice(2, 8)}-${pnr.slice(8)}` });
    expect(result).toMatchObject({ ok: true, value: { birthDate: "1985-05-17", personnummer: pnr } });
  });

  it("wants exactly one of birth date and personnummer", () => {
    expect(problems({ birthDate: null })).toEqual([["birthDate", "BIRTH_DATE_OR_PERSONNUMMER_MISSING"]]);
    expect(problems({ birthDate: " ", personnummer: "" })).toEqual([["birthDate", "BIRTH_DATE_OR_PERSONNUMMER_MISSING"]]);
    expect(problems({ personnummer: personnummerFor("1985-05-17", 282) })).toEqual([["personnummer", "BOTH_BIRTH_DATE_AND_PERSONNUMMER"]]);
  });

  it.each([
    ["a wrong check digit", "19850517-2829", "PERSONNUMMER_INVALID"],
    ["a date that does not exist", "19850230-2820", "PERSONNUMMER_INVALID"],
    ["letters", "abc", "PERSONNUMMER_FORMAT"],
  ])("refuses a personnummer with %s, with the kit's words and without repeating it", (_what, personnummer, code) => {
    const result = check({ birthDate: null, personnummer });
    expect(result.ok).toBe(false);
    const [problem] = result.ok ? [] : result.problems;
    expect(problem).toMatchObject({ field: "personnummer", problem: code });
    expect(`${problem?.sv} ${problem?.en}`).not.toContain(personnummer);
  });

  it("refuses a birth date in the future, and one after the visit", () => {
    expect(problems({ birthDate: "2026-03-03" })).toEqual([["birthDate", "BIRTH_DATE_IN_FUTURE"]]);
    expect(problems({ birthDate: "2026-01-01", visitDate: "2025-12-31" })).toEqual([["birthDate", "BIRTH_DATE_AFTER_VISIT"]]);
    expect(problems({ birthDate: TODAY })).toEqual([]);
  });

  it("refuses a personnummer of someone not yet born, on the personnummer field", () => {
    expect(problems({ birthDate: null, personnummer: personnummerFor("2026-06-01", 123) })).toEqual([["personnummer", "BIRTH_DATE_IN_FUTURE"]]);
  });

  it("refuses dates that are not real dates or not written YYYY-MM-DD", () => {
    expect(problems({ visitDate: "2026-02-30" })).toEqual([["visitDate", "VISIT_DATE_FORMAT"]]);
    expect(problems({ visitDate: "2 mars 2026" })).toEqual([["visitDate", "VISIT_DATE_FORMAT"]]);
    expect(problems({ visitDate: "" })).toEqual([["visitDate", "VISIT_DATE_MISSING"]]);
    expect(problems({ birthDate: "1985-5-17" })).toEqual([["birthDate", "BIRTH_DATE_FORMAT"]]);
  });

  it("reports every field's problem at once, so a form can show them together", () => {
    expect(problems({ region: "", visitKind: "", visitDate: "x", birthDate: null })).toEqual([
      ["region", "REGION_MISSING"],
      ["visitKind", "VISIT_KIND_MISSING"],
      ["visitDate", "VISIT_DATE_FORMAT"],
      ["birthDate", "BIRTH_DATE_OR_PERSONNUMMER_MISSING"],
    ]);
  });

  it("refuses a region name longer than any region's without repeating it", () => {
    const result = check({ region: "x".repeat(65) });
    expect(result.ok ? [] : result.problems.map((p) => [p.field, p.problem, p.sv.includes("xxx")])).toEqual([["region", "REGION_UNKNOWN", false]]);
  });

  it("refuses a visit kind that cannot be a code", () => {
    expect(problems({ visitKind: "besök; drop table" })).toEqual([["visitKind", "VISIT_KIND_UNKNOWN"]]);
  });
});

describe("messages that need the database's answer", () => {
  it("an unknown region lists the regions there are", () => {
    const p = unknownRegion("Atlantis", ["Kronoberg", "Norrbotten"]);
    expect(p).toMatchObject({ field: "region", problem: "REGION_UNKNOWN" });
    expect(p.sv).toBe("Det finns inga avgifter för regionen Atlantis. Välj en av: Kronoberg, Norrbotten.");
  });

  it("a date without a schedule names the periods that have one", () => {
    const p = noScheduleOn("Norrbotten", "2024-12-31", [{ validFrom: "2025-01-01", validTo: null }]);
    expect(p).toMatchObject({ field: "visitDate", problem: "NO_SCHEDULE_IN_FORCE" });
    expect(p.sv).toBe("Det finns inga avgifter för Norrbotten som gäller den 31 december 2024. Avgifter finns för från 1 januari 2025.");
    expect(p.en).toContain("Fees exist for from 1 January 2025");
  });

  it("an unknown visit kind lists the kinds that can be chosen (not the missed-visit line)", () => {
    const p = unknownVisitKind(norrbotten().items);
    expect(p).toMatchObject({ field: "visitKind", problem: "VISIT_KIND_UNKNOWN" });
    expect(p.sv).toContain("Besök på hälsocentral; SPECIALIST_VISIT; REMOTE_VISIT; DIGITAL_CHAT.");
  });
});
