import { z } from "zod";
import { tFor } from "~/i18n/instance";
import { defaultLang, type Lang } from "~/i18n/languages";
import { pickText, type PickedText } from "~/i18n/localized";
import type { GatewayResult } from "~/utils/gateway.server";
import { mapSection, readSection, type Section } from "~/utils/section";

export type ExplainerValues = { region: string; childAge: string; childProtected: boolean; youProtected: boolean; youSealed: boolean; granted: boolean };
export type ExplainerErrors = Partial<Record<"childAge" | "region", string>>;

/** Region names are Swedish in both languages. */
export const explainerRegions = ["Skåne", "Kronoberg"];

export function readExplainer(search: URLSearchParams): { asked: boolean; values: ExplainerValues } {
  const region = search.get("region") ?? "";
  return {
    asked: search.has("alder"),
    values: {
      region: explainerRegions.includes(region) ? region : "Skåne",
      childAge: (search.get("alder") ?? "").trim().slice(0, 10),
      childProtected: search.get("barnSkyddad") === "on",
      youProtected: search.get("duSkyddad") === "on",
      youSealed: search.get("duForseglad") === "on",
      granted: search.get("beviljad") === "on",
    },
  };
}

/** The question for the API, or the field message (in the page's language) when the age cannot be one. */
export function toQuestion(v: ExplainerValues, lang: Lang = defaultLang): { question: Record<string, unknown> } | { errors: ExplainerErrors } {
  if (!/^\d{1,2}$/.test(v.childAge) || Number(v.childAge) > 17) return { errors: { childAge: tFor(lang, "journal")("fieldErrors.childAge") } };
  return {
    question: {
      region: v.region,
      childAge: Number(v.childAge),
      childProtectedIdentity: v.childProtected,
      guardianProtectedIdentity: v.youProtected,
      guardianOwnJournalSealed: v.youSealed,
      guardianGranted: v.granted,
    },
  };
}

const Party = z.object({ eServices: z.boolean(), journal: z.string(), visibleUnits: z.array(z.string()).optional(), reasons: z.array(z.object({ rule: z.string(), text: z.object({ sv: z.string(), en: z.string().nullish() }) })) });
const Answer = z.object({ you: Party, child: Party });

type PartyAnswer = { eServices: string; journal: string; why: PickedText[] };
export type ExplainerAnswer = { you: PartyAnswer; child: PartyAnswer };

/** The answer in plain words in the page's language; the rules' reasons are content (English where written). */
export function toExplainerAnswer(result: GatewayResult, lang: Lang = defaultLang): Section<ExplainerAnswer> {
  const t = tFor(lang, "journal");
  const yesNo = (yes: boolean) => (yes ? t("answer.yes") : t("answer.no"));
  const journalWords = (journal: string) => (journal === "FULL" ? t("answer.yes") : journal === "PARTIAL" ? t("answer.partial") : t("answer.no"));
  const party = (p: z.output<typeof Party>): PartyAnswer => ({ eServices: yesNo(p.eServices), journal: journalWords(p.journal), why: p.reasons.map((r) => pickText(r.text, lang)) });
  return mapSection(readSection(result, "explainJournalAccess", Answer), (a) => ({ you: party(a.you), child: party(a.child) }));
}
