import { z } from "zod";
import { tFor } from "~/i18n/instance";
import { defaultLang, localePath, type Lang } from "~/i18n/languages";
import type { GatewayResult } from "~/utils/gateway.server";
import { readSection } from "~/utils/section";

/**
 * The site search (decision 022): each subgraph searches its own content and says how relevant each
 * hit is, 0..1, on one scale; the page merges the five lists by that score. The score is the hit's bm25
 * relative to the best hit of its own subgraph (60 %) plus the share of the words in its title (40 %),
 * so a title match in any subgraph comes before a body-only match in another.
 *
 * Language (decision 024): the search fields take no language and every hit's title and snippet is the
 * Swedish text (the English titles are indexed, so English words find them, but the hit shows Swedish).
 * An English page therefore marks hits `lang="sv"`; the type names, messages and paths are the page's.
 */

export const MAX_QUERY = 200;
export const PAGE_SIZE = 10;
/**
 * The merged list has at most four pages: every type is asked for its best `page × PAGE_SIZE`, and five
 * types at 40 each is what the gateway's cost limit allows. One chosen type may go to 50 (five pages).
 */
export const MAX_PAGE_ALL = 4;
export const MAX_PAGE = 5;

/** The five types; each one's names are `search:types.<type>.label` (plural, facets) and `.one` (a hit's type). */
export const searchTypes = [
  { type: "CARE_UNIT", field: "searchCareUnits", variable: "careUnits", slug: "vardenheter" },
  { type: "E_SERVICE", field: "searchEServices", variable: "eServices", slug: "e-tjanster" },
  { type: "FEE", field: "searchFees", variable: "fees", slug: "avgifter" },
  { type: "ARCHIVE_HOLDING", field: "searchArchiveHoldings", variable: "archive", slug: "arkiv" },
  { type: "GUIDELINE", field: "searchGuidelines", variable: "guidelines", slug: "riktlinjer" },
] as const;
export type SearchType = (typeof searchTypes)[number];

/** A type's name in a language: "Vårdenheter" / "Care units", or with `one` "Vårdenhet" / "Care unit". */
export const searchTypeLabel = (type: SearchType, lang: Lang, form: "label" | "one" = "label") => tFor(lang, "search")(`types.${type.type}.${form}`);
export type SearchTypeSlug = SearchType["slug"];

const range = z.object({ start: z.number().int().nonnegative(), length: z.number().int().positive() });
const highlighted = z.object({ text: z.string(), highlights: z.array(range) });
const hit = z.object({
  type: z.string(),
  id: z.string(),
  /** The portal's own path, never another site's ("//host" included). */
  path: z.string().regex(/^\/(?![/\\])/),
  score: z.number(),
  region: z.string(),
  title: highlighted,
  snippet: highlighted.nullable(),
});
const results = z.object({
  totalCount: z.number().int(),
  didYouMean: z.string().nullable(),
  terms: z.array(z.string()),
  /** A hit the gateway nulled out, or one of the wrong shape, is left out, not the whole type. */
  hits: z.array(z.unknown()).transform((hits) =>
    hits.flatMap((h) => {
      const parsed = hit.safeParse(h);
      return parsed.success ? [parsed.data] : [];
    }),
  ),
});
export type Highlighted = z.output<typeof highlighted>;

export type SearchValues = { q: string; typ: string };
export type SearchErrors = Partial<Record<"q" | "typ" | "sida", string>>;

export type SearchRequest = {
  values: SearchValues;
  errors: SearchErrors;
  /** The chosen type, or null for every type. */
  type: SearchType | null;
  page: number;
};

/** Reads `?q=…&typ=…&sida=…`; every value is kept as given so the form can show it again beside its message. */
export function parseSearch(params: URLSearchParams, lang: Lang = defaultLang): SearchRequest {
  const t = tFor(lang, "search");
  const q = (params.get("q") ?? "").trim();
  const typ = params.get("typ") ?? "";
  const sida = params.get("sida") ?? "1";
  const errors: SearchErrors = {};
  if (q.length > MAX_QUERY) errors.q = t("errors.q", { max: MAX_QUERY });
  const type = typ ? (searchTypes.find((t) => t.slug === typ) ?? null) : null;
  if (typ && !type) errors.typ = t("errors.typ");
  const page = /^\d{1,2}$/.test(sida) ? Number(sida) : NaN;
  const max = maxPageOf(type);
  if (!(page >= 1 && page <= max)) errors.sida = t("errors.sida", { max });
  return { values: { q, typ }, errors, type, page: Number.isFinite(page) && page >= 1 ? Math.min(page, max) : 1 };
}

export const hasErrors = (request: SearchRequest) => Object.keys(request.errors).length > 0;

/**
 * The variables for one page: each type shown gives its best `page × PAGE_SIZE`, so the merged page is
 * exact; a type not shown gives one hit, for its count.
 */
export function searchVariables(request: SearchRequest, pageSize = PAGE_SIZE): Record<string, string | number> {
  const first = Math.min(50, request.page * pageSize);
  return {
    text: request.values.q,
    ...Object.fromEntries(searchTypes.map((type) => [type.variable, request.type === null || request.type.slug === type.slug ? first : 1])),
  };
}

export const maxPageOf = (type: SearchType | null) => (type === null ? MAX_PAGE_ALL : MAX_PAGE);

/** The results page's address in a language: `/sok?q=…` or `/en/sok?q=…`. */
export function searchHref(values: { q: string; typ?: string; sida?: number }, lang: Lang = defaultLang): string {
  const params = new URLSearchParams({ q: values.q });
  if (values.typ) params.set("typ", values.typ);
  if (values.sida && values.sida > 1) params.set("sida", String(values.sida));
  return localePath(lang, `/sok?${params}`);
}

