import { afterAll, beforeAll, describe, it } from "vitest";
import { Audience, localized } from "@vardportal/kit";
import {
  errorCodeAt,
  expectData,
  expectPerPersona,
  expectedAfter,
  expectedIds,
  expectedInListOrder,
  expectedSlots,
  forgeCursor,
  malformedCursors,
  namesOf,
  perPersona,
  readsStaffFields,
  startTestSubgraph,
  walkPages,
  writeItem,
  type ItemState,
  type MatrixItem,
  type PersonaName,
  type TestSubgraph,
} from "@vardportal/kit/testing";
import { careUnitStore } from "../src/care-unit-store.js";
import { CareUnitKind } from "../src/entities/care-unit-kind.js";
import { definition } from "../src/index.js";

/**
 * One unit per audience and one per state that must stay hidden. Several names contain "jour" and
 * only hidden units are psychiatry, in Kiruna, or in Västerbotten, so a text search or a filter
 * that leaked would show it.
 */
interface UnitFixture {
  key: string;
  audience: Audience;
  state: ItemState;
  name: string;
  kind: CareUnitKind;
  municipality: string;
  region: string;
  internalPhone: string;
}
const fixture: UnitFixture[] = [
  { key: "public", audience: Audience.PUBLIC, state: "live", name: "Bodens vårdcentral", kind: CareUnitKind.HEALTH_CENTRE, municipality: "Boden", region: "Norrbotten", internalPhone: "070-174 06 10" },
  { key: "resident", audience: Audience.RESIDENT, state: "live", name: "Invånarjouren Piteå", kind: CareUnitKind.HEALTH_CENTRE, municipality: "Piteå", region: "Norrbotten", internalPhone: "070-174 06 11" },
  { key: "staff", audience: Audience.STAFF, state: "live", name: "Konsultjour psykiatri", kind: CareUnitKind.PSYCHIATRY, municipality: "Kiruna", region: "Norrbotten", internalPhone: "070-174 06 12" },
  { key: "archive", audience: Audience.ARCHIVE, state: "live", name: "Arkivdepå Umeå", kind: CareUnitKind.OTHER, municipality: "Umeå", region: "Västerbotten", internalPhone: "070-174 06 13" },
  { key: "draft", audience: Audience.PUBLIC, state: "draft", name: "Kvällsjour under arbete", kind: CareUnitKind.HEALTH_CENTRE, municipality: "Boden", region: "Norrbotten", internalPhone: "070-174 06 14" },
  { key: "scheduled", audience: Audience.PUBLIC, state: "scheduled", name: "Sommarjour Luleå", kind: CareUnitKind.EMERGENCY_DEPARTMENT, municipality: "Luleå", region: "Norrbotten", internalPhone: "070-174 06 15" },
  { key: "expired", audience: Audience.PUBLIC, state: "expired", name: "Vinterjour Kalix", kind: CareUnitKind.HEALTH_CENTRE, municipality: "Kalix", region: "Norrbotten", internalPhone: "070-174 06 16" },
  { key: "staff draft", audience: Audience.STAFF, state: "draft", name: "Ambulansens interna jour", kind: CareUnitKind.PSYCHIATRY, municipality: "Kiruna", region: "Norrbotten", internalPhone: "070-174 06 17" },
];

type Unit = MatrixItem & UnitFixture & { hsaId: string };

