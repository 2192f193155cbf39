import type { GatewayResult } from "@vardportal/web/gateway";
import { z } from "zod";
import { audiences, connection, contentStatuses, EditorialTypeSchema, ListItemSchema, readOutcome, type Audience, type ContentStatus, type EditorialType, type ListItem, type Outcome } from "./api";
import type { ContentTypeEntry } from "./content-types";
import { rootFields } from "./content-types";
import { pageLinks, readPageParams } from "./paging";

export const PAGE_SIZE = 20;
export const sortLabels = { TITLE: "Titel (A–Ö)", UPDATED_DESC: "Senast ändrad först" } as const;
type Sort = keyof typeof sortLabels;

export type ListFilters = { search: string; status: ContentStatus | ""; audience: Audience | ""; region: string; sort: Sort };

/** The list page's GET form, read leniently: a value that is not one of the choices is simply no filter. */
export function readListFilters(params: URLSearchParams): ListFilters {
  const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | "" => (allowed.includes(value as T) ? (value as T) : "");
  const sort = params.get("sortering");
  return {
    search: (params.get("q") ?? "").trim().slice(0, 200),
    status: pick(params.get("status"), contentStatuses),
    audience: pick(params.get("malgrupp"), audiences),
    region: (params.get("region") ?? "").trim().slice(0, 100),
    sort: sort === "UPDATED_DESC" ? "UPDATED_DESC" : "TITLE",
  };
}

export function listVariables(filters: ListFilters, params: URLSearchParams) {
  const { after } = readPageParams(params);
  return {
    search: filters.search || null,
    status: filters.status || null,
    audience: filters.audience || null,
    region: filters.region || null,
    sort: filters.sort,
    first: PAGE_SIZE,
    after,
  };
}

export type ListView = {
  type: EditorialType;
  items: ListItem[];
  totalCount: number;
  previous: string | null;
  next: string | null;
  /** Regions to choose from, when the type's region field has options. */
  regions: string[];
};

export function toListView(result: GatewayResult, entry: ContentTypeEntry, params: URLSearchParams): Outcome<ListView> {
  const fields = rootFields(entry);
  const type = readOutcome(result, fields.type, EditorialTypeSchema);
  if (type.kind !== "ok") return type;
  const list = readOutcome(result, fields.list, connection(ListItemSchema));
  if (list.kind !== "ok") return list;
  const links = pageLinks(params, readPageParams(params), list.data.pageInfo);
  const region = type.data.fields.find((f) => f.name === "region");
  return {
    kind: "ok",
    data: {
      type: type.data,
      items: list.data.edges.map((e) => e.node),
      totalCount: list.data.totalCount,
      ...links,
      regions: region?.options.map((o) => o.value) ?? [],
    },
  };
}

/** The start page: per type, counts by status, drafts I touched last, and what waits for review. */
const OverviewSchema = z.object({
  draft: z.object({ totalCount: z.number(), edges: z.array(z.object({ node: ListItemSchema })) }),
  inReview: z.object({ totalCount: z.number(), edges: z.array(z.object({ node: ListItemSchema })) }),
  published: z.object({ totalCount: z.number() }),
  archived: z.object({ totalCount: z.number() }),
});

export type TypeOverview =
  | { status: "ok"; entry: ContentTypeEntry; counts: Record<ContentStatus, number>; myDrafts: ListItem[]; inReview: ListItem[] }
  | { status: "unavailable"; entry: ContentTypeEntry };

export function toTypeOverview(result: GatewayResult, entry: ContentTypeEntry, subject: string): TypeOverview {
  const parsed = result.data ? OverviewSchema.safeParse(result.data) : null;
  if (!parsed?.success) return { status: "unavailable", entry };
  const o = parsed.data;
  return {
    status: "ok",
    entry,
    counts: { DRAFT: o.draft.totalCount, IN_REVIEW: o.inReview.totalCount, PUBLISHED: o.published.totalCount, ARCHIVED: o.archived.totalCount },
    myDrafts: o.draft.edges.map((e) => e.node).filter((item) => item.updatedBy === subject).slice(0, 5),
    inReview: o.inReview.edges.map((e) => e.node).slice(0, 5),
  };
}
