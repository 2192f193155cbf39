import { z } from "zod";
import type { ResultsView, Suggestion, UnitListItem } from "~/components/care-unit-list";
import type { SearchErrors, SearchField, SearchValues } from "~/components/care-unit-search-form";
import { tFor } from "~/i18n/instance";
import { defaultLang, type Lang } from "~/i18n/languages";
import type { GatewayResult } from "~/utils/gateway.server";
import { careUnitKindLabel, careUnitKindOptions, careUnitKinds } from "~/utils/labels";
import { describeStatus, formatDistance } from "~/utils/opening-hours";
import { readSection, type Section } from "~/utils/section";
import { FindCareNearQuery, FindCareQuery } from "./($lang).hitta-vard._index.graphql";

/** Norrbotten's 14 municipalities in Swedish alphabetical order, with the centre of each main town ("nearest to …"). */
export const MUNICIPALITIES: { name: string; centre: { lat: number; lon: number } }[] = [
  { name: "Arjeplog", centre: { lat: 66.0516, lon: 17.8866 } },
  { name: "Arvidsjaur", centre: { lat: 65.5924, lon: 19.1795 } },
  { name: "Boden", centre: { lat: 65.8252, lon: 21.6886 } },
  { name: "Gällivare", centre: { lat: 67.1339, lon: 20.6528 } },
  { name: "Haparanda", centre: { lat: 65.8355, lon: 24.1368 } },
  { name: "Jokkmokk", centre: { lat: 66.6066, lon: 19.8229 } },
  { name: "Kalix", centre: { lat: 65.8553, lon: 23.1436 } },
  { name: "Kiruna", centre: { lat: 67.8558, lon: 20.2253 } },
  { name: "Luleå", centre: { lat: 65.5848, lon: 22.1547 } },
  { name: "Pajala", centre: { lat: 67.2124, lon: 23.3667 } },
  { name: "Piteå", centre: { lat: 65.3172, lon: 21.4794 } },
  { name: "Älvsbyn", centre: { lat: 65.6769, lon: 21.0034 } },
  { name: "Överkalix", centre: { lat: 66.3275, lon: 22.8436 } },
  { name: "Övertorneå", centre: { lat: 66.3886, lon: 23.6556 } },
];

export const PAGE_SIZE = 20;
export const MAX_TEXT = 100;
const MAX_CURSOR = 2_048;

const municipalityNames = MUNICIPALITIES.map((m) => m.name);
// Values only: a label needs the page's language, which a module does not have when it loads.
const kindValues: readonly string[] = careUnitKinds;

/** One schema per field and language: what the URL may say, and the message beside the field when it says something else. */
function fieldsFor(lang: Lang): Record<SearchField, z.ZodType> {
  const t = tFor(lang, "careUnits");
  return {
    q: z.string().trim().max(MAX_TEXT, t("validation.tooLong", { max: MAX_TEXT })),
    kommun: z.union([z.literal(""), z.enum(municipalityNames as [string, ...string[]])], { error: t("validation.municipality") }),
    typ: z.union([z.literal(""), z.enum(kindValues as [string, ...string[]])], { error: t("validation.kind") }),
    sortera: z.enum(["namn", "avstand"], { error: t("validation.sort") }),
    fran: z.union([z.literal(""), z.enum(municipalityNames as [string, ...string[]])], { error: t("validation.town") }),
  };
}
const fieldsByLang = new Map<Lang, Record<SearchField, z.ZodType>>();
const fields = (lang: Lang) => fieldsByLang.get(lang) ?? fieldsByLang.set(lang, fieldsFor(lang)).get(lang)!;

export type { SearchErrors, SearchField, SearchValues };

export type SearchRequest = {
  values: SearchValues;
  errors: SearchErrors;
  /** The cursor of the page asked for, and the number of its first unit ("Visar 21–40"). */
  after: string | null;
  start: number;
};

