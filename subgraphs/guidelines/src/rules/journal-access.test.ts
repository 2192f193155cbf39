import { describe, expect, it } from "vitest";
import { checkAccessScenario, type AccessScenarioInput } from "./access-scenario.js";
import { journalAccess, type AccessAnswer, type PartyAnswer } from "./journal-access.js";
import { accessCases, ON, refusedCases } from "./journal-access.scenarios.js";
import { rules } from "./rule-catalogue.js";
import { sources } from "./sources.js";

function answer(input: AccessScenarioInput): AccessAnswer {
  const checked = checkAccessScenario(input);
  if (!checked.ok) throw new Error(`refused: ${JSON.stringify(checked.problems)}`);
  return journalAccess(checked.value);
}

const partyKey = (p: PartyAnswer) => (p.party === "PERSON" ? "person" : p.party === "LEGAL_REPRESENTATIVE" ? "representative" : p.name!);

describe("journal access, scenario by scenario from DOMAIN.md", () => {
  it("there are at least forty scenarios", () => {
    expect(accessCases.length).toBeGreaterThanOrEqual(40);
  });

  for (const scenario of accessCases) {
    it(scenario.name, () => {
      const result = answer(scenario.input);
      const byKey = new Map(result.parties.map((p) => [partyKey(p), p]));
      for (const [key, expected] of Object.entries(scenario.expect)) {
        const party = byKey.get(key);
        expect(party, key).toBeDefined();
        expect({ key, eServices: party!.eServices, journal: party!.journal }).toEqual({ key, eServices: expected.eServices, journal: expected.journal });
        if (expected.visibleUnits) expect(party!.visibleUnits).toEqual(expected.visibleUnits);
        expect(party!.hiddenUnits).toEqual(expected.hiddenUnits ?? []);
        expect(party!.reasons).toEqual(expect.arrayContaining(expected.reasons));
      }
      if (scenario.flags) expect(result.flags.map((f) => f.code).filter((c) => c !== "LOCK_ENDS_AUTOMATICALLY" || scenario.flags!.includes(c))).toEqual(scenario.flags);
    });
  }
});

describe("the answer's shape", () => {
  it("lists the person first, then each guardian in order, then the representative", () => {
    const result = answer({ region: "Skåne", on: ON, person: { age: 70 }, guardians: [{ name: "A" }, { name: "B" }], legalRepresentative: { name: "C", consent: true, courtOrder: true } });
    expect(result.parties.map((p) => [p.party, p.name])).toEqual([
      ["PERSON", null],
      ["GUARDIAN", "A"],
      ["GUARDIAN", "B"],
      ["LEGAL_REPRESENTATIVE", "C"],
    ]);
  });

  it("the age comes from the birth date on the day asked about, the birthday counting", () => {
    expect(answer({ region: "Kronoberg", on: "2025-06-10", person: { birthDate: "2012-06-10" } }).age).toBe(13);
    expect(answer({ region: "Kronoberg", on: "2025-06-09", person: { birthDate: "2012-06-10" } }).age).toBe(12);
    // Born on 29 February: the birthday is 1 March in a common year.
    expect(answer({ region: "Kronoberg", on: "2025-02-28", person: { birthDate: "2012-02-29" } }).age).toBe(12);
    expect(answer({ region: "Kronoberg", on: "2025-03-01", person: { birthDate: "2012-02-29" } }).age).toBe(13);
  });

  it("the region is matched without regard to case or the ring over å", () => {
    expect(answer({ region: " skane ", on: ON, person: { age: 9 }, guardians: [{ name: "M" }], loginLock: { initiatedBy: "CARE", from: ON } }).parties[1]!.reasons).toContain(
      "LOCK_SEALS_CHILD_JOURNAL_SKANE",
    );
  });

  it("a lock without an end date ends three months on, and the flag names the day it is lifted", () => {
    const result = answer({ region: "Kronoberg", on: ON, person: { age: 30 }, loginLock: { initiatedBy: "RESIDENT", from: "2025-05-31" } });
    expect(result.flags).toEqual([{ code: "LOCK_ENDS_AUTOMATICALLY", field: "loginLock", date: "2025-09-01", rule: "LOCK_AT_MOST_THREE_MONTHS" }]);
  });

  it("the reminder flag carries the seal's end date and points to the seal", () => {
    const result = answer({ region: "Skåne", on: ON, person: { age: 40 }, seals: [{ initiatedBy: "RESIDENT" }, { initiatedBy: "CARE", unit: "X", until: ON }] });
    expect(result.flags).toEqual([{ code: "SEAL_ENDS_WITHIN_A_WEEK", field: "seals.1", date: ON, rule: "SEAL_REMINDER_ONE_WEEK" }]);
  });

  it("a resident's own seal ending soon is not flagged: the reminder is for care's seals", () => {
    expect(answer({ region: "Skåne", on: ON, person: { age: 40 }, seals: [{ initiatedBy: "RESIDENT", until: "2025-06-12" }] }).flags).toEqual([]);
  });

  it("a lock of exactly three months is accepted, and 31 May runs to 31 August", () => {
    expect(checkAccessScenario({ region: "Skåne", on: ON, person: { age: 30 }, loginLock: { initiatedBy: "CARE", from: "2025-06-01", until: "2025-09-01" } }).ok).toBe(true);
    expect(checkAccessScenario({ region: "Skåne", on: ON, person: { age: 30 }, loginLock: { initiatedBy: "CARE", from: "2025-05-31", until: "2025-08-31" } }).ok).toBe(true);
    expect(checkAccessScenario({ region: "Skåne", on: ON, person: { age: 30 }, loginLock: { initiatedBy: "CARE", from: "2025-05-31", until: "2025-09-01" } }).ok).toBe(false);
  });
});

