/**
 * Distances between places, computed here with no outside service: great-circle distances on a
 * sphere (haversine). Lists are ordered in SQL by the haversine term `h` (below), which grows with
 * the distance, so the order is the order of the kilometres shown; the reference point's cosine is
 * computed in code and passed as a parameter. See docs/decisions/008-opening-hours-and-distance.md.
 */
export interface GeoPoint {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6_371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** What is wrong with a point, per coordinate, or an empty object when it is a place on Earth. */
export function geoPointProblems(point: GeoPoint): Partial<Record<keyof GeoPoint, string>> {
  const problems: Partial<Record<keyof GeoPoint, string>> = {};
  if (!Number.isFinite(point.lat) || point.lat < -90 || point.lat > 90) problems.lat = "Latitude is between -90 and 90 degrees.";
  if (!Number.isFinite(point.lon) || point.lon < -180 || point.lon > 180) problems.lon = "Longitude is between -180 and 180 degrees.";
  return problems;
}

/**
 * sin²(Δφ/2) + cos φ₁ · cos φ₂ · sin²(Δλ/2): 0 for the same place, 1 for the opposite side of the
 * Earth, and larger whenever the distance is. The SQL ordering computes exactly this.
 */
export function haversineTerm(from: GeoPoint, to: GeoPoint): number {
  const halfLat = Math.sin(radians(to.lat - from.lat) / 2);
  const halfLon = Math.sin(radians(to.lon - from.lon) / 2);
  return halfLat * halfLat + Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * halfLon * halfLon;
}

/** Great-circle distance in kilometres. */
export function haversineKm(from: GeoPoint, to: GeoPoint): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(haversineTerm(from, to))));
}

/** The parameters of the SQL ordering: the point, and the cosine of its latitude. */
export function distanceOrderParameters(from: GeoPoint): { nearLat: number; nearLon: number; nearCos: number } {
  return { nearLat: from.lat, nearLon: from.lon, nearCos: Math.cos(radians(from.lat)) };
}
