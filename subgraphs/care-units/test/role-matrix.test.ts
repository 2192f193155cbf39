import { afterAll, beforeAll, describe, it } from "vitest";
import { Audience, encodeCursor, localized } from "@vardportal/kit";
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
import { CareUnit } from "../src/entities/care-unit.entity.js";
import { distanceOrder } from "../src/resolvers/distance-order.js";
import { CareUnitKind } from "../src/entities/care-unit-kind.js";
import { ContactRouteKind } from "../src/entities/contact-route-kind.js";
import { definition } from "../src/index.js";
import { haversineTerm, type GeoPoint } from "../src/rules/geo.js";
import { spans, writeHours } from "./helpers.js";
import { expectSearchFindsEach } from "@vardportal/kit/testing";

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
  position: GeoPoint;
}
const fixture: UnitFixture[] = [
  { key: "public", audience: Audience.PUBLIC, state: "live", name: "Bodens vårdcentral", kind: CareUnitKind.HEALTH_CENTRE, municipality: "Boden", region: "Norrbotten", internalPhone: "070-174 06 10", position: { lat: 65.8252, lon: 21.6886 } },
  { key: "resident", audience: Audience.RESIDENT, state: "live", name: "Invånarjouren Piteå", kind: CareUnitKind.HEALTH_CENTRE, municipality: "Piteå", region: "Norrbotten", internalPhone: "070-174 06 11", position: { lat: 65.3172, lon: 21.4794 } },
  { key: "staff", audience: Audience.STAFF, state: "live", name: "Konsultjour psykiatri", kind: CareUnitKind.PSYCHIATRY, municipality: "Kiruna", region: "Norrbotten", internalPhone: "070-174 06 12", position: { lat: 67.8558, lon: 20.2253 } },
  { key: "archive", audience: Audience.ARCHIVE, state: "live", name: "Arkivdepå Umeå", kind: CareUnitKind.OTHER, municipality: "Umeå", region: "Västerbotten", internalPhone: "070-174 06 13", position: { lat: 63.8258, lon: 20.263 } },
  { key: "draft", audience: Audience.PUBLIC, state: "draft", name: "Kvällsjour under arbete", kind: CareUnitKind.HEALTH_CENTRE, municipality: "Boden", region: "Norrbotten", internalPhone: "070-174 06 14", position: { lat: 65.83, lon: 21.7 } },
  { key: "scheduled", audience: Audience.PUBLIC, state: "scheduled", name: "Sommarjour Luleå", kind: CareUnitKind.EMERGENCY_DEPARTMENT, municipality: "Luleå", region: "Norrbotten", internalPhone: "070-174 06 15", position: { lat: 65.5848, lon: 22.1547 } },
  { key: "expired", audience: Audience.PUBLIC, state: "expired", name: "Vinterjour Kalix", kind: CareUnitKind.HEALTH_CENTRE, municipality: "Kalix", region: "Norrbotten", internalPhone: "070-174 06 16", position: { lat: 65.8553, lon: 23.1436 } },
  { key: "staff draft", audience: Audience.STAFF, state: "draft", name: "Ambulansens interna jour", kind: CareUnitKind.PSYCHIATRY, municipality: "Kiruna", region: "Norrbotten", internalPhone: "070-174 06 17", position: { lat: 67.86, lon: 20.3 } },
];

type Unit = MatrixItem & UnitFixture & { hsaId: string; route: string };