/**
 * Reads the search from the URL; every value is kept as given so the form shows it again beside its message
 * (in the page's language). The parameter names are the same in both languages, so a search can be shared.
 */
export function parseSearch(params: URLSearchParams, lang: Lang = defaultLang): SearchRequest {
  const raw = (name: string) => params.get(name) ?? "";
  const values: SearchValues = {
    q: raw("q").trim(),
    kommun: raw("kommun"),
    typ: raw("typ"),
    oppet: params.has("oppet"),
    sortera: raw("sortera") || "namn",
    fran: raw("fran"),
  };
  const errors: SearchErrors = {};
  const schemas = fields(lang);
  for (const name of Object.keys(schemas) as SearchField[]) {
    const parsed = schemas[name].safeParse(values[name]);
    if (!parsed.success) errors[name] = parsed.error.issues[0]?.message ?? tFor(lang, "careUnits")("validation.check");
  }
  if (!errors.sortera && values.sortera === "avstand" && !values.fran && !errors.fran) errors.fran = tFor(lang, "careUnits")("validation.townRequired");
  const after = raw("efter");
  const start = Number(raw("start"));
  const paged = after !== "" && after.length <= MAX_CURSOR;
  return { values, errors, after: paged ? after : null, start: paged && Number.isInteger(start) && start > 1 ? start : 1 };
}

export const hasErrors = (request: SearchRequest) => Object.keys(request.errors).length > 0;

/** The page's URL for these values, on the first page unless a cursor is given; a site path the links put in the page's language. */
export function searchHref(values: SearchValues, page?: { after: string; start: number }): string {
  const params = new URLSearchParams();
  if (values.q) params.set("q", values.q);
  if (values.kommun) params.set("kommun", values.kommun);
  if (values.typ) params.set("typ", values.typ);
  if (values.oppet) params.set("oppet", "ja");
  if (values.sortera === "avstand") params.set("sortera", "avstand");
  if (values.sortera === "avstand" && values.fran) params.set("fran", values.fran);
  if (page) {
    params.set("efter", page.after);
    params.set("start", String(page.start));
  }
  const query = params.toString();
  return query ? `/hitta-vard?${query}` : "/hitta-vard";
}

/** The operation and variables for a valid search; the region is the portal's own. */
export function searchOperation(request: SearchRequest, options: { now: string; region: string }) {
  const { values } = request;
  const filter = {
    region: options.region,
    ...(values.q ? { text: values.q } : {}),
    ...(values.kommun ? { municipality: values.kommun } : {}),
    ...(values.typ ? { kind: values.typ } : {}),
    ...(values.oppet ? { openAt: options.now } : {}),
  };
  const base = { first: PAGE_SIZE, after: request.after, filter, now: options.now };
  const from = values.sortera === "avstand" ? MUNICIPALITIES.find((m) => m.name === values.fran) : undefined;
  return from
    ? { query: FindCareNearQuery, operationName: "FindCareNear", variables: { ...base, near: from.centre } }
    : { query: FindCareQuery, operationName: "FindCare", variables: base };
}

const Units = z.object({
  totalCount: z.number().int(),
  edges: z
    .array(
      z
        .object({
          node: z
            .object({
              id: z.string(),
              hsaId: z.string(),
              name: z.string(),
              kind: z.string(),
              municipality: z.string().nullish(),
              address: z.string().nullish(),
              phone: z.string().nullish(),
              distanceKm: z.number().nullish(),
              openingStatus: z.object({ open: z.boolean(), closesAt: z.string().nullish(), opensNext: z.string().nullish(), hoursKnown: z.boolean() }).nullish(),
            })
            .nullable(),
        })
        .nullable(),
    )
    .transform((list) => list.flatMap((edge) => (edge?.node ? [edge.node] : []))),
  pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullish() }),
});

