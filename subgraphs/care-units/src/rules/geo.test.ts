import { describe, expect, it } from "vitest";
import { geoPointProblems, haversineKm, haversineTerm } from "./geo.js";

const lulea = { lat: 65.5848, lon: 22.1547 };
const boden = { lat: 65.8252, lon: 21.6886 };
const kiruna = { lat: 67.8558, lon: 20.2253 };
const pajala = { lat: 67.2124, lon: 23.3667 };
const haparanda = { lat: 65.8355, lon: 24.1368 };

describe("haversineKm", () => {
  it("gives the straight-line distances between Norrbotten's towns", () => {
    expect(haversineKm(lulea, boden)).toBeCloseTo(34.2, 1);
    expect(haversineKm(lulea, kiruna)).toBeCloseTo(266.3, 1);
    expect(haversineKm(lulea, lulea)).toBe(0);
    expect(haversineKm(lulea, kiruna)).toBeCloseTo(haversineKm(kiruna, lulea), 9);
  });

  it("is about 111 km per degree of latitude, and half the Earth's circumference to the far side", () => {
    expect(haversineKm({ lat: 65, lon: 20 }, { lat: 66, lon: 20 })).toBeCloseTo(111.2, 0);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20_015.1, 0);
  });
});

describe("haversineTerm, what the SQL orders by", () => {
  it("orders places as their distances do, from anywhere", () => {
    const towns = [kiruna, haparanda, boden, pajala, lulea];
    for (const from of towns) {
      const byTerm = [...towns].sort((a, b) => haversineTerm(from, a) - haversineTerm(from, b));
      const byKm = [...towns].sort((a, b) => haversineKm(from, a) - haversineKm(from, b));
      expect(byTerm).toEqual(byKm);
    }
  });

  it("runs from 0 at the point to 1 on the far side of the Earth", () => {
    expect(haversineTerm(lulea, lulea)).toBe(0);
    expect(haversineTerm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(1, 12);
  });
});

describe("geoPointProblems", () => {
  it("accepts any place on Earth, the poles and the date line included", () => {
    for (const point of [lulea, { lat: 90, lon: 180 }, { lat: -90, lon: -180 }]) expect(geoPointProblems(point)).toEqual({});
  });

  it("names each coordinate that is out of range", () => {
    expect(geoPointProblems({ lat: 91, lon: 22 })).toEqual({ lat: "Latitude is between -90 and 90 degrees." });
    expect(geoPointProblems({ lat: 65, lon: -181 })).toEqual({ lon: "Longitude is between -180 and 180 degrees." });
    expect(Object.keys(geoPointProblems({ lat: Number.NaN, lon: Number.POSITIVE_INFINITY }))).toEqual(["lat", "lon"]);
  });
});
