import { IDENTITY_HEADER } from "@vardportal/kit";
import { personas, type GraphqlResult, type PersonaName, type TestSubgraph } from "@vardportal/kit/testing";

/** A unit as an editor writes it in the admin: the values object of decision 019. */
export const unitValues = (patch: Record<string, unknown> = {}) => ({
  audience: "PUBLIC",
  region: "Norrbotten",
  hsaId: "SE2321000230-TEST1",
  name: "Testhälsan Kallax",
  kind: "HEALTH_CENTRE",
  municipality: "Luleå",
  address: "Flygvägen 1, 974 33 Luleå",
  latitude: 65.5436,
  longitude: 22.1219,
  phone: "0920-28 40 00",
  webUrl: "https://www.norrbotten.se/",
  description: { sv: "Exempelenhet för test (påhittad).", en: "A sample unit for tests (made up)." },
  closedOnPublicHolidays: true,
  internalPhone: "0920-28 40 99",
  openingHours: [
    { weekdays: ["MON", "TUE", "WED", "THU", "FRI"], opens: "08:00", closes: "17:00" },
    { weekdays: ["SAT"], opens: "10:00", closes: "14:00" },
  ],
  hoursExceptions: [
    { fromDate: "2026-03-20", toDate: null, label: { sv: "Stängt för utbildning", en: "Closed for training" }, closed: true, weekdays: [], opens: null, closes: null },
  ],
  contactRoutes: [{ kind: "OUT_OF_HOURS", label: { sv: "Jour", en: null }, value: "0920-28 45 00", hours: { sv: "Kvällar och helger", en: null } }],
  ...patch,
});

export const ITEM = `type id title status audience region version publishedVersion live hasDraft scheduledPublishAt publishAt unpublishAt values publishedValues missingEnglish portalPath updatedBy`;

export interface Item {
  type: string;
  id: string;
  title: string;
  status: string;
  audience: string;
  region: string;
  version: number;
  publishedVersion: number | null;
  live: boolean;
  hasDraft: boolean;
  scheduledPublishAt: string | null;
  publishAt: string | null;
  unpublishAt: string | null;
  values: Record<string, unknown>;
  publishedValues: Record<string, unknown> | null;
  missingEnglish: string[];
  portalPath: string | null;
  updatedBy: string | null;
}

/**
 * A query with the preview header the portal sends (decision 019), signed as `as` — the harness's
 * `query` sends no header of its own choosing.
 */
export async function queryWithPreview<T>(t: TestSubgraph, document: string, options: { as: PersonaName; token: string; variables?: Record<string, unknown> }): Promise<GraphqlResult<T>> {
  const identity = await t.sign(personas[options.as]);
  const response = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json", [IDENTITY_HEADER]: identity, "x-preview-token": options.token },
    body: JSON.stringify({ query: document, variables: options.variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphqlResult<T>, "status">) };
}