export type FindCareView = {
  values: SearchValues;
  errors: SearchErrors;
  /** `invalid`: the form has errors and nothing was searched; `stale`: the page's cursor is not valid (an old link). */
  results: Section<ResultsView> | { status: "invalid" } | { status: "stale"; firstPageHref: string };
  /** What to change when nothing matched, each a link to that search. */
  suggestions: Suggestion[];
  sortedFrom: string | null;
};

export const phoneLink = (phone: string) => ({ text: phone, href: `tel:${phone.replace(/[^\d+]/g, "")}` });

/** Ways to widen a search that found nothing, one for each condition it has. */
export function suggestionsFor(values: SearchValues, lang: Lang = defaultLang): Suggestion[] {
  const t = tFor(lang, "careUnits");
  const suggestions: Suggestion[] = [];
  if (values.oppet) suggestions.push({ text: t("suggestions.closed"), href: searchHref({ ...values, oppet: false }) });
  if (values.typ) suggestions.push({ text: t("suggestions.allKinds", { kind: careUnitKindLabel(values.typ, lang).toLowerCase() }), href: searchHref({ ...values, typ: "" }) });
  if (values.kommun) suggestions.push({ text: t("suggestions.allMunicipalities", { municipality: values.kommun }), href: searchHref({ ...values, kommun: "" }) });
  if (values.q) suggestions.push({ text: t("suggestions.withoutText", { text: values.q }), href: searchHref({ ...values, q: "" }) });
  return suggestions;
}

/** The only input the list refuses that the form did not check is the page's cursor (the gateway may leave out which field). */
const isBadCursor = (result: GatewayResult) =>
  result.errors.some(
    (e) => e.path?.length === 1 && e.path[0] === "careUnits" && e.extensions?.code === "BAD_USER_INPUT" && (e.extensions.field === undefined || e.extensions.field === "after"),
  );

/** Turns the gateway's answer into the list in the page's language; `now` is the instant the statuses were asked for. */
export function toFindCareView(result: GatewayResult | null, request: SearchRequest, now: string, lang: Lang = defaultLang): FindCareView {
  const { values, errors } = request;
  const base = { values, errors, sortedFrom: values.sortera === "avstand" && values.fran ? values.fran : null };
  if (!result) return { ...base, results: { status: "invalid" }, suggestions: [] };
  if (isBadCursor(result)) return { ...base, results: { status: "stale", firstPageHref: searchHref(values) }, suggestions: [] };
  const section = readSection(result, "careUnits", Units);
  if (section.status !== "ok") return { ...base, results: section, suggestions: [] };
  const { totalCount, edges, pageInfo } = section.data;
  // A page link that points past the end (units were removed since it was made) is as stale as a bad cursor.
  if (request.after && edges.length === 0 && totalCount > 0) return { ...base, results: { status: "stale", firstPageHref: searchHref(values) }, suggestions: [] };
  const units = edges.map(
    (unit): UnitListItem => ({
      id: unit.id,
      name: unit.name,
      href: `/hitta-vard/${encodeURIComponent(unit.hsaId)}`,
      kindLabel: careUnitKindLabel(unit.kind, lang),
      municipality: unit.municipality ?? null,
      address: unit.address ?? null,
      phone: unit.phone ? phoneLink(unit.phone) : null,
      status: unit.openingStatus ? describeStatus(unit.openingStatus, now, lang) : null,
      distance: typeof unit.distanceKm === "number" ? formatDistance(unit.distanceKm, lang) : null,
    }),
  );
  const first = units.length === 0 ? 0 : request.start;
  const last = units.length === 0 ? 0 : request.start + units.length - 1;
  return {
    ...base,
    results: {
      status: "ok",
      data: {
        totalCount,
        first,
        last,
        units,
        nextHref: pageInfo.hasNextPage && pageInfo.endCursor ? searchHref(values, { after: pageInfo.endCursor, start: last + 1 }) : null,
        firstPageHref: request.after ? searchHref(values) : null,
      },
    },
    suggestions: totalCount === 0 ? suggestionsFor(values, lang) : [],
  };
}
