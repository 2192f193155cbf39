import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectBadUserInput, expectData, startTestSubgraph, testClock, type TestSubgraph } from "@vardportal/kit/testing";
import { definition } from "../src/index.js";
import { ITEM, unitValues, type Item } from "./editorial-helpers.js";

const example = (name: string) => readFileSync(new URL(`../../../docs/examples/${name}`, import.meta.url), "utf8");

const IMPORT = `mutation($csv: String!, $dryRun: Boolean) {
  importCareUnitsCsv(csv: $csv, dryRun: $dryRun) { dryRun applied rowCount created updated errors { row line column message } }
}`;
interface Result {
  dryRun: boolean;
  applied: boolean;
  rowCount: number;
  created: number;
  updated: number;
  errors: { row: number; line: number; column: string | null; message: string }[];
}
const LIST = `{ editorialCareUnits(first: 100) { totalCount edges { node { ${ITEM} } } } }`;

let t: TestSubgraph;
beforeEach(async () => {
  t = await startTestSubgraph(definition, { seed: false, clock: testClock("2026-03-02T09:00:00+01:00") });
});
afterEach(async () => {
  await t.close();
});

const run = async (csv: string, dryRun: boolean) => expectData(await t.query<{ importCareUnitsCsv: Result }>(IMPORT, { as: "editor", variables: { csv, dryRun } })).importCareUnitsCsv;
const items = async () => expectData(await t.query<{ editorialCareUnits: { totalCount: number; edges: { node: Item }[] } }>(LIST, { as: "editor" })).editorialCareUnits;
const HEADER = "hsaId;name;kind;municipality;region;description_sv";

