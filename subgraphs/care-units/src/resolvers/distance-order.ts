import { distanceOrderParameters, type GeoPoint } from "../rules/geo.js";

/** Larger than any haversine term (at most 1, the far side of the Earth), so units with no position come last. */
const UNKNOWN_POSITION = "2.0";

/**
 * The haversine term of rules/geo.ts in SQL, nearest first. SIN, COS and RADIANS are SQLite's
 * built-in math functions (better-sqlite3 builds SQLite with them) and PostgreSQL's own. Never NULL,
 * as keyset paging needs.
 */
export function distanceOrder(alias: string, from: GeoPoint): { expression: string; parameters: Record<string, number> } {
  const halfLat = `SIN(RADIANS(${alias}.latitude - :nearLat) / 2)`;
  const halfLon = `SIN(RADIANS(${alias}.longitude - :nearLon) / 2)`;
  return {
    expression: `CASE WHEN ${alias}.latitude IS NULL OR ${alias}.longitude IS NULL THEN ${UNKNOWN_POSITION} ELSE ${halfLat} * ${halfLat} + :nearCos * COS(RADIANS(${alias}.latitude)) * ${halfLon} * ${halfLon} END`,
    parameters: distanceOrderParameters(from),
  };
}