const LIST = `query($first: Int!, $after: String, $filter: CareUnitFilter) {
  careUnits(first: $first, after: $after, filter: $filter) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;
const BY_ID = `query($id: ID!) { careUnit(id: $id) { id } }`;
const BY_HSA_ID = `query($hsaId: String!) { careUnitByHsaId(hsaId: $hsaId) { id } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CareUnit { id } } }`;

interface ListData {
  careUnits: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

let t: TestSubgraph;
let units: Unit[];
let names: Record<string, string>;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false });
  const store = careUnitStore(t.subgraph.dataSource);
  units = [];
  for (const [i, f] of fixture.entries()) {
    const hsaId = `SE2321000230-MX${i}`;
    const { key: _key, state, ...data } = f;
    const unit = await writeItem(store, { ...data, hsaId, address: null, phone: "0920-28 40 00", webUrl: null, description: localized("Testenhet.") }, state, t.clock());
    units.push({ ...f, id: unit.id, hsaId, sortKey: f.name });
  }
  names = namesOf(units);
});
afterAll(async () => {
  await t.close();
});

async function list(as: PersonaName, variables: { first?: number; after?: string | null; filter?: Record<string, unknown> } = {}) {
  const { careUnits } = expectData(await t.query<ListData>(LIST, { as, variables: { first: 100, ...variables } }));
  return { ids: careUnits.edges.map((e) => e.node.id), totalCount: careUnits.totalCount, ...careUnits.pageInfo };
}

/** The ids a persona gets, sorted, with the count the list reports: they must agree. */
const listed = async (as: PersonaName, filter?: Record<string, unknown>) => {
  const { ids, totalCount } = await list(as, { filter });
  return { ids: [...ids].sort(), totalCount };
};
const expectListed = (subset: Unit[]) => perPersona((as) => ({ ids: [...expectedIds(subset)[as]].sort(), totalCount: expectedIds(subset)[as].length }));

describe("care units, as every persona", () => {
  it("list", async () => {
    await expectPerPersona("careUnits", (as) => listed(as), expectListed(units), { names });
  });

  it("lookup by id and by HSA-id of every unit, hidden ones included", async () => {
    const byEach = async (as: PersonaName) => {
      const found: string[] = [];
      for (const unit of units) {
        const byId = expectData(await t.query<{ careUnit: { id: string } | null }>(BY_ID, { as, variables: { id: unit.id } })).careUnit;
        const byHsa = expectData(await t.query<{ careUnitByHsaId: { id: string } | null }>(BY_HSA_ID, { as, variables: { hsaId: unit.hsaId.toLowerCase() } })).careUnitByHsaId;
        if (byId) found.push(`id:${byId.id}`);
        if (byHsa) found.push(`hsa:${byHsa.id}`);
      }
      return found;
    };
    await expectPerPersona("careUnit(id) and careUnitByHsaId", byEach, perPersona((as) => expectedIds(units)[as].flatMap((id) => [`id:${id}`, `hsa:${id}`])), { names });
  });

  it("text search matching hidden units", async () => {
    const matching = units.filter((u) => u.name.toLowerCase().includes("jour"));
    await expectPerPersona('careUnits(filter: { text: "JOUR" })', (as) => listed(as, { text: "JOUR" }), expectListed(matching), { names });
  });

  it.each([
    ["kind", { kind: CareUnitKind.PSYCHIATRY }, (u: Unit) => u.kind === CareUnitKind.PSYCHIATRY],
    ["kind", { kind: CareUnitKind.OTHER }, (u: Unit) => u.kind === CareUnitKind.OTHER],
    ["municipality", { municipality: "Kiruna" }, (u: Unit) => u.municipality === "Kiruna"],
    ["region", { region: "Västerbotten" }, (u: Unit) => u.region === "Västerbotten"],
  ] as const)("a filter on %s that only hidden units match (%j)", async (_, filter, matches) => {
    await expectPerPersona(`careUnits(filter: ${JSON.stringify(filter)})`, (as) => listed(as, filter), expectListed(units.filter(matches)), { names });
  });

  it("_entities for every unit's key, and an unknown one", async () => {
    const r = [...units.map((u) => ({ __typename: "CareUnit", id: u.id })), { __typename: "CareUnit", id: "no-such-unit" }];
    await expectPerPersona(
      "_entities(CareUnit)",
      async (as) => expectData(await t.query<{ _entities: ({ id: string } | null)[] }>(ENTITIES, { as, variables: { r } }))._entities.map((u) => u?.id ?? null),
      perPersona((as) => [...expectedSlots(units)[as], null]),
      { names },
    );
  });

  it("next page by cursor, first: 1, from the first unit to the last", async () => {
    await expectPerPersona("careUnits walked one by one", (as) => walkPages((after) => list(as, { first: 1, after })), expectedInListOrder(units), { names });
  });

  it("a cursor forged from a hidden unit's name and id gives what follows that position and nothing of the unit", async () => {
    for (const hidden of units.filter((u) => u.audience !== Audience.PUBLIC || u.state !== "live")) {
      await expectPerPersona(`careUnits(after: forged from ${hidden.key})`, async (as) => (await list(as, { after: forgeCursor(hidden) })).ids, expectedAfter(units, hidden), { names });
    }
  });

  it("a malformed cursor is BAD_USER_INPUT for everyone", async () => {
    await expectPerPersona(
      "careUnits(after: malformed)",
      async (as) => {
        const codes: Record<string, string | null> = {};
        for (const [what, after] of Object.entries(malformedCursors)) codes[what] = errorCodeAt(await t.query(LIST, { as, variables: { first: 5, after } }), ["careUnits"]);
        return codes;
      },
      perPersona(() => Object.fromEntries(Object.keys(malformedCursors).map((what) => [what, "BAD_USER_INPUT"]))),
    );
  });
});

describe("the staff-only internal phone number, as every persona", () => {
  const INTERNAL = `query($id: ID!) { careUnit(id: $id) { name phone internalPhone } }`;
  const INTERNAL_IN_LIST = `{ careUnits(first: 100) { edges { node { id internalPhone } } } }`;
  const INTERNAL_AS_ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CareUnit { id internalPhone } } }`;
  const unit = (key: string) => units.find((u) => u.key === key)!;

  it("by lookup: the number for staff-field readers, otherwise null with FORBIDDEN on its path and the rest intact", async () => {
    const publicUnit = unit("public");
    await expectPerPersona(
      "careUnit { name phone internalPhone }",
      async (as) => {
        const result = await t.query<{ careUnit: unknown }>(INTERNAL, { as, variables: { id: publicUnit.id } });
        return { data: result.data, codes: result.errors?.map((e) => [e.path?.join("."), e.extensions?.code]) ?? [] };
      },
      perPersona((as) => ({
        data: { careUnit: { name: publicUnit.name, phone: "0920-28 40 00", internalPhone: readsStaffFields[as] ? publicUnit.internalPhone : null } },
        codes: readsStaffFields[as] ? [] : [["careUnit.internalPhone", "FORBIDDEN"]],
      })),
    );
  });

  it("in a list: every readable unit is there, each number null with its own FORBIDDEN for the others", async () => {
    await expectPerPersona(
      "careUnits { internalPhone }",
      async (as) => {
        const result = await t.query<{ careUnits: { edges: { node: { id: string; internalPhone: string | null } }[] } }>(INTERNAL_IN_LIST, { as });
        return {
          phones: result.data?.careUnits.edges.map((e) => [e.node.id, e.node.internalPhone]),
          forbidden: result.errors?.filter((e) => e.extensions?.code === "FORBIDDEN").length ?? 0,
          other: result.errors?.filter((e) => e.extensions?.code !== "FORBIDDEN").length ?? 0,
        };
      },
      perPersona((as) => {
        const readable = inOrder(as);
        return {
          phones: readable.map((u) => [u.id, readsStaffFields[as] ? u.internalPhone : null]),
          forbidden: readsStaffFields[as] ? 0 : readable.length,
          other: 0,
        };
      }),
      { names },
    );
  });

  it("as an entity: the same rule, and a hidden unit is null whatever field is asked", async () => {
    const [publicUnit, staffUnit] = [unit("public"), unit("staff")];
    const r = [publicUnit, staffUnit].map((u) => ({ __typename: "CareUnit", id: u.id }));
    await expectPerPersona(
      "_entities { internalPhone }",
      async (as) => {
        const result = await t.query<{ _entities: unknown[] }>(INTERNAL_AS_ENTITY, { as, variables: { r } });
        return { entities: result.data?._entities, codes: result.errors?.map((e) => [e.path?.join("."), e.extensions?.code]) ?? [] };
      },
      perPersona((as) => {
        const visible = expectedSlots([publicUnit, staffUnit])[as];
        return {
          entities: [publicUnit, staffUnit].map((u, i) => (visible[i] ? { id: u.id, internalPhone: readsStaffFields[as] ? u.internalPhone : null } : null)),
          codes: readsStaffFields[as] ? [] : [["_entities.0.internalPhone", "FORBIDDEN"]],
        };
      }),
      { names },
    );
  });
});

function inOrder(as: PersonaName): Unit[] {
  return expectedInListOrder(units)[as].map((id) => units.find((u) => u.id === id)!);
}
