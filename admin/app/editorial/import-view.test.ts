import { describe, expect, it } from "vitest";
import { importKinds, importSummary, readCsvUpload, sortedRowErrors } from "./import-view";

const base = { dryRun: true, applied: false, rowCount: 3, created: 0, updated: 0, errors: [] };

describe("CSV import", () => {
  it("offers the types that have an import: care units, and fee items into a schedule", () => {
    expect(importKinds.map((k) => [k.key, k.csvImport.target ?? null])).toEqual([
      ["CareUnit", null],
      ["FeeSchedule", "FeeSchedule"],
    ]);
  });

  it("says how many rows are valid, or how many have errors and that nothing was written", () => {
    expect(importSummary(base)).toBe("3 rader är giltiga.");
    expect(importSummary({ ...base, rowCount: 1 })).toBe("1 rad är giltig.");
    const errors = [
      { row: 2, line: 3, column: "hsaId", message: "Ogiltigt HSA-id." },
      { row: 2, line: 3, column: "name", message: "Namn saknas." },
    ];
    expect(importSummary({ ...base, errors })).toBe("1 av 3 rader har fel. Inget har importerats.");
    expect(importSummary({ ...base, dryRun: false, applied: true, created: 2, updated: 1 })).toBe("Importen är klar: 2 nya och 1 uppdaterad.");
  });

  it("lists row errors by row and column", () => {
    const errors = [
      { row: 3, line: 4, column: "b", message: "x" },
      { row: 1, line: 2, column: null, message: "y" },
      { row: 3, line: 4, column: "a", message: "z" },
    ];
    expect(sortedRowErrors({ ...base, errors }).map((e) => `${e.row}${e.column ?? ""}`)).toEqual(["1", "3a", "3b"]);
  });

  it("reads an uploaded UTF-8 file without its BOM, and refuses what is not UTF-8", async () => {
    const ok = await readCsvUpload(new File(["\uFEFFnamn;hsaId\nLuleå;SE1\n"], "enheter.csv", { type: "text/csv" }));
    expect(ok).toEqual({ ok: true, name: "enheter.csv", text: "namn;hsaId\nLuleå;SE1\n" });
    const latin1 = await readCsvUpload(new File([new Uint8Array([0x4c, 0x75, 0x6c, 0xe5])], "x.csv"));
    expect(latin1.ok).toBe(false);
    expect((await readCsvUpload(null)).ok).toBe(false);
    expect((await readCsvUpload(new File([], "tom.csv"))).ok).toBe(false);
  });
});
