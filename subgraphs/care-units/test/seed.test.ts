import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectData, type TestSubgraph } from "@vardportal/kit/testing";
import { startCareUnits } from "./helpers.js";

interface Unit {
  hsaId: string;
  name: string;
  kind: string;
  region: string;
  municipality: string;
  phone: string | null;
  description: { sv: string; en: string | null };
}

const ALL = `{ careUnits(first: 100) { totalCount edges { node { hsaId name kind region municipality phone description { sv en } } } } }`;

const NORRBOTTEN_MUNICIPALITIES = [
  "Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix",
  "Kiruna", "Luleå", "Pajala", "Piteå", "Älvsbyn", "Överkalix", "Övertorneå",
];

let t: TestSubgraph;
let units: Unit[];
beforeAll(async () => {
  t = await startCareUnits();
  const data = expectData(await t.query<{ careUnits: { totalCount: number; edges: { node: Unit }[] } }>(ALL));
  units = data.careUnits.edges.map((e) => e.node);
  expect(data.careUnits.totalCount).toBe(units.length);
});
afterAll(async () => {
  await t.close();
});

describe("the seeded care units", () => {
  it("are readable by an anonymous visitor: 25 Norrbotten units", () => {
    expect(units).toHaveLength(25);
    expect(new Set(units.map((u) => u.region))).toEqual(new Set(["Norrbotten"]));
  });

  it("cover every one of Norrbotten's 14 municipalities", () => {
    expect([...new Set(units.map((u) => u.municipality))].sort()).toEqual([...NORRBOTTEN_MUNICIPALITIES].sort());
  });

  it("give the region's switchboard 0920-28 40 00 as the number, and say it reaches the unit's medical secretary", () => {
    for (const unit of units) {
      expect(unit.phone).toBe("0920-28 40 00");
      expect(unit.description.sv).toContain("växel, 0920-28 40 00");
      expect(unit.description.sv).toContain("läkarsekreterare");
    }
  });

  it("are all marked as sample data in both languages", () => {
    for (const unit of units) {
      expect(unit.description.sv.startsWith("Exempeluppgifter.")).toBe(true);
      expect(unit.description.en?.startsWith("Sample data.")).toBe(true);
    }
  });

  it("include Sunderby sjukhus's emergency department and Piteå älvdals sjukhus", () => {
    const sunderby = units.find((u) => u.name === "Sunderby sjukhus, akutmottagning");
    expect(sunderby).toMatchObject({ kind: "EMERGENCY_DEPARTMENT", municipality: "Luleå" });
    expect(sunderby?.description.sv).toContain("ring 112");
    expect(units.find((u) => u.name.startsWith("Piteå älvdals sjukhus"))).toMatchObject({ kind: "HOSPITAL_CLINIC", municipality: "Piteå" });
  });

  it("have a health centre in every municipality and well-formed Region Norrbotten HSA-ids", () => {
    const withHealthCentre = new Set(units.filter((u) => u.kind === "HEALTH_CENTRE").map((u) => u.municipality));
    expect(withHealthCentre.size).toBe(14);
    for (const unit of units) expect(unit.hsaId).toMatch(/^SE2321000230-EX\d{2}$/);
    expect(new Set(units.map((u) => u.hsaId)).size).toBe(units.length);
  });

  it("put Folktandvården Luleå, where the dental chat is tried, among the dental units", () => {
    const dental = units.filter((u) => u.kind === "DENTAL_CARE");
    expect(dental.map((u) => u.name)).toEqual(["Folktandvården Luleå"]);
    expect(dental[0]?.description.sv).toContain("chatt");
  });
});
