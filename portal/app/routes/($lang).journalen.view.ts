import { z } from "zod";
import type { GatewayResult } from "~/utils/gateway.server";
import { mapSection, readSection, type Section } from "~/utils/section";

export type ExplainerValues = { region: string; childAge: string; childProtected: boolean; youProtected: boolean; youSealed: boolean; granted: boolean };
export type ExplainerErrors = Partial<Record<"childAge" | "region", string>>;

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

/** The question for the API, or the field message when the age cannot be one. */
export function toQuestion(v: ExplainerValues): { question: Record<string, unknown> } | { errors: ExplainerErrors } {
  if (!/^\d{1,2}$/.test(v.childAge) || Number(v.childAge) > 17) return { errors: { childAge: "Skriv barnets ålder i hela år, från 0 till 17." } };
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

const Party = z.object({ eServices: z.boolean(), journal: z.string(), visibleUnits: z.array(z.string()).optional(), reasons: z.array(z.object({ rule: z.string(), text: z.object({ sv: z.string() }) })) });
const Answer = z.object({ you: Party, child: Party });

export type ExplainerAnswer = { you: { eServices: string; journal: string; why: string[] }; child: { eServices: string; journal: string; why: string[] } };

const journalWords = (journal: string) => (journal === "FULL" ? "Ja" : journal === "PARTIAL" ? "Ja, från vissa mottagningar" : "Nej");

export function toExplainerAnswer(result: GatewayResult): Section<ExplainerAnswer> {
  return mapSection(readSection(result, "explainJournalAccess", Answer), (a) => ({
    you: { eServices: a.you.eServices ? "Ja" : "Nej", journal: journalWords(a.you.journal), why: a.you.reasons.map((r) => r.text.sv) },
    child: { eServices: a.child.eServices ? "Ja" : "Nej", journal: journalWords(a.child.journal), why: a.child.reasons.map((r) => r.text.sv) },
  }));
}
