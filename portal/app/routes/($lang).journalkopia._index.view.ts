import { z } from "zod";
import { tFor } from "~/i18n/instance";
import type { Lang } from "~/i18n/languages";
import { pickText, type PickedText } from "~/i18n/localized";
import type { GatewayResult } from "~/utils/gateway.server";
import { mapSection, readSection, type Section } from "~/utils/section";

/** The guide's questions: each answer a fixed code; the words are `recordCopy:guide.questions.<question>`. */
export const adviceQuestions = {
  whose: ["OWN", "CHILD", "DECEASED_RELATIVE", "PRINCIPAL"],
  period: ["CURRENT", "OLDER_PAPER", "UNKNOWN"],
  provider: ["REGION", "PRIVATE_PROVIDER", "CLOSED_PRIVATE_PROVIDER", "MUNICIPAL_SCHOOL", "OTHER_REGION"],
  person: ["LIVING", "RECENTLY_DECEASED", "DIED_LONG_AGO"],
} as const;

export type AdviceAnswers = { [K in keyof typeof adviceQuestions]: (typeof adviceQuestions)[K][number] };

/** The answers from the GET form, or null until every question has a valid answer. */
export function readAnswers(params: URLSearchParams): { answers: AdviceAnswers | null; values: Record<string, string>; missing: string[] } {
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const [key, question] of Object.entries(adviceQuestions)) {
    const value = params.get(key) ?? "";
    if (value && (question as readonly string[]).includes(value)) values[key] = value;
    else missing.push(key);
  }
  const asked = [...params.keys()].some((k) => k in adviceQuestions);
  return { answers: missing.length === 0 ? (values as AdviceAnswers) : null, values, missing: asked ? missing : [] };
}

const Text = z.object({ sv: z.string(), en: z.string().nullish() });
const Advice = z.object({
  answer: z.enum(["CARE_UNIT", "ARCHIVE", "OTHER_BODY"]),
  contact: Text,
  reasons: z.array(Text),
  requirements: z.array(Text),
  requestHere: z.boolean(),
});

/** The heading is ours; the contact, reasons and requirements are the archive's texts, English where written. */
export type AdviceView = { heading: string; contact: PickedText; reasons: PickedText[]; requirements: PickedText[]; requestHere: boolean };

export function toAdviceView(result: GatewayResult, lang: Lang = "sv"): Section<AdviceView> {
  const t = tFor(lang, "recordCopy");
  return mapSection(readSection(result, "recordCopyAdvice", Advice), (a) => ({
    heading: t(`guide.headings.${a.answer}`),
    contact: pickText(a.contact, lang),
    reasons: a.reasons.map((r) => pickText(r, lang)),
    requirements: a.requirements.map((r) => pickText(r, lang)),
    requestHere: a.requestHere,
  }));
}
