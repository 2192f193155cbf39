import { describe, expect, it } from "vitest";
import { eligibilityOf, type EligibilityRules } from "./eligibility.js";
import { canonicalMunicipality, MUNICIPALITIES_BY_REGION, regionsOf } from "./municipalities.js";

// As the seed describes them (DOMAIN.md, e-services).
const ungINorr: EligibilityRules = {
  region: "Norrbotten",
  minAge: 13,
  maxAge: 25,
  requiresEid: true,
  eidMethods: ["BankID", "Freja eID"],
  onlyMunicipalities: [],
  exceptMunicipalities: ["Luleå", "Boden"],
  residentsOf: "Norrbotten",
};
const smsLivraddare: EligibilityRules = { region: "Norrbotten", minAge: null, maxAge: null, requiresEid: false, eidMethods: [], onlyMunicipalities: [], exceptMunicipalities: [], residentsOf: null };
const tandvardschatt: EligibilityRules = { ...smsLivraddare, requiresEid: true, onlyMunicipalities: ["Luleå"] };

const codes = (rules: EligibilityRules, visitor: Parameters<typeof eligibilityOf>[1]) => eligibilityOf(rules, visitor).reasons.map((r) => `${r.code}:${r.outcome}`);

describe("Ung i Norr's eligibility", () => {
  it("a 16-year-old in Kalix with an e-ID may use it, and is told why on every criterion", () => {
    const answer = eligibilityOf(ungINorr, { age: 16, municipality: "Kalix", hasEid: true });
    expect(answer).toMatchObject({ eligible: true, decided: true });
    expect(answer.reasons.map((r) => r.code)).toEqual(["AGE_WITHIN_RANGE", "OFFERED_IN_MUNICIPALITY", "EID_HELD"]);
    expect(answer.reasons[2]!.sv).toContain("BankID, Freja eID");
  });

  it("is not for Luleå or Boden", () => {
    for (const municipality of ["Luleå", "Boden"]) {
      const answer = eligibilityOf(ungINorr, { age: 16, municipality, hasEid: true });
      expect(answer.eligible).toBe(false);
      expect(answer.reasons[1]).toMatchObject({ code: "NOT_OFFERED_IN_MUNICIPALITY", outcome: "NOT_MET" });
      expect(answer.reasons[1]!.sv).toBe("Tjänsten erbjuds inte till dig som bor i Luleå och Boden.");
      expect(answer.reasons[1]!.en).toBe("The service is not offered to people living in Luleå and Boden.");
    }
  });

  it("is for ages 13 to 25 inclusive: 12 and 26 are refused, 13 and 25 accepted", () => {
    expect(codes(ungINorr, { age: 12, municipality: "Kalix", hasEid: true })[0]).toBe("TOO_YOUNG:NOT_MET");
    expect(codes(ungINorr, { age: 13, municipality: "Kalix", hasEid: true })[0]).toBe("AGE_WITHIN_RANGE:MET");
    expect(codes(ungINorr, { age: 25, municipality: "Kalix", hasEid: true })[0]).toBe("AGE_WITHIN_RANGE:MET");
    expect(codes(ungINorr, { age: 26, municipality: "Kalix", hasEid: true })[0]).toBe("TOO_OLD:NOT_MET");
  });

  it("gives every reason at once, not only the first", () => {
    const answer = eligibilityOf(ungINorr, { age: 40, municipality: "Luleå", hasEid: false });
    expect(answer.reasons.map((r) => r.code)).toEqual(["TOO_OLD", "NOT_OFFERED_IN_MUNICIPALITY", "EID_REQUIRED"]);
    expect(answer.reasons.every((r) => r.outcome === "NOT_MET")).toBe(true);
    expect(answer).toMatchObject({ eligible: false, decided: true });
  });

  it("what the visitor did not say is UNKNOWN: not eligible yet, and not decided", () => {
    const answer = eligibilityOf(ungINorr, {});
    expect(answer.reasons.map((r) => `${r.code}:${r.outcome}`)).toEqual(["AGE_NOT_GIVEN:UNKNOWN", "MUNICIPALITY_NOT_GIVEN:UNKNOWN", "EID_NOT_GIVEN:UNKNOWN"]);
    expect(answer).toMatchObject({ eligible: false, decided: false });
  });

  it("a municipality outside Norrbotten is outside the region", () => {
    const answer = eligibilityOf(ungINorr, { age: 16, municipality: "Umeå", hasEid: true });
    expect(answer.reasons[1]).toMatchObject({ code: "OUTSIDE_REGION", outcome: "NOT_MET" });
  });

  it("a refusal is decided even while something else is unknown", () => {
    const answer = eligibilityOf(ungINorr, { municipality: "Boden" });
    expect(answer).toMatchObject({ eligible: false, decided: false });
    expect(answer.reasons[1]!.outcome).toBe("NOT_MET");
  });
});

describe("services with fewer limits", () => {
  it("a service with no limits is for everyone, even when nothing is known", () => {
    expect(eligibilityOf(smsLivraddare, {})).toMatchObject({ eligible: true, decided: true });
    expect(codes(smsLivraddare, {})).toEqual(["NO_AGE_LIMIT:MET", "OFFERED_EVERYWHERE:MET", "NO_EID_NEEDED:MET"]);
  });

  it("a trial offered in one municipality only names it", () => {
    const answer = eligibilityOf(tandvardschatt, { municipality: "Kalix", hasEid: true });
    expect(answer.reasons[1]).toMatchObject({ code: "ONLY_OFFERED_ELSEWHERE", sv: "Tjänsten erbjuds bara i Luleå, inte i Kalix." });
    expect(eligibilityOf(tandvardschatt, { municipality: "Luleå", hasEid: true }).eligible).toBe(true);
  });

  it("a lower limit alone reads 'from', an upper alone 'up to'", () => {
    expect(eligibilityOf({ ...smsLivraddare, minAge: 18 }, { age: 17 }).reasons[0]!.sv).toBe("Du är 17 år; tjänsten är för dig som är från 18 år.");
    expect(eligibilityOf({ ...smsLivraddare, maxAge: 18 }, { age: 19 }).reasons[0]!.en).toBe("You are 19; the service is for people aged up to 18.");
  });
});

describe("municipality names", () => {
  it("are matched whatever their case and spacing", () => {
    expect(canonicalMunicipality("  LULEÅ ")).toBe("Luleå");
    expect(canonicalMunicipality("övertorneå")).toBe("Övertorneå");
    expect(canonicalMunicipality("Upplands  Väsby")).toBe("Upplands Väsby");
  });

  it("refuse text that cannot be a name", () => {
    for (const bad of ["", "  ", "Luleå%", 'Kalix"', "12", "a_b", "x".repeat(65)]) expect(canonicalMunicipality(bad)).toBeNull();
  });

  it("Norrbotten has its 14 municipalities, and Luleå is one of them", () => {
    expect(MUNICIPALITIES_BY_REGION.Norrbotten).toHaveLength(14);
    expect(regionsOf("Luleå")).toEqual(["Norrbotten"]);
    expect(regionsOf("Umeå")).toEqual([]);
  });
});
