import { ageOn, parsePersonnummer } from "@vardportal/kit/personnummer";
import { describe, expect, it } from "vitest";
import { findPersona, personasOn, swedishToday } from "./personas.js";

function birthDateOf(personnummer: string | undefined): string {
  const parsed = parsePersonnummer(personnummer ?? "");
  if (!parsed.ok) throw new Error(`invalid personnummer ${personnummer}: ${parsed.problem}`);
  return parsed.personnummer.birthDate;
}

// Birthdays of the children and Elsa, the days either side, a leap day and the year's ends.
const days = ["2026-01-01", "2026-03-07", "2026-03-08", "2026-06-20", "2026-06-21", "2026-10-01", "2026-10-02", "2028-02-29", "2026-12-31"];

describe("personas", () => {
  it.each(days)("on %s the guardian's children are 9 and 14 and Elsa is 17", (today) => {
    const gustav = findPersona("gustav", today);
    const [child, teenager] = (gustav?.dependants ?? []).map((d) => ageOn(birthDateOf(d.personnummer), today));
    expect(child).toBe(9);
    expect(child).toBeLessThan(13);
    expect(teenager).toBe(14);
    expect(ageOn(birthDateOf(findPersona("elsa", today)?.personnummer), today)).toBe(17);
  });

  it("gives every resident a valid personnummer and an age that matches it, and staff none", () => {
    const today = "2026-11-21";
    for (const persona of personasOn(today)) {
      if (persona.roles.includes("resident")) {
        expect(persona.age).toBe(ageOn(birthDateOf(persona.personnummer), today));
        for (const dependant of persona.dependants ?? []) birthDateOf(dependant.personnummer);
      } else {
        expect(persona.personnummer).toBeUndefined();
        expect(persona.age).toBeUndefined();
      }
      expect(persona.region).toBe("Norrbotten");
      expect(persona.description.sv).not.toBe("");
      expect(persona.description.en).not.toBe("");
    }
  });

  it("has the seven personas of the contract with one role each", () => {
    expect(Object.fromEntries(personasOn("2026-11-21").map((p) => [p.id, p.roles]))).toEqual({
      anna: ["resident"],
      gustav: ["resident"],
      elsa: ["resident"],
      nils: ["staff"],
      ada: ["archivist"],
      erik: ["editor"],
      alva: ["admin"],
    });
  });

  it("keeps a child's personnummer from one birthday to the next, and an adult's for good", () => {
    const before = findPersona("gustav", "2026-03-08");
    const after = findPersona("gustav", "2027-03-07");
    expect(after?.dependants?.[0]).toEqual(before?.dependants?.[0]);
    expect(findPersona("anna", "2040-01-01")?.personnummer).toBe(findPersona("anna", "2026-01-01")?.personnummer);
  });

  it("counts today in Swedish time, not the machine's", () => {
    expect(swedishToday(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(swedishToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(swedishToday(new Date("2026-12-31T22:30:00Z"))).toBe("2026-12-31");
  });
});