export type HitView = {
  key: string;
  typeLabel: string;
  /** Swedish text (the API has no other): marked `lang="sv"` on an English page. */
  title: Highlighted;
  snippet: Highlighted | null;
  /** The page in the viewer's language. */
  path: string;
  score: number;
};

export type FacetView = { slug: SearchTypeSlug | ""; label: string; count: number; href: string; current: boolean };

export type SearchView = {
  values: SearchValues;
  errors: SearchErrors;
  /** "idle": nothing asked yet; "invalid": a field is wrong; "ok": searched (possibly with no hits). */
  status: "idle" | "invalid" | "ok";
  hits: HitView[];
  facets: FacetView[];
  /** Hits of the chosen type (or of all types) in total, and the numbers shown on this page. */
  total: number;
  from: number;
  to: number;
  page: number;
  pages: { number: number; href: string; current: boolean }[];
  /** "Visar resultat för …": the words searched instead, when nothing matched as written. */
  didYouMean: string | null;
  /** The types whose subgraph did not answer. */
  unavailable: string[];
  /** True when a type has more hits than the pages can show. */
  truncated: boolean;
};

type Results = z.output<typeof results>;

/**
 * Merges the five answers. Sources that matched the words as written win; only when none did are the
 * corrected answers used ("Visar resultat för …"), so a correction never hides an exact match. Hits
 * are ordered by score, then by type and title, so the order is the same on every request.
 */
export function toSearchView(result: GatewayResult | null, request: SearchRequest, lang: Lang = defaultLang): SearchView {
  const base: SearchView = {
    values: request.values,
    errors: request.errors,
    status: hasErrors(request) ? "invalid" : "idle",
    hits: [],
    facets: [],
    total: 0,
    from: 0,
    to: 0,
    page: request.page,
    pages: [],
    didYouMean: null,
    unavailable: [],
    truncated: false,
  };
  if (!result || base.status === "invalid" || !request.values.q) return base;

  const answered: { type: SearchType; results: Results }[] = [];
  const unavailable: string[] = [];
  for (const type of searchTypes) {
    const section = readSection(result, type.field, results);
    if (section.status === "ok") answered.push({ type, results: section.data });
    else unavailable.push(searchTypeLabel(type, lang));
  }
  const exact = answered.filter((a) => a.results.totalCount > 0 && a.results.didYouMean === null);
  const corrected = answered.filter((a) => a.results.totalCount > 0 && a.results.didYouMean !== null);
  const used = exact.length > 0 ? exact : corrected;
  const didYouMean = exact.length > 0 ? null : ([...new Set(corrected.map((a) => a.results.didYouMean!))].join(", ") || null);

  const countOf = (slug: string) => used.find((a) => a.type.slug === slug)?.results.totalCount ?? 0;
  const all = used.reduce((sum, a) => sum + a.results.totalCount, 0);
  const q = request.values.q;
  const facets: FacetView[] = [
    { slug: "", label: tFor(lang, "search")("results.all"), count: all, href: searchHref({ q }, lang), current: request.type === null },
    ...searchTypes
      .filter((type) => countOf(type.slug) > 0 || request.type?.slug === type.slug)
      .map((type) => ({ slug: type.slug, label: searchTypeLabel(type, lang), count: countOf(type.slug), href: searchHref({ q, typ: type.slug }, lang), current: request.type?.slug === type.slug })),
  ];

  const chosen = used.filter((a) => request.type === null || a.type.slug === request.type.slug);
  const order = (type: string) => searchTypes.findIndex((t) => t.type === type);
  const merged = chosen
    .flatMap((a) =>
      a.results.hits.map((h) => ({
        key: `${h.type}:${h.id}`,
        type: h.type,
        typeLabel: searchTypeLabel(a.type, lang, "one"),
        title: h.title,
        snippet: h.snippet,
        path: localePath(lang, h.path),
        score: h.score,
      })),
    )
    .sort((a, b) => b.score - a.score || order(a.type) - order(b.type) || a.title.text.localeCompare(b.title.text, "sv"));
  const total = chosen.reduce((sum, a) => sum + a.results.totalCount, 0);
  const start = (request.page - 1) * PAGE_SIZE;
  const hits = merged.slice(start, start + PAGE_SIZE).map(({ type: _type, ...hit }) => hit);
  const maxPage = maxPageOf(request.type);
  const pageCount = Math.min(maxPage, Math.ceil(total / PAGE_SIZE));
  const typ = request.type?.slug ?? "";
  return {
    ...base,
    status: "ok",
    hits,
    facets,
    total,
    from: hits.length ? start + 1 : 0,
    to: start + hits.length,
    pages: Array.from({ length: pageCount }, (_, i) => ({ number: i + 1, href: searchHref({ q, typ, sida: i + 1 }, lang), current: i + 1 === request.page })),
    didYouMean,
    unavailable,
    truncated: total > maxPage * PAGE_SIZE,
  };
}

/** The first few hits of every type merged, for the search box's suggestions. */
export type Suggestion = { key: string; title: string; path: string; typeLabel: string };

export function toSuggestions(result: GatewayResult, limit = 8, lang: Lang = defaultLang) {
  const view = toSearchView(result, { values: { q: "x", typ: "" }, errors: {}, type: null, page: 1 }, lang);
  const suggestions: Suggestion[] = view.hits.slice(0, limit).map((hit) => ({ key: hit.key, title: hit.title.text, path: hit.path, typeLabel: hit.typeLabel }));
  return { suggestions, total: view.total, didYouMean: view.didYouMean, incomplete: view.unavailable.length > 0 };
}
