import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Audience } from "@vardportal/kit";
import { expectCode, expectData, personas, personaNames, type PersonaName, type TestSubgraph } from "@vardportal/kit/testing";
import { canReadInternalContacts } from "../src/access.js";
import { CareUnitKind } from "../src/entities/care-unit-kind.js";
import type { CareUnit } from "../src/entities/care-unit.entity.js";
import { createUnit, startCareUnits } from "./helpers.js";

const LIST = `{ careUnits(first: 100) { totalCount edges { node { id } } } }`;
const BY_ID = `query($id: ID!) { careUnit(id: $id) { id name } }`;
const BY_HSA_ID = `query($hsaId: String!) { careUnitByHsaId(hsaId: $hsaId) { id name } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CareUnit { id name } } }`;
const INTERNAL = `query($id: ID!) { careUnit(id: $id) { name phone internalPhone } }`;

let t: TestSubgraph;
let draft: CareUnit;
let staffOnly: CareUnit;
let seeded: number;
beforeAll(async () => {
  t = await startCareUnits();
  seeded = expectData(await t.query<{ careUnits: { totalCount: number } }>(LIST)).careUnits.totalCount;
  draft = await createUnit(t, { hsaId: "SE2321000230-DRAFT1", name: "Utkast hälsocentral" });
  staffOnly = await createUnit(
    t,
    { hsaId: "SE2321000230-STAFF1", name: "Sunderby sjukhus, intern konsultjour", kind: CareUnitKind.OTHER, audience: Audience.STAFF },
    { publish: true },
  );
});
afterAll(async () => {
  await t.close();
});

/** Which of the two test units each role reaches: the draft never; the STAFF unit only as care staff, editor or admin. */
const seesStaffUnit: Record<PersonaName, boolean> = {
  anonymous: false,
  resident: false,
  staff: true,
  archivist: false,
  editor: true,
  admin: true,
};

async function reachable(as: PersonaName, unit: CareUnit): Promise<Record<string, boolean>> {
  const list = expectData(await t.query<{ careUnits: { edges: { node: { id: string } }[] } }>(LIST, { as }));
  const byId = expectData(await t.query<{ careUnit: unknown }>(BY_ID, { as, variables: { id: unit.id } }));
  const byHsaId = expectData(await t.query<{ careUnitByHsaId: unknown }>(BY_HSA_ID, { as, variables: { hsaId: unit.hsaId } }));
  const entities = expectData(
    await t.query<{ _entities: (object | null)[] }>(ENTITIES, { as, variables: { r: [{ __typename: "CareUnit", id: unit.id }] } }),
  );
  return {
    list: list.careUnits.edges.some((e) => e.node.id === unit.id),
    byId: byId.careUnit !== null,
    byHsaId: byHsaId.careUnitByHsaId !== null,
    entities: entities._entities[0] !== null,
  };
}

const everywhere = (value: boolean) => ({ list: value, byId: value, byHsaId: value, entities: value });

describe("who reaches which care unit", () => {
  it.each(personaNames)("a DRAFT unit never reaches %s, by list, id, HSA-id or entity reference", async (as) => {
    expect(await reachable(as, draft)).toEqual(everywhere(false));
  });

  it.each(personaNames)("a STAFF-audience unit reaches %s only if that role reads staff content", async (as) => {
    expect(await reachable(as, staffOnly)).toEqual(everywhere(seesStaffUnit[as]));
  });

  it("the public list counts only the seeded units for an anonymous visitor and a resident", async () => {
    for (const as of ["anonymous", "resident"] as const) {
      expect(expectData(await t.query<{ careUnits: { totalCount: number } }>(LIST, { as })).careUnits.totalCount).toBe(seeded);
    }
    expect(expectData(await t.query<{ careUnits: { totalCount: number } }>(LIST, { as: "staff" })).careUnits.totalCount).toBe(seeded + 1);
  });
});

describe("a unit's internal phone number", () => {
  const sunderby = async () => {
    const found = await t.query<{ careUnitByHsaId: { id: string } }>(BY_HSA_ID, { variables: { hsaId: "SE2321000230-EX01" } });
    return expectData(found).careUnitByHsaId.id;
  };

  it.each(personaNames)("is shown to %s exactly when access.ts says so, and the rest of the unit is intact", async (as) => {
    const id = await sunderby();
    const result = await t.query<{ careUnit: { name: string; phone: string; internalPhone: string | null } }>(INTERNAL, { as, variables: { id } });
    expect(result.data?.careUnit.name).toBe("Sunderby sjukhus, akutmottagning");
    expect(result.data?.careUnit.phone).toBe("0920-28 40 00");
    if (canReadInternalContacts(personas[as])) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.careUnit.internalPhone).toBe("070-174 06 05");
    } else {
      expect(result.data?.careUnit.internalPhone).toBeNull();
      expectCode(result, "FORBIDDEN", ["careUnit", "internalPhone"]);
    }
  });

  it("is for care staff, archive staff, editors and admins only", () => {
    expect(personaNames.filter((as) => canReadInternalContacts(personas[as]))).toEqual(["staff", "archivist", "editor", "admin"]);
  });
});
