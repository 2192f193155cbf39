import { validationFailed } from "@vardportal/kit";
import { geoPointProblems, type GeoPoint } from "../rules/geo.js";
import type { GeoPointInput } from "./inputs/geo-point.input.js";

/** The point, or VALIDATION_FAILED naming each coordinate out of range ("near.lat"). */
export function checkedPoint(input: GeoPointInput, argument: string): GeoPoint {
  const point = { lat: input.lat, lon: input.lon };
  const problems = Object.entries(geoPointProblems(point));
  if (problems.length > 0) throw validationFailed(Object.fromEntries(problems.map(([coordinate, message]) => [`${argument}.${coordinate}`, [message]])));
  return point;
}
