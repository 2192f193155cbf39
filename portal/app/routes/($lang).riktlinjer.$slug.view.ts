import { renderMarkdown } from "@vardportal/web/markdown";
import { z } from "zod";
import type { Lang } from "~/i18n/languages";
import { pickOptional, pickText, type PickedText } from "~/i18n/localized";
import type { GatewayResult } from "~/utils/gateway.server";
import { guidelineCategoryLabel } from "~/utils/labels";
import { mapSection, readSection, type Section } from "~/utils/section";

const localizedText = z.object({ sv: z.string(), en: z.string().nullish() });

const Guideline = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: localizedText,
    summary: localizedText,
    body: localizedText,
    /** Null where none is written. */
    easyToRead: localizedText.nullish(),
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

/** The body in the language shown: `fallback` when an English page shows the Swedish text. */
export type GuidelineBodyView = {
  /** Sanitised by renderMarkdown; the only change after it is an id on each h2 and h3. */
  html: string;
  lang: Lang;
  fallback: boolean;
};

/** The easy-to-read summary (lättläst): plain text, one entry per paragraph, line breaks inside one kept as "\n". */
export type EasyToReadView = { paragraphs: string[]; lang: Lang; fallback: boolean };

export type GuidelinePageView = {
  title: PickedText;
  summary: PickedText;
  body: GuidelineBodyView;
  /** Built from the headings of the body shown, so it is in the same language and its links hit its anchors. */
  toc: TocEntry[];
  easyToRead: EasyToReadView | null;
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

/** As the API defines it: an empty line starts a new paragraph, a single line break is kept (as "\n"). */
const paragraphsOf = (text: string) =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((p) =>
      p
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .join("\n"),
    )
    .filter(Boolean);

function toEasyToRead(picked: PickedText | null): EasyToReadView | null {
  const paragraphs = picked ? paragraphsOf(picked.text) : [];
  return picked && paragraphs.length > 0 ? { paragraphs, lang: picked.lang, fallback: picked.fallback } : null;
}

/**
 * Null when there is no such guideline, or the viewer may not read it: the page answers 404. Every text
 * is in `lang` where it was written in it, otherwise Swedish marked as a fallback.
 */
export function toGuidelinePageView(result: GatewayResult, today: string, lang: Lang): Section<GuidelinePageView | null> {
  return mapSection(readSection(result, "guideline", Guideline), (g) => {
    if (!g) return null;
    const body = pickText(g.body, lang);
    const { html, toc } = withHeadingAnchors(renderMarkdown(body.text));
    return {
      title: pickText(g.title, lang),
      summary: pickText(g.summary, lang),
      body: { html, lang: body.lang, fallback: body.fallback },
      toc,
      easyToRead: toEasyToRead(pickOptional(g.easyToRead, lang)),
      category: guidelineCategoryLabel(g.category, lang),
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
