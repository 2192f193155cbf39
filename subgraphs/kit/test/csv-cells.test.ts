import { describe, expect, it } from "vitest";
import { booleanCell, clockCell, codeCell, decimalCell, textCell } from "../src/editorial/csv-cells.js";

describe("cells as Swedish Excel writes them", () => {
  it("yes and no in Swedish or English; anything else is a problem", () => {
    for (const yes of ["ja", "JA", " j ", "x", "true", "1"]) expect(booleanCell(yes)).toEqual({ value: true });
    for (const no of ["nej", "N", "false", "0", ""]) expect(booleanCell(no)).toEqual({ value: false });
    expect(booleanCell("kanske")).toEqual({ problem: "Skriv ja eller nej." });
  });

  it("decimals with a comma or a point; empty is nothing", () => {
    expect(decimalCell("65,5436")).toEqual({ value: 65.5436 });
    expect(decimalCell("-22.12")).toEqual({ value: -22.12 });
    expect(decimalCell(" ")).toEqual({ value: null });
    expect(decimalCell("65,54,36")).toHaveProperty("problem");
  });

  it("clock times with a point or one hour digit are written HH:MM; other text is left for the schema to refuse", () => {
    expect(clockCell("8.00")).toBe("08:00");
    expect(clockCell("07.30")).toBe("07:30");
    expect(clockCell("24:00")).toBe("24:00");
    expect(clockCell("åtta")).toBe("åtta");
  });

  it("codes in any case, with spaces for underscores, or by label", () => {
    const codes = ["HEALTH_CENTRE", "DENTAL_CARE"] as const;
    expect(codeCell("health centre", codes)).toEqual({ value: "HEALTH_CENTRE" });
    expect(codeCell("Tandvård", codes, { DENTAL_CARE: ["Tandvård"] })).toEqual({ value: "DENTAL_CARE" });
    expect(codeCell("", codes)).toEqual({ value: null });
    expect(codeCell("Spa", codes)).toEqual({ problem: 'Okänt värde "Spa". Använd något av: HEALTH_CENTRE, DENTAL_CARE.' });
    expect(textCell("  ")).toBeNull();
  });
});