const LIST = `query($first: Int!, $after: String, $filter: CareUnitFilter, $orderBy: CareUnitOrder! = NAME, $near: GeoPointInput) {
  careUnits(first: $first, after: $after, filter: $filter, orderBy: $orderBy, near: $near) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;

/** Every unit opens in the daytime except the public one, which keeps only daytime hours; the rest are open at night too. */
const NIGHT = "2026-03-02T22:30:00Z";
const DAY = "2026-03-03T09:00:00Z";
/** Where distances are measured from in the matrix: Luleå. */
const FROM = { lat: 65.5848, lon: 22.1547 };
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
    const { position, ...rest } = data;
    const unit = await writeItem(
      store,
      { ...rest, hsaId, address: null, latitude: position.lat, longitude: position.lon, phone: "0920-28 40 00", webUrl: null, description: localized("Testenhet.") },
      state,
      t.clock(),
    );
    const route = `070-174 06 ${50 + i}`;
    await writeHours(t.subgraph.dataSource, unit.id, {
      weekly: f.key === "public" ? spans([1, 2, 3, 4, 5], "08:00", "17:00") : spans([1, 2, 3, 4, 5, 6, 7], "08:00", "06:00"),
      routes: [{ kind: ContactRouteKind.OUT_OF_HOURS, label: `Jour för ${f.name}`, value: route, hours: "Kvällar och helger" }],
    });
    units.push({ ...f, id: unit.id, hsaId, sortKey: f.name, route });
  }
  names = namesOf(units);
});
afterAll(async () => {
  await t.close();
});

async function list(
  as: PersonaName,
  variables: { first?: number; after?: string | null; filter?: Record<string, unknown>; orderBy?: string; near?: GeoPoint } = {},
) {
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

describe("opening hours and distance, as every persona", () => {
  const listedWith = async (as: PersonaName, variables: Record<string, unknown>) => {
    const { ids, totalCount } = await list(as, variables);
    return { ids: [...ids].sort(), totalCount };
  };

  it("a filter on open-at-night that only hidden units match", async () => {
    await expectPerPersona(
      `careUnits(filter: { openAt: ${NIGHT} })`,
      (as) => listedWith(as, { filter: { openAt: NIGHT } }),
      expectListed(units.filter((u) => u.key !== "public")),
      { names },
    );
  });

  it("a filter on open-in-the-daytime that every unit matches", async () => {
    await expectPerPersona(`careUnits(filter: { openAt: ${DAY} })`, (as) => listedWith(as, { filter: { openAt: DAY } }), expectListed(units), { names });
  });

  /**
   * Each unit's position in the distance order as the database computes it (its sine and cosine may
   * differ from JavaScript's in the last bit), read straight from the table, hidden units included.
   */
  async function positions(): Promise<Map<string, number>> {
    const { expression, parameters } = distanceOrder("unit", FROM);
    const rows = await t.subgraph.dataSource
      .getRepository(CareUnit)
      .createQueryBuilder("unit")
      .select("unit.id", "id")
      .addSelect(expression, "v")
      .setParameters(parameters)
      .getRawMany<{ id: string; v: number }>();
    return new Map(rows.map((row) => [row.id, row.v]));
  }

  /** Distance order as the matrix's sort key, written so that text order is number order; it agrees with the haversine term. */
  const byDistance = async () => {
    const v = await positions();
    const ordered = units.map((u) => ({ ...u, sortKey: v.get(u.id)!.toFixed(18), v: v.get(u.id)! }));
    for (const u of ordered) if (Math.abs(u.v - haversineTerm(FROM, u.position)) > 1e-12) throw new Error(`${u.key}: the SQL and the rule disagree`);
    return ordered;
  };

  it("nearest first, walked one by one by cursor", async () => {
    await expectPerPersona(
      "careUnits(orderBy: DISTANCE) walked one by one",
      (as) => walkPages((after) => list(as, { first: 1, after, orderBy: "DISTANCE", near: FROM })),
      expectedInListOrder(await byDistance()),
      { names },
    );
  });

  it("a distance cursor forged from a hidden unit's position gives what follows it and nothing of the unit", async () => {
    const ordered = await byDistance();
    for (const hidden of ordered.filter((u) => u.audience !== Audience.PUBLIC || u.state !== "live")) {
      const after = encodeCursor({ v: hidden.v, id: hidden.id });
      await expectPerPersona(
        `careUnits(orderBy: DISTANCE, after: forged from ${hidden.key})`,
        async (as) => (await list(as, { after, orderBy: "DISTANCE", near: FROM })).ids,
        expectedAfter(ordered, hidden),
        { names },
      );
    }
  });
});

describe("the staff-only contact routes, as every persona", () => {
  const ROUTES = `query($id: ID!) { careUnit(id: $id) { name phone contactRoutes { kind value label { sv } hours { sv } } } }`;
  const ROUTES_IN_LIST = `{ careUnits(first: 100) { edges { node { id contactRoutes { value } } } } }`;
  const ROUTES_AS_ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CareUnit { id contactRoutes { value } } } }`;
  const unit = (key: string) => units.find((u) => u.key === key)!;

  it("by lookup: the routes for staff-field readers, otherwise null with FORBIDDEN on its path and the rest intact", async () => {
    const publicUnit = unit("public");
    await expectPerPersona(
      "careUnit { contactRoutes }",
      async (as) => {
        const result = await t.query<{ careUnit: unknown }>(ROUTES, { as, variables: { id: publicUnit.id } });
        return { data: result.data, codes: result.errors?.map((e) => [e.path?.join("."), e.extensions?.code]) ?? [] };
      },
      perPersona((as) => ({
        data: {
          careUnit: {
            name: publicUnit.name,
            phone: "0920-28 40 00",
            contactRoutes: readsStaffFields[as]
              ? [{ kind: "OUT_OF_HOURS", value: publicUnit.route, label: { sv: `Jour för ${publicUnit.name}` }, hours: { sv: "Kvällar och helger" } }]
              : null,
          },
        },
        codes: readsStaffFields[as] ? [] : [["careUnit.contactRoutes", "FORBIDDEN"]],
      })),
    );
  });

  it("in a list: every readable unit is there, each unit's routes null with its own FORBIDDEN for the others", async () => {
    await expectPerPersona(
      "careUnits { contactRoutes }",
      async (as) => {
        const result = await t.query<{ careUnits: { edges: { node: { id: string; contactRoutes: { value: string }[] | null } }[] } }>(ROUTES_IN_LIST, { as });
        return {
          routes: result.data?.careUnits.edges.map((e) => [e.node.id, e.node.contactRoutes?.map((r) => r.value) ?? null]),
          forbidden: result.errors?.filter((e) => e.extensions?.code === "FORBIDDEN").length ?? 0,
          other: result.errors?.filter((e) => e.extensions?.code !== "FORBIDDEN").length ?? 0,
        };
      },
      perPersona((as) => {
        const readable = inOrder(as);
        return {
          routes: readable.map((u) => [u.id, readsStaffFields[as] ? [u.route] : null]),
          forbidden: readsStaffFields[as] ? 0 : readable.length,
          other: 0,
        };
      }),
      { names },
    );
  });

  it("as an entity: the same rule, and a hidden unit is null with no routes", async () => {
    const [publicUnit, staffUnit] = [unit("public"), unit("staff")];
    const r = [publicUnit, staffUnit].map((u) => ({ __typename: "CareUnit", id: u.id }));
    await expectPerPersona(
      "_entities { contactRoutes }",
      async (as) => {
        const result = await t.query<{ _entities: unknown[] }>(ROUTES_AS_ENTITY, { as, variables: { r } });
        return { entities: result.data?._entities, codes: result.errors?.map((e) => [e.path?.join("."), e.extensions?.code]) ?? [] };
      },
      perPersona((as) => {
        const visible = expectedSlots([publicUnit, staffUnit])[as];
        return {
          entities: [publicUnit, staffUnit].map((u, i) => (visible[i] ? { id: u.id, contactRoutes: readsStaffFields[as] ? [{ value: u.route }] : null } : null)),
          codes: readsStaffFields[as] ? [] : [["_entities.0.contactRoutes", "FORBIDDEN"]],
        };
      }),
      { names },
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

describe("the editorial API (decision 019), as every persona", () => {
  let id: string;
  beforeAll(async () => {
    const values = {
      audience: "STAFF",
      region: "Norrbotten",
      hsaId: "SE2321000230-MXED",
      name: "Matrisens utkast",
      kind: "HEALTH_CENTRE",
      municipality: "Luleå",
      description: { sv: "Utkast för rollmatrisen.", en: null },
      closedOnPublicHolidays: true,
      openingHours: [],
      hoursExceptions: [],
      contactRoutes: [],
    };
    const created = await t.query<{ createCareUnit: { id: string } }>(`mutation($v: JSONObject!) { createCareUnit(values: $v) { id } }`, { as: "editor", variables: { v: values } });
    id = expectData(created).createCareUnit.id;
  });

  it("every query and mutation: editors and admins only, FORBIDDEN for everyone else, anonymous too", async () => {
    const operations: Record<string, [document: string, forEditors: string | null]> = {
      editorialCareUnitType: [`{ editorialCareUnitType { key fields { name } csvImport { targetRequired } } }`, null],
      editorialCareUnits: [`{ editorialCareUnits { totalCount } }`, null],
      editorialCareUnit: [`query($id: ID!) { editorialCareUnit(id: $id) { id } }`, null],
      editorialCareUnitRevisions: [`query($id: ID!) { editorialCareUnitRevisions(id: $id) { totalCount } }`, null],
      editorialCareUnitDiff: [`query($id: ID!) { editorialCareUnitDiff(id: $id, from: 1, to: 1) { field } }`, null],
      careUnitsAuditLog: [`{ careUnitsAuditLog { totalCount } }`, null],
      createCareUnit: [`mutation($v: JSONObject!) { createCareUnit(values: $v) { id } }`, "VALIDATION_FAILED"],
      saveCareUnitDraft: [`mutation($id: ID!, $v: JSONObject!) { saveCareUnitDraft(id: $id, version: 999, values: $v) { id } }`, "VALIDATION_FAILED"],
      submitCareUnitForReview: [`mutation($id: ID!) { submitCareUnitForReview(id: $id, version: 999) { id } }`, "CONFLICT"],
      publishCareUnit: [`mutation($id: ID!) { publishCareUnit(id: $id, version: 999) { id } }`, "CONFLICT"],
      unscheduleCareUnit: [`mutation($id: ID!) { unscheduleCareUnit(id: $id, version: 999) { id } }`, "CONFLICT"],
      archiveCareUnit: [`mutation($id: ID!) { archiveCareUnit(id: $id, version: 999) { id } }`, "CONFLICT"],
      restoreCareUnitRevision: [`mutation($id: ID!) { restoreCareUnitRevision(id: $id, number: 1, version: 999) { id } }`, "CONFLICT"],
      careUnitPreviewLink: [`mutation($id: ID!) { careUnitPreviewLink(id: $id) { url } }`, null],
      importCareUnitsCsv: [`mutation { importCareUnitsCsv(csv: "hsaId;name\\nSE2321000230-MXCSV;Namn", dryRun: true) { rowCount } }`, null],
    };
    await expectPerPersona(
      "editorial API",
      async (as) => {
        const codes: Record<string, string | null> = {};
        for (const [name, [document]] of Object.entries(operations)) codes[name] = errorCodeAt(await t.query(document, { as, variables: { ...(document.includes("$id") ? { id } : {}), ...(document.includes("$v") ? { v: {} } : {}) } }), [name]);
        return codes;
      },
      perPersona((as) =>
        Object.fromEntries(Object.entries(operations).map(([name, [, forEditors]]) => [name, as === "editor" || as === "admin" ? forEditors : "FORBIDDEN"])),
      ),
    );
  });

  it("the working copy never reaches a reader: not in lists, lookups or entities", async () => {
    await expectPerPersona(
      "careUnitByHsaId(draft made in the admin)",
      async (as) => expectData(await t.query<{ careUnitByHsaId: { id: string } | null }>(BY_HSA_ID, { as, variables: { hsaId: "SE2321000230-MXED" } })).careUnitByHsaId,
      perPersona(() => null),
    );
    await expectPerPersona(
      "_entities(draft made in the admin)",
      async (as) => expectData(await t.query<{ _entities: unknown[] }>(ENTITIES, { as, variables: { r: [{ __typename: "CareUnit", id }] } }))._entities,
      perPersona(() => [null]),
    );
  });
});

describe("search (decision 022), as every persona", () => {
  it("searchCareUnits finds each unit by its name exactly when the persona may read it", async () => {
    await expectSearchFindsEach(t, "searchCareUnits", units.map((item) => ({ ...item, text: item.name })));
  });
});
