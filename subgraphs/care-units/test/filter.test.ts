import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectBadUserInput, expectData, expectValidationFailed, type TestSubgraph } from "@vardportal/kit/testing";
import { startCareUnits } from "./helpers.js";

const FIND = `query($filter: CareUnitFilter) { careUnits(first: 100, filter: $filter) { totalCount edges { node { name municipality kind } } } }`;

interface Found {
  careUnits: { totalCount: number; edges: { node: { name: string; municipality: string; kind: string } }[] };
}

let t: TestSubgraph;
beforeAll(async () => {
  t = await startCareUnits();
});
afterAll(async () => {
  await t.close();
});

const names = async (filter: Record<string, unknown>) =>
  expectData(await t.query<Found>(FIND, { variables: { filter } })).careUnits.edges.map((e) => e.node.name);

describe("filtering care units", () => {
  it("text matches part of the name in any letter case, Swedish letters included", async () => {
    expect(await names({ text: "sunderby" })).toEqual([
      "Sunderby sjukhus, akutmottagning",
      "Sunderby sjukhus, medicinmottagning",
      "Sunderby sjukhus, vuxenpsykiatrisk mottagning",
    ]);
    expect(await names({ text: "älvsbyn" })).toEqual(["Älvsbyns hälsocentral"]);
    expect(await names({ text: "ÖVERTORNEÅ" })).toEqual(["Övertorneå hälsocentral"]);
    expect(await names({ text: "  HÄLSOCENTRAL " })).toHaveLength(15);
  });

  it("text also matches the municipality and the address", async () => {
    expect(await names({ text: "pajala" })).toEqual(["Pajala hälsocentral"]);
    expect(await names({ text: "Södra Sunderbyn" })).toHaveLength(3);
    expect(await names({ text: "gastelyckan" })).toEqual(["Journalservice, Region Skåne"]);
  });

  it("text treats % and _ as letters, not wildcards", async () => {
    expect(await names({ text: "%" })).toEqual([]);
    expect(await names({ text: "s_nderby" })).toEqual([]);
  });

  it("municipality, kind and region narrow the list together", async () => {
    expect(await names({ municipality: "Luleå", kind: "YOUTH_CLINIC" })).toEqual(["Ungdomsmottagningen Luleå"]);
    expect(await names({ kind: "EMERGENCY_DEPARTMENT" })).toEqual([
      "Gällivare sjukhus, akutmottagning",
      "Kiruna sjukhus, akutmottagning",
      "Sunderby sjukhus, akutmottagning",
    ]);
    expect(await names({ region: "Norrbotten", municipality: "Pajala" })).toEqual(["Pajala hälsocentral"]);
    expect(await names({ region: "Skåne" })).toEqual(["Journalservice, Region Skåne"]);
    expect(await names({ region: "Västerbotten" })).toEqual([]);
  });

  it("a search text longer than 100 characters is refused with VALIDATION_FAILED", async () => {
    expectValidationFailed(await t.query(FIND, { variables: { filter: { text: "x".repeat(101) } } }));
  });
});

describe("looking a unit up by HSA-id", () => {
  const BY_HSA_ID = `query($hsaId: String!) { careUnitByHsaId(hsaId: $hsaId) { name } }`;

  it("finds the unit, whatever the letter case", async () => {
    const result = await t.query<{ careUnitByHsaId: { name: string } }>(BY_HSA_ID, { variables: { hsaId: "se2321000230-ex09" } });
    expect(expectData(result).careUnitByHsaId.name).toBe("Piteå älvdals sjukhus, specialistmottagning");
  });

  it("answers null for a well-formed HSA-id no published unit has", async () => {
    const result = await t.query<{ careUnitByHsaId: null }>(BY_HSA_ID, { variables: { hsaId: "SE2321000230-NONE" } });
    expect(expectData(result).careUnitByHsaId).toBeNull();
  });

  it("refuses text that is not an HSA-id with BAD_USER_INPUT naming the field", async () => {
    for (const hsaId of ["Sunderby", "SE2321000230", "SE2321000230-EX_1", ""]) {
      const result = await t.query<{ careUnitByHsaId: null }>(BY_HSA_ID, { variables: { hsaId } });
      expect(expectBadUserInput(result, ["careUnitByHsaId"]).extensions?.field).toBe("hsaId");
      expect(result.data?.careUnitByHsaId ?? null).toBeNull();
    }
  });
});