describe("importing care units from CSV", () => {
  it("a file with one bad row writes nothing, and names the row, the line and each column at fault", async () => {
    const csv = example("care-units-bad-row.csv");
    for (const dryRun of [true, false]) {
      const result = await run(csv, dryRun);
      expect(result).toMatchObject({ dryRun, applied: false, rowCount: 3, created: 0, updated: 0 });
      expect(result.errors.map(({ row, line, column }) => ({ row, line, column }))).toEqual([
        { row: 2, line: 3, column: "kind" },
        { row: 2, line: 3, column: "tuesday" },
      ]);
      expect(result.errors[0]?.message).toBe('Okänt värde "Sjukstuga". Använd något av: HEALTH_CENTRE, HOSPITAL_CLINIC, DENTAL_CARE, YOUTH_CLINIC, PSYCHIATRY, EMERGENCY_DEPARTMENT, OTHER.');
    }
    expect((await items()).totalCount).toBe(0);
  });

  it("a dry run of a good file writes nothing; applying it creates drafts, never published", async () => {
    const csv = example("care-units.csv");
    expect(await run(csv, true)).toMatchObject({ applied: false, rowCount: 3, created: 0, errors: [] });
    expect((await items()).totalCount).toBe(0);
    expect(await run(csv, false)).toMatchObject({ applied: true, rowCount: 3, created: 3, updated: 0, errors: [] });
    const written = (await items()).edges.map((e) => e.node);
    expect(written.map((u) => [u.title, u.status, u.live])).toEqual([
      ["Exempelhälsan Kallax (exempeldata)", "DRAFT", false],
      ["Exempeljouren Gammelstad (exempeldata)", "DRAFT", false],
      ["Exempeltandvården Boden (exempeldata)", "DRAFT", false],
    ]);
    const jour = written[1]!.values;
    expect(jour).toMatchObject({ audience: "PUBLIC", kind: "HEALTH_CENTRE", latitude: 65.6469, closedOnPublicHolidays: false, webUrl: null });
    expect(jour.openingHours).toEqual([
      { weekdays: ["MON", "TUE", "WED", "THU"], opens: "16:00", closes: "22:00" },
      { weekdays: ["FRI"], opens: "16:00", closes: "02:00" },
      { weekdays: ["SAT"], opens: "10:00", closes: "02:00" },
      { weekdays: ["SUN"], opens: "10:00", closes: "20:00" },
    ]);
    expect(written[2]!.values.openingHours).toEqual([
      { weekdays: ["MON", "TUE", "WED", "THU", "FRI"], opens: "07:30", closes: "12:00" },
      { weekdays: ["MON", "TUE", "WED", "THU"], opens: "13:00", closes: "16:00" },
    ]);
    expect(expectData(await t.query<{ careUnitByHsaId: unknown }>(`{ careUnitByHsaId(hsaId: "SE2321000230-EX01") { id } }`, { as: "staff" })).careUnitByHsaId).toBeNull();
  });

  it("a known HSA-id changes the unit's working copy with the file's columns; the published unit stays", async () => {
    const created = expectData(await t.query<{ createCareUnit: Item }>(`mutation($v: JSONObject!) { createCareUnit(values: $v, confirmPublicAudience: true) { ${ITEM} } }`, { as: "editor", variables: { v: unitValues() } })).createCareUnit;
    expectData(await t.query(`mutation($id: ID!, $v: Int!) { publishCareUnit(id: $id, version: $v) { id } }`, { as: "editor", variables: { id: created.id, v: created.version } }));
    const result = await run("hsaId;name;phone\nse2321000230-test1;Testhälsan Kallax, nytt namn;\n", false);
    expect(result).toMatchObject({ applied: true, created: 0, updated: 1, errors: [] });
    const [unit] = (await items()).edges.map((e) => e.node);
    expect(unit).toMatchObject({ status: "DRAFT", live: true, hasDraft: true, values: { name: "Testhälsan Kallax, nytt namn", phone: null, municipality: "Luleå" }, publishedValues: { name: "Testhälsan Kallax" } });
    expect(unit!.values.openingHours).toEqual(unitValues().openingHours);
    expect(unit!.values.hoursExceptions).toHaveLength(1);
    const page = expectData(await t.query<{ careUnitByHsaId: { name: string } }>(`{ careUnitByHsaId(hsaId: "SE2321000230-TEST1") { name } }`));
    expect(page.careUnitByHsaId.name).toBe("Testhälsan Kallax");
    const revisions = expectData(await t.query<{ editorialCareUnitRevisions: { edges: { node: { action: string } }[] } }>(`query($id: ID!) { editorialCareUnitRevisions(id: $id) { edges { node { action } } } }`, { as: "editor", variables: { id: created.id } }));
    expect(revisions.editorialCareUnitRevisions.edges[0]?.node.action).toBe("IMPORT");
  });

  it("a file cannot widen a known unit to everyone: that needs the form's confirmation", async () => {
    expectData(await t.query(`mutation($v: JSONObject!) { createCareUnit(values: $v) { id } }`, { as: "editor", variables: { v: unitValues({ audience: "STAFF" }) } }));
    const result = await run("hsaId;audience\nSE2321000230-TEST1;PUBLIC\n", false);
    expect(result).toMatchObject({ applied: false, errors: [{ row: 1, line: 2, column: "audience", message: "Att göra en befintlig enhet synlig för alla kräver en bekräftelse: ändra målgruppen i formuläret." }] });
    expect((await items()).edges[0]?.node.audience).toBe("STAFF");
  });

  it("every row's problems are listed, a new unit's missing fields and a repeated HSA-id among them", async () => {
    const csv = [
      HEADER,
      "SE2321000230-A1;Enhet A;HEALTH_CENTRE;Luleå;Norrbotten;Beskrivning",
      "inte-ett-id;Enhet B;HEALTH_CENTRE;Luleå;Norrbotten;Beskrivning",
      "SE2321000230-A3;;HEALTH_CENTRE;;Norrbotten;",
      "se2321000230-a1;Enhet A igen;HEALTH_CENTRE;Luleå;Norrbotten;Beskrivning",
    ].join("\n");
    const result = await run(csv, true);
    expect(result.errors.map(({ row, column }) => `${row}:${column}`)).toEqual(["2:hsaId", "3:name", "3:municipality", "3:description_sv", "4:hsaId"]);
    expect(result.errors.at(-1)?.message).toBe("Samma HSA-id som rad 1: en enhet per rad.");
  });

  it("a comma-separated file with a byte-order mark reads the same as a semicolon one", async () => {
    const semicolon = example("care-units.csv");
    const comma = "\uFEFF" + semicolon.split("\n").map((line) => line.split(";").map((cell) => (/[,"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",")).join("\n");
    expect(await run(comma, true)).toMatchObject({ rowCount: 3, errors: [] });
    expect(await run("\uFEFF" + semicolon, false)).toMatchObject({ applied: true, created: 3 });
  });

  it("a header the import does not know, and a file with more than 5 000 rows, are refused as a whole", async () => {
    const unknown = await t.query(IMPORT, { as: "editor", variables: { csv: "hsaId;colour\nSE2321000230-A1;red", dryRun: true } });
    expect(expectBadUserInput(unknown).extensions?.field).toBe("csv");
    const rows = Array.from({ length: 5_001 }, (_, i) => `SE2321000230-R${i};Enhet ${i};HEALTH_CENTRE;Luleå;Norrbotten;Text`);
    const tooMany = await t.query(IMPORT, { as: "editor", variables: { csv: [HEADER, ...rows].join("\n"), dryRun: true } });
    expect(expectBadUserInput(tooMany).message).toMatch(/5000 rader/);
    expect((await items()).totalCount).toBe(0);
  });
});
