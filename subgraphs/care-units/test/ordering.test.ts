import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "@vardportal/kit";
import { expectBadUserInput, expectData, expectValidationFailed, malformedCursors, walkPages, type TestSubgraph } from "@vardportal/kit/testing";
import { startCareUnits } from "./helpers.js";

const LIST = `query($first: Int!, $after: String, $filter: CareUnitFilter, $orderBy: CareUnitOrder! = NAME, $near: GeoPointInput, $from: GeoPointInput!) {
  careUnits(first: $first, after: $after, filter: $filter, orderBy: $orderBy, near: $near) {
    totalCount
    edges { cursor node { id name municipality distanceKm(from: $from) } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Node {
  id: string;
  name: string;
  municipality: string;
  distanceKm: number | null;
}
interface Page {
  careUnits: { totalCount: number; edges: { cursor: string; node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const LULEA = { lat: 65.5848, lon: 22.1547 };
const BODEN = { lat: 65.8252, lon: 21.6886 };
const KIRUNA = { lat: 67.8558, lon: 20.2253 };
const HAPARANDA = { lat: 65.8355, lon: 24.1368 };
const ARJEPLOG = { lat: 66.0516, lon: 17.8866 };

let t: TestSubgraph;
beforeAll(async () => {
  t = await startCareUnits();
});
afterAll(async () => {
  await t.close();
});

const byDistance = async (near: { lat: number; lon: number }, variables: Record<string, unknown> = {}) =>
  expectData(await t.query<Page>(LIST, { variables: { first: 100, orderBy: "DISTANCE", near, from: near, ...variables } })).careUnits;

describe("ordering by distance", () => {
  it.each([
    ["Luleå", LULEA],
    ["Boden", BODEN],
    ["Kiruna", KIRUNA],
    ["Haparanda", HAPARANDA],
    ["Arjeplog", ARJEPLOG],
  ])("from %s: nearest first, as the great-circle kilometres shown", async (_town, point) => {
    const units = (await byDistance(point)).edges.map((e) => e.node);
    const known = units.filter((u) => u.distanceKm !== null).map((u) => u.distanceKm!);
    expect(known).toEqual([...known].sort((a, b) => a - b));
  });

  it("from any point on a grid over the region, the order is the order of the kilometres", async () => {
    for (let lat = 65; lat <= 68.5; lat += 0.7) {
      for (let lon = 17; lon <= 24.5; lon += 1.5) {
        const point = { lat, lon };
        const known = (await byDistance(point)).edges.flatMap((e) => (e.node.distanceKm === null ? [] : [e.node.distanceKm]));
        expect({ point, known }).toEqual({ point, known: [...known].sort((a, b) => a - b) });
      }
    }
  });

  it("puts the town's own units first", async () => {
    expect((await byDistance(BODEN)).edges[0]?.node.name).toBe("Bodens hälsocentral");
    expect((await byDistance(KIRUNA)).edges.slice(0, 2).map((e) => e.node.municipality)).toEqual(["Kiruna", "Kiruna"]);
    expect((await byDistance(ARJEPLOG)).edges[0]?.node.name).toBe("Arjeplogs hälsocentral");
  });

  it("shows the distance in kilometres", async () => {
    const [nearest] = (await byDistance(BODEN)).edges;
    expect(nearest?.node.distanceKm).toBeGreaterThan(0);
    expect(nearest?.node.distanceKm).toBeLessThan(1);
    const kiruna = (await byDistance(LULEA)).edges.find((e) => e.node.name === "Kiruna hälsocentral");
    expect(kiruna?.node.distanceKm).toBeCloseTo(266.4, 0);
  });

  it("puts units whose position is not known last, with no distance", async () => {
    const units = (await byDistance(LULEA)).edges.map((e) => e.node);
    expect(units.slice(-2).map((u) => [u.name, u.distanceKm])).toEqual(
      expect.arrayContaining([
        ["Arkiv- och journalenheten, Region Kronoberg", null],
        ["Journalservice, Region Skåne", null],
      ]),
    );
    expect(units.slice(0, -2).every((u) => u.distanceKm !== null)).toBe(true);
  });

  it("a walk by cursor, three at a time, gives every unit once in the same order", async () => {
    const all = (await byDistance(HAPARANDA)).edges.map((e) => e.node.id);
    const walked = await walkPages(async (after) => {
      const page = await byDistance(HAPARANDA, { first: 3, after });
      return { ids: page.edges.map((e) => e.node.id), ...page.pageInfo };
    });
    expect(walked).toEqual(all);
    expect(new Set(walked).size).toBe(all.length);
  });

  it("combines with filters, and counts what matches", async () => {
    const page = await byDistance(LULEA, { filter: { kind: "EMERGENCY_DEPARTMENT" } });
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e) => e.node.name)).toEqual(["Sunderby sjukhus, akutmottagning", "Gällivare sjukhus, akutmottagning", "Kiruna sjukhus, akutmottagning"]);
  });

  it("is by name by default, and the point changes nothing then", async () => {
    const names = expectData(await t.query<Page>(LIST, { variables: { first: 100, near: KIRUNA, from: KIRUNA } })).careUnits.edges.map((e) => e.node.name);
    expect(names).toEqual([...names].sort());
  });
});

describe("bad input to ordering and distances", () => {
  it("ordering by distance without a point is BAD_USER_INPUT on near", async () => {
    const error = expectBadUserInput(await t.query(LIST, { variables: { first: 5, orderBy: "DISTANCE", from: LULEA } }), ["careUnits"]);
    expect(error.extensions?.field).toBe("near");
  });

  it.each([
    [{ lat: 91, lon: 22 }, ["near.lat"]],
    [{ lat: -90.5, lon: 22 }, ["near.lat"]],
    [{ lat: 65, lon: 180.01 }, ["near.lon"]],
    [{ lat: 1000, lon: -1000 }, ["near.lat", "near.lon"]],
  ])("a point off the Earth, %j, is VALIDATION_FAILED naming the coordinate", async (near, fields) => {
    const error = expectValidationFailed(await t.query(LIST, { variables: { first: 5, orderBy: "DISTANCE", near, from: LULEA } }), ["careUnits"]);
    expect(Object.keys(error.extensions?.fieldErrors as object)).toEqual(fields);
  });

  it("distanceKm from a point off the Earth is refused on that field", async () => {
    const result = await t.query(`{ careUnits(first: 1) { edges { node { name distanceKm(from: { lat: 95, lon: 0 }) } } } }`);
    const error = expectValidationFailed(result);
    expect(error.path?.at(-1)).toBe("distanceKm");
    expect(Object.keys(error.extensions?.fieldErrors as object)).toEqual(["from.lat"]);
  });

  it("a cursor from the name order is not a position in the distance order", async () => {
    const byName = expectData(await t.query<Page>(LIST, { variables: { first: 2, from: LULEA } }));
    const error = expectBadUserInput(
      await t.query(LIST, { variables: { first: 2, orderBy: "DISTANCE", near: LULEA, from: LULEA, after: byName.careUnits.pageInfo.endCursor } }),
      ["careUnits"],
    );
    expect(error.extensions?.field).toBe("after");
  });

  it("every malformed cursor is refused in the distance order too", async () => {
    for (const after of [...Object.values(malformedCursors), encodeCursor({ v: null, id: "x" })]) {
      expectBadUserInput(await t.query(LIST, { variables: { first: 2, orderBy: "DISTANCE", near: LULEA, from: LULEA, after } }), ["careUnits"]);
    }
  });

  it("a page size over 100 is refused with VALIDATION_FAILED, not cut", async () => {
    for (const orderBy of ["NAME", "DISTANCE"]) {
      expectValidationFailed(await t.query(LIST, { variables: { first: 101, orderBy, near: LULEA, from: LULEA } }));
    }
  });
});