describe("refused scenarios", () => {
  for (const refused of refusedCases) {
    it(`refuses ${refused.name} at ${refused.field} with ${refused.problem}`, () => {
      const checked = checkAccessScenario(refused.input);
      expect(checked.ok).toBe(false);
      if (checked.ok) return;
      expect(checked.problems).toContainEqual(expect.objectContaining({ field: refused.field, problem: refused.problem }));
      for (const p of checked.problems) {
        expect(p.sv.length).toBeGreaterThan(10);
        expect(p.en.length).toBeGreaterThan(10);
      }
    });
  }

  it("reports every problem at once", () => {
    const checked = checkAccessScenario({ region: "", on: "igår", person: { age: 200 }, seals: [{ initiatedBy: "CARE" }], grants: [{ to: "CHILD" }] });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((p) => `${p.field}:${p.problem}`)).toEqual([
      "region:REGION_MISSING",
      "on:DATE_FORMAT",
      "person.age:AGE_OUT_OF_RANGE",
      "seals.0.until:CARE_SEAL_END_DATE_MISSING",
      "grants.0.unit:GRANT_UNIT_MISSING",
    ]);
  });

  it("refuses both a birth date and an age, and a birth date after the day", () => {
    const both = checkAccessScenario({ region: "Skåne", on: ON, person: { age: 3, birthDate: "2022-01-01" } });
    expect(!both.ok && both.problems[0]).toMatchObject({ field: "person.age", problem: "BOTH_AGE_AND_BIRTH_DATE" });
    const later = checkAccessScenario({ region: "Skåne", on: ON, person: { birthDate: "2025-06-11" } });
    expect(!later.ok && later.problems[0]).toMatchObject({ field: "person.birthDate", problem: "BORN_AFTER_DAY" });
  });
});

describe("the rule catalogue", () => {
  it("every rule has Swedish and English text and a source document from shared/seeds", () => {
    for (const [code, rule] of Object.entries(rules)) {
      expect(rule.sv, code).toMatch(/\.$/);
      expect(rule.en, code).toMatch(/\.$/);
      expect(sources[rule.source].seedFile, code).toMatch(/^shared\/seeds\/00[34]_/);
    }
  });

  it("the Skåne-only rules point to Skåne's document", () => {
    for (const code of ["LOCK_SEALS_CHILD_JOURNAL_SKANE", "GUARDIAN_GRANT_13_15_SKANE", "SEAL_FOR_ONE_GUARDIAN_SKANE"] as const) {
      expect(sources[rules[code].source].region).toBe("Skåne");
    }
    expect(sources[rules.BLOCK_LOCKS_CHILD_LOGIN_KRONOBERG.source].region).toBe("Kronoberg");
  });
});
