import { renderMarkdown } from "@vardportal/web/markdown";
import { z } from "zod";
import type { GatewayResult } from "~/utils/gateway.server";
import { guidelineCategoryLabel } from "~/utils/labels";
import { mapSection, readSection, type Section } from "~/utils/section";

const Guideline = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.object({ sv: z.string() }),
    summary: z.object({ sv: z.string() }),
    body: z.object({ sv: z.string() }),
    category: z.string(),
    audience: z.string(),
    region: z.string(),
    owner: z.string(),
    lastReviewed: z.string().nullish(),
    reviewDue: z.string().nullish(),
    relatedForms: z.array(z.object({ name: z.string(), whereToFind: z.string().nullish(), sendTo: z.string().nullish() })).default([]),
    contactRoutes: z
      .array(z.object({ label: z.string(), phone: z.string().nullish(), hours: z.string().nullish(), note: z.string().nullish() }))
      .default([]),
  })
  .nullable();

export type GuidelineFormView = { name: string; whereToFind: string | null; sendTo: string | null };
export type GuidelineContactView = { label: string; phone: { text: string; href: string } | null; hours: string | null; note: string | null };

export type TocEntry = { id: string; level: 2 | 3; text: string };

export type GuidelinePageView = {
  title: string;
  summary: string;
  /** Sanitised by renderMarkdown; the only change after it is an id on each h2 and h3. */
  html: string;
  toc: TocEntry[];
  category: string;
  region: string;
  owner: string;
  staffOnly: boolean;
  lastReviewed: string | null;
  reviewDue: string | null;
  overdue: boolean;
  forms: GuidelineFormView[];
  contacts: GuidelineContactView[];
};

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const textOf = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e).trim();

/** "Under 13 år" → "under-13-ar"; only a–z, 0–9 and hyphens, so it is safe as an attribute value. */
export const anchorOf = (text: string) =>
  text.toLowerCase().normalize("NFD").replace(/\p{Diacritic}/gu, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "avsnitt";

/**
 * The table of contents comes from the rendered headings themselves, so it never lists a heading the
 * page lacks. renderMarkdown's allow-list strips every attribute from headings, so an `<h2>` here
 * has none; the id added is built from [a-z0-9-] only.
 */
export function withHeadingAnchors(html: string): { html: string; toc: TocEntry[] } {
  const toc: TocEntry[] = [];
  const used = new Map<string, number>();
  const out = html.replace(/<h([23])>([\s\S]*?)<\/h\1>/g, (_match, level: string, inner: string) => {
    const text = textOf(inner);
    const base = anchorOf(text);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    toc.push({ id, level: Number(level) as 2 | 3, text });
    return `<h${level} id="${id}">${inner}</h${level}>`;
  });
  return { html: out, toc };
}

/** Null when there is no such guideline, or the viewer may not read it: the page answers 404. */
export function toGuidelinePageView(result: GatewayResult, today: string): Section<GuidelinePageView | null> {
  return mapSection(readSection(result, "guideline", Guideline), (g) => {
    if (!g) return null;
    const { html, toc } = withHeadingAnchors(renderMarkdown(g.body.sv));
    return {
      title: g.title.sv,
      summary: g.summary.sv,
      html,
      toc,
      category: guidelineCategoryLabel(g.category),
      region: g.region,
      owner: g.owner,
      staffOnly: g.audience === "STAFF",
      lastReviewed: g.lastReviewed ?? null,
      reviewDue: g.reviewDue ?? null,
      overdue: !!g.reviewDue && g.reviewDue < today,
      forms: g.relatedForms.map((f) => ({ name: f.name, whereToFind: f.whereToFind ?? null, sendTo: f.sendTo ?? null })),
      contacts: g.contactRoutes.map((c) => ({
        label: c.label,
        phone: c.phone ? { text: c.phone, href: `tel:${c.phone.replace(/[^\d+]/g, "")}` } : null,
        hours: c.hours ?? null,
        note: c.note ?? null,
      })),
    };
  });
}
