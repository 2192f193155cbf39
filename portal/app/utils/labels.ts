import { tFor } from "~/i18n/instance";
import { defaultLang, type Lang } from "~/i18n/languages";

/**
 * Names of the API's enum values, in the page's language (the `labels` strings). A value added to the schema
 * later falls back as each function says, so the page never shows a raw code.
 */
function label(lang: Lang, group: "careUnitKind" | "eServiceChannel" | "guidelineCategory" | "feeQuoteReason" | "contactRouteKind", value: string): string | null {
  const t = tFor(lang, "labels");
  const key = `${group}.${value}` as "careUnitKind.OTHER";
  return t(key, { defaultValue: "" }) || null;
}

/** Name of a CareUnit.kind; a kind added to the schema later reads as "Övrigt"/"Other" until it gets a name. */
export function careUnitKindLabel(kind: string, lang: Lang = defaultLang): string {
  return label(lang, "careUnitKind", kind) ?? label(lang, "careUnitKind", "OTHER")!;
}

/** Name of an EService.channel; an unknown channel is not shown. */
export function eServiceChannelLabel(channel: string, lang: Lang = defaultLang): string | null {
  return label(lang, "eServiceChannel", channel);
}

/** Name of a Guideline.category; an unknown category reads as "Övrigt"/"Other". */
export function guidelineCategoryLabel(category: string, lang: Lang = defaultLang): string {
  return label(lang, "guidelineCategory", category) ?? label(lang, "guidelineCategory", "OTHER")!;
}

/** Name of a FeeQuote.reason; a reason added later is not named (the explanation still says why). */
export function feeQuoteReasonLabel(reason: string, lang: Lang = defaultLang): string | null {
  return label(lang, "feeQuoteReason", reason);
}

/** The CareUnit.kind values the portal knows, in the order the search form lists them. */
export const careUnitKinds = ["HEALTH_CENTRE", "HOSPITAL_CLINIC", "DENTAL_CARE", "YOUTH_CLINIC", "PSYCHIATRY", "EMERGENCY_DEPARTMENT", "OTHER"] as const;

/** The kinds of care unit a search can filter on, in the order the form lists them. */
export function careUnitKindOptions(lang: Lang = defaultLang): { value: string; label: string }[] {
  return careUnitKinds.map((value) => ({ value, label: careUnitKindLabel(value, lang) }));
}

/** Name of a ContactRoute.kind; a kind added later reads as "Annan kontaktväg"/"Other contact route". */
export function contactRouteKindLabel(kind: string, lang: Lang = defaultLang): string {
  return label(lang, "contactRouteKind", kind) ?? label(lang, "contactRouteKind", "OTHER")!;
}
