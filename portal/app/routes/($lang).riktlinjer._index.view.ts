import { z } from "zod";
import type { Lang } from "~/i18n/languages";
import { pickText, type PickedText } from "~/i18n/localized";
import type { GatewayResult } from "~/utils/gateway.server";
import { guidelineCategoryLabel } from "~/utils/labels";
import { mapSection, readSection, type Section } from "~/utils/section";

/** The categories staff filter by, in the order the page offers them. */
const guidelineCategories = ["JOURNAL_ONLINE", "SEALING", "BLOCKING_GUARDIAN", "LOCKING_ACCOUNT", "MINORS_ACCESS", "RELEASE_OF_RECORDS", "LEGAL_REPRESENTATIVE", "OTHER"] as const;

export const guidelineCategoryOptions = (lang: Lang) => guidelineCategories.map((value) => ({ value, label: guidelineCategoryLabel(value, lang) }));

export const PAGE_SIZE = 20;

export type ListParams = { category: string | null; after: string | null };

/** Reads ?kategori= and ?efter=; an unknown category is no filter rather than an error page. */
export function readListParams(search: URLSearchParams): ListParams {
  const category = search.get("kategori");
  const after = search.get("efter");
  return {
    category: category && (guidelineCategories as readonly string[]).includes(category) ? category : null,
    after: after && after.length <= 2000 ? after : null,
  };
}

export const toListVariables = (params: ListParams) => ({ first: PAGE_SIZE, after: params.after, filter: params.category ? { category: params.category } : null });

const Guidelines = z.object({
  totalCount: z.number().int(),
  edges: z.array(
    z.object({
      node: z.object({
        id: z.string(),
        slug: z.string(),
        title: z.object({ sv: z.string(), en: z.string().nullish() }),
        summary: z.object({ sv: z.string(), en: z.string().nullish() }),
        category: z.string(),
        audience: z.string(),
        region: z.string(),
        reviewDue: z.string().nullish(),
      }),
    }),
  ),
  pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullish() }),
});

export type GuidelineListItem = {
  slug: string;
  /** The Swedish path; the page links it with LocaleLink, which puts it in the page's language. */
  href: string;
  title: PickedText;
  summary: PickedText;
  category: string;
  region: string;
  staffOnly: boolean;
  reviewDue: string | null;
  /** The review date has passed: the guidance may be out of date. */
  overdue: boolean;
};

export type GuidelineGroup = { category: string; items: GuidelineListItem[] };

export type GuidelineListView = Section<{ totalCount: number; groups: GuidelineGroup[]; nextHref: string | null }>;

/** Grouped by the category's name in `lang`; titles and summaries in `lang` where written, else Swedish marked. */
export function toGuidelineListView(result: GatewayResult, params: ListParams, today: string, lang: Lang): GuidelineListView {
  return mapSection(readSection(result, "guidelines", Guidelines), (data) => {
    const groups: GuidelineGroup[] = [];
    for (const { node } of data.edges) {
      const category = guidelineCategoryLabel(node.category, lang);
      let group = groups.find((g) => g.category === category);
      if (!group) groups.push((group = { category, items: [] }));
      group.items.push({
        slug: node.slug,
        href: `/riktlinjer/${encodeURIComponent(node.slug)}`,
        title: pickText(node.title, lang),
        summary: pickText(node.summary, lang),
        category,
        region: node.region,
        staffOnly: node.audience === "STAFF",
        reviewDue: node.reviewDue ?? null,
        overdue: !!node.reviewDue && node.reviewDue < today,
      });
    }
    const next = new URLSearchParams();
    if (params.category) next.set("kategori", params.category);
    if (data.pageInfo.endCursor) next.set("efter", data.pageInfo.endCursor);
    return { totalCount: data.totalCount, groups, nextHref: data.pageInfo.hasNextPage ? `/riktlinjer?${next}` : null };
  });
}
