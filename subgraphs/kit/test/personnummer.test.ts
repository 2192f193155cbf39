import { describe, expect, it } from "vitest";
import { ageOn, parsePersonnummer, personnummerFor } from "../src/personnummer.js";

describe("personnummer", () => {
  it("accepts the long and short forms and keeps twelve digits", () => {
    for (const input of ["19121212-1212", "191212121212", " 19121212 1212 "]) {
      const result = parsePersonnummer(input);
      expect(result).toEqual({ ok: true, personnummer: { value: "191212121212", birthDate: "1912-12-12", coordinationNumber: false } });
    }
  });

  it("reads a short form with '-' as under a hundred years old", () => {
    const result = parsePersonnummer("121212-1212");
    expect(result.ok && result.personnummer.value).toBe("201212121212");
  });

  it("reads a '+' as a hundred years or more", () => {
    const result = parsePersonnummer("121212+1212");
    expect(result.ok && result.personnummer.value).toBe("191212121212");
  });

  it("accepts a samordningsnummer and gives the real birth date", () => {
    const result = parsePersonnummer("701063-2391");
    expect(result).toEqual({ ok: true, personnummer: { value: "197010632391", birthDate: "1970-10-03", coordinationNumber: true } });
  });

  it("refuses a wrong check digit, an impossible date and a bad shape, each with its reason", () => {
    expect(parsePersonnummer("19121212-1213")).toEqual({ ok: false, problem: "INVALID" });
    expect(parsePersonnummer("19121312-1212")).toEqual({ ok: false, problem: "INVALID" });
    expect(parsePersonnummer("1212-12")).toEqual({ ok: false, problem: "FORMAT" });
    expect(parsePersonnummer("abc")).toEqual({ ok: false, problem: "FORMAT" });
    expect(parsePersonnummer("  ")).toEqual({ ok: false, problem: "EMPTY" });
  });

  it("makes numbers the library itself accepts, for any birth date", () => {
    for (const [date, serial] of [["2013-02-28", 123], ["2008-11-21", 456], ["1985-06-30", 7]] as const) {
      const value = personnummerFor(date, serial);
      const parsed = parsePersonnummer(value);
      expect(parsed.ok && parsed.personnummer.birthDate).toBe(date);
    }
    expect(personnummerFor("1912-12-12", 121)).toBe("191212121212");
  });

  it("counts age on the day, a birthday on that day included", () => {
    expect(ageOn("2012-11-21", "2026-11-21")).toBe(14);
    expect(ageOn("2012-11-22", "2026-11-21")).toBe(13);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
  });
});
