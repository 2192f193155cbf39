import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectBadUserInput, expectData, expectNotFound, type TestSubgraph } from "@vardportal/kit/testing";
import { SEEDED_SCHEDULE_ID, startFees } from "./helpers.js";

const example = (name: string) => readFileSync(new URL(`../../../docs/examples/${name}`, import.meta.url), "utf8");

const IMPORT = `mutation($target: ID, $csv: String!, $dryRun: Boolean) {
  importFeeItemsCsv(target: $target, csv: $csv, dryRun: $dryRun) { dryRun applied rowCount created updated errors { row line column message } }
}`;
interface Result {
  dryRun: boolean;
  applied: boolean;
  rowCount: number;
  created: number;
  updated: number;
  errors: { row: number; line: number; column: string | null; message: string }[];
}
type Line = { visitKind: string; amountSek: number; unitKinds: string[]; label: { sv: string; en: string | null } };
const ITEM = `query($id: ID!) { editorialFeeSchedule(id: $id) { status live hasDraft values publishedValues } }`;
type Item = { status: string; live: boolean; hasDraft: boolean; values: { items: Line[]; highCostLimitSek: number }; publishedValues: { items: Line[] } | null };

let t: TestSubgraph;
beforeEach(async () => {
  t = await startFees();
});
afterEach(async () => {
  await t.close();
});

const run = async (csv: string, dryRun: boolean, target: string | null = SEEDED_SCHEDULE_ID) =>
  expectData(await t.query<{ importFeeItemsCsv: Result }>(IMPORT, { as: "editor", variables: { target, csv, dryRun } })).importFeeItemsCsv;
const schedule = async () => expectData(await t.query<{ editorialFeeSchedule: Item }>(ITEM, { as: "editor", variables: { id: SEEDED_SCHEDULE_ID } })).editorialFeeSchedule;
const HEADER = "visitKind;label_sv;amountSek;countsTowardsHighCost";

describe("importing a fee schedule's lines from CSV", () => {
  it("a file with one bad row writes nothing and names the row and the column", async () => {
    const before = await schedule();
    for (const dryRun of [true, false]) {
      const result = await run(example("fee-items-bad-row.csv"), dryRun);
      expect(result).toMatchObject({ dryRun, applied: false, rowCount: 3, created: 0, updated: 0 });
      expect(result.errors).toEqual([{ row: 2, line: 3, column: "amountSek", message: "Avgifter är hela kronor, utan ören." }]);
    }
    expect(await schedule()).toEqual(before);
  });

  it("a good file replaces the working copy's lines; the published fees stay until it is published", async () => {
    expect(await run(example("fee-items.csv"), true)).toMatchObject({ applied: false, rowCount: 5, errors: [] });
    expect((await schedule()).hasDraft).toBe(false);
    const result = await run(example("fee-items.csv"), false);
    expect(result).toMatchObject({ applied: true, rowCount: 5, errors: [] });
    expect(result.created + result.updated).toBe(5);
    const after = await schedule();
    expect(after).toMatchObject({ status: "DRAFT", live: true, hasDraft: true });
    expect(after.values.items.map((l) => [l.visitKind, l.amountSek, l.unitKinds.join("|")])).toEqual([
      ["HEALTH_CENTRE_VISIT", 300, "HEALTH_CENTRE"],
      ["SPECIALIST_VISIT", 300, "HOSPITAL_CLINIC|PSYCHIATRY"],
      ["REMOTE_VISIT", 300, "HEALTH_CENTRE|HOSPITAL_CLINIC|PSYCHIATRY"],
      ["DIGITAL_CHAT", 0, ""],
      ["MISSED_VISIT", 400, "HEALTH_CENTRE|HOSPITAL_CLINIC|PSYCHIATRY"],
    ]);
    expect(after.values.items[0]?.label).toEqual({ sv: "Besök på hälsocentral (exempeldata)", en: "Health centre visit (sample data)" });
    expect(after.publishedValues?.items).not.toEqual(after.values.items);
  });

  it("counts a visit kind the schedule had as updated, a new one as created", async () => {
    const csv = [HEADER, "HEALTH_CENTRE_VISIT;Besök;350;ja", "PHYSIOTHERAPY_VISIT;Fysioterapi;200;ja"].join("\n");
    expect(await run(csv, false)).toMatchObject({ applied: true, created: 1, updated: 1 });
    expect((await schedule()).values.items.map((l) => l.visitKind)).toEqual(["HEALTH_CENTRE_VISIT", "PHYSIOTHERAPY_VISIT"]);
  });

  it("every row's problems are listed, the schedule's rules over the rows among them", async () => {
    const csv = [
      "visitKind;label_sv;label_en;amountSek;countsTowardsHighCost;chargedWhenMissed;unitKinds",
      "HEALTH_CENTRE_VISIT;Besök;;300;ja;ja;Hälsocentral",
      "health centre visit;Besök igen;;-5;kanske;;SPA",
      "HEALTH_CENTRE_VISIT;Dubblett;;300;ja;;",
      "MISSED_VISIT;Uteblivet;;400;ja;ja;",
    ].join("\n");
    const result = await run(csv, true);
    expect(result.errors.map(({ row, column, message }) => `${row} ${column}: ${message}`)).toEqual([
      "2 countsTowardsHighCost: Skriv ja eller nej.",
      '2 unitKinds: Okänt värde "SPA". Använd något av: HEALTH_CENTRE, HOSPITAL_CLINIC, DENTAL_CARE, YOUTH_CLINIC, PSYCHIATRY, EMERGENCY_DEPARTMENT, OTHER.',
      "3 visitKind: Varje besökstyp kan bara ha en rad.",
      "4 countsTowardsHighCost: En avgift för uteblivet besök räknas aldrig in i högkostnadsskyddet.",
      "4 chargedWhenMissed: Raden för uteblivet besök är själv avgiften för ett uteblivet besök.",
    ]);
  });

  it("comma or semicolon, with or without a byte-order mark", async () => {
    const comma = example("fee-items.csv");
    const semicolon = comma
      .split("\n")
      .map((line) => line.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ";"))
      .join("\n");
    expect(await run(semicolon, true)).toMatchObject({ rowCount: 5, errors: [] });
    expect(await run(`\uFEFF${comma}`, true)).toMatchObject({ rowCount: 5, errors: [] });
  });

  it("more than 50 lines breaks the schedule's rule, shown on the last row", async () => {
    const rows = Array.from({ length: 51 }, (_, i) => `KIND_${i};Rad ${i};100;ja`);
    const result = await run([HEADER, ...rows].join("\n"), true);
    expect(result.errors).toEqual([{ row: 51, line: 52, column: null, message: "Taxan: Högst 50 rader." }]);
  });

  it("needs a schedule that exists, and refuses a file over 5 000 rows as a whole", async () => {
    expectBadUserInput(await t.query(IMPORT, { as: "editor", variables: { target: null, csv: `${HEADER}\nX_Y;x;1;ja`, dryRun: true } }), ["importFeeItemsCsv"]);
    expectNotFound(await t.query(IMPORT, { as: "editor", variables: { target: "00000000-0000-4000-8000-000000000000", csv: `${HEADER}\nX_Y;x;1;ja`, dryRun: true } }));
    const rows = Array.from({ length: 5_001 }, (_, i) => `KIND_${i};Rad;1;ja`);
    const tooMany = await t.query(IMPORT, { as: "editor", variables: { target: SEEDED_SCHEDULE_ID, csv: [HEADER, ...rows].join("\n"), dryRun: true } });
    expect(expectBadUserInput(tooMany).extensions?.field).toBe("csv");
  });
});
