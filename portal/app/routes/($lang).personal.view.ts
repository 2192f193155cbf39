import { z } from "zod";
import type { Lang } from "~/i18n/languages";
import { pickText, type PickedText } from "~/i18n/localized";
import type { GatewayResult } from "~/utils/gateway.server";
import { guidelineCategoryLabel } from "~/utils/labels";
import { edgeNodes, mapSection, readSection, type Section } from "~/utils/section";

const Guidelines = z.object({
  totalCount: z.number().int(),
  edges: edgeNodes(
    z.object({
      id: z.string(),
      slug: z.string(),
      title: z.object({ sv: z.string(), en: z.string().nullish() }),
      summary: z.object({ sv: z.string(), en: z.string().nullish() }),
      category: z.string(),
      audience: z.string(),
      region: z.string(),
      owner: z.string(),
      reviewDue: z.string().nullish(),
    }),
  ),
});

const CareUnits = z.object({
  edges: edgeNodes(z.object({ id: z.string(), name: z.string(), municipality: z.string().nullish(), internalPhone: z.string().nullish() })),
});

export type StaffGuideline = {
  id: string;
  /** The guideline's own page (the Swedish path: the page links it with LocaleLink). */
  href: string;
  title: PickedText;
  summary: PickedText;
  category: string;
  region: string;
  owner: string;
  staffOnly: boolean;
  reviewDue: string | null;
};
export type InternalNumber = { id: string; name: string; municipality: string | null; phone: { text: string; href: string } };
export type StaffPageView = {
  guidelines: Section<{ totalCount: number; items: StaffGuideline[] }>;
  internalNumbers: Section<InternalNumber[]>;
};

/** Guideline titles and summaries in `lang` where written, otherwise Swedish marked; names of units stay Swedish. */
export function toStaffPageView(result: GatewayResult, lang: Lang): StaffPageView {
  return {
    guidelines: mapSection(readSection(result, "guidelines", Guidelines), (data) => ({
      totalCount: data.totalCount,
      items: data.edges.map((g) => ({
        id: g.id,
        href: `/riktlinjer/${encodeURIComponent(g.slug)}`,
        title: pickText(g.title, lang),
        summary: pickText(g.summary, lang),
        category: guidelineCategoryLabel(g.category, lang),
        region: g.region,
        owner: g.owner,
        staffOnly: g.audience === "STAFF",
        reviewDue: g.reviewDue ?? null,
      })),
    })),
    // A unit without an internal number is left out; a FORBIDDEN on the field would leave them all out.
    internalNumbers: mapSection(readSection(result, "careUnits", CareUnits), (data) =>
      data.edges.flatMap((unit) =>
        unit.internalPhone
          ? [{ id: unit.id, name: unit.name, municipality: unit.municipality ?? null, phone: { text: unit.internalPhone, href: `tel:${unit.internalPhone.replace(/[^\d+]/g, "")}` } }]
          : [],
      ),
    ),
  };
}
