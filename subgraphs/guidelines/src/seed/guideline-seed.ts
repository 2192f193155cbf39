import { ContentStatus, localized, seedId } from "@vardportal/kit";
import type { Audience } from "@vardportal/kit";
import type { GuidelineCategory } from "../entities/guideline-category.js";
import type { GuidelineContact, GuidelineForm } from "../entities/guideline-links.js";
import type { Guideline } from "../entities/guideline.entity.js";

/** Who keeps a region's seed guidelines, and when they were "reviewed". */
export interface SeedOwner {
  region: "Kronoberg" | "Skåne";
  owner: string;
  lastReviewed: string;
  reviewDue: string;
}

export interface GuidelineSeed {
  slug: string;
  category: GuidelineCategory;
  /** Left out for staff guidance (Guideline makes it STAFF); only resident-facing texts say PUBLIC. */
  audience?: Audience;
  title: { sv: string; en: string };
  summary: { sv: string; en: string };
  /** Markdown. Staff guidance is written in Swedish only, so `en` is null and the portal falls back. */
  body: { sv: string; en: string | null };
  /**
   * An easy-to-read summary (lättläst) for a guideline residents read: plain text, paragraphs split
   * by an empty line, saying nothing the body does not say.
   */
  easyToRead?: { sv: string; en: string | null };
  relatedForms?: GuidelineForm[];
  contactRoutes?: GuidelineContact[];
}

export function toGuideline(owner: SeedOwner, seed: GuidelineSeed): Partial<Guideline> {
  return {
    id: seedId("guideline", seed.slug),
    slug: seed.slug,
    category: seed.category,
    audience: seed.audience,
    status: ContentStatus.PUBLISHED,
    region: owner.region,
    owner: owner.owner,
    lastReviewed: owner.lastReviewed,
    reviewDue: owner.reviewDue,
    title: localized(seed.title.sv, seed.title.en),
    summary: localized(seed.summary.sv, seed.summary.en),
    body: localized(seed.body.sv, seed.body.en),
    easyToReadText: { sv: seed.easyToRead?.sv ?? null, en: seed.easyToRead?.en ?? null },
    relatedForms: seed.relatedForms ?? [],
    contactRoutes: seed.contactRoutes ?? [],
  };
}
