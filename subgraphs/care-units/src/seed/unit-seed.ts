import type { CareUnitKind } from "../entities/care-unit-kind.js";
import type { ContactRouteKind } from "../entities/contact-route-kind.js";
import type { GeoPoint } from "../rules/geo.js";
import type { WeeklySpan } from "../rules/opening-hours.js";
import type { ExceptionSeed } from "./hours.js";

export interface RouteSeed {
  kind: ContactRouteKind;
  label: [sv: string, en: string];
  value: string;
  hours?: [sv: string, en: string];
}

/** One seeded unit with everything that belongs to it. */
export interface UnitSeed {
  hsaId: string;
  name: string;
  kind: CareUnitKind;
  region: string;
  municipality: string;
  address: string | null;
  position: GeoPoint | null;
  phone: string | null;
  webUrl: string | null;
  description: [sv: string, en: string];
  internalPhone: string | null;
  closedOnPublicHolidays: boolean;
  weekly: WeeklySpan[];
  exceptions: ExceptionSeed[];
  routes: RouteSeed[];
}
