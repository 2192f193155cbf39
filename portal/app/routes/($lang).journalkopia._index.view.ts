import { z } from "zod";
import type { GatewayResult } from "~/utils/gateway.server";
import { mapSection, readSection, type Section } from "~/utils/section";

/** The guide's questions: each answer a fixed code, with its Swedish words. */
export const adviceQuestions = {
  whose: { legend: "Vems journal gäller det?", options: { OWN: "Min egen", CHILD: "Mitt barns", DECEASED_RELATIVE: "En avliden anhörigs", PRINCIPAL: "Min huvudmans (jag är god man eller förvaltare)" } },
  period: { legend: "När skrevs journalen?", options: { CURRENT: "Nu eller de senaste åren", OLDER_PAPER: "För länge sedan, på papper", UNKNOWN: "Vet inte" } },
  provider: {
    legend: "Vem gav vården?",
    options: {
      REGION: "Region Norrbotten (tidigare landstinget)",
      PRIVATE_PROVIDER: "En privat vårdgivare",
      CLOSED_PRIVATE_PROVIDER: "En nedlagd privat vårdgivare i länet, till exempel Sensia eller LKAB-hälsan",
      MUNICIPAL_SCHOOL: "En kommunal skola",
      OTHER_REGION: "En annan region",
    },
  },
  person: { legend: "Lever personen?", options: { LIVING: "Ja", RECENTLY_DECEASED: "Personen dog nyligen", DIED_LONG_AGO: "Personen dog för länge sedan" } },
} as const;

export type AdviceAnswers = { [K in keyof typeof adviceQuestions]: keyof (typeof adviceQuestions)[K]["options"] };

/** The answers from the GET form, or null until every question has a valid answer. */
export function readAnswers(params: URLSearchParams): { answers: AdviceAnswers | null; values: Record<string, string>; missing: string[] } {
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const [key, question] of Object.entries(adviceQuestions)) {
    const value = params.get(key) ?? "";
    if (value && Object.hasOwn(question.options, value)) values[key] = value;
    else missing.push(key);
  }
  const asked = [...params.keys()].some((k) => k in adviceQuestions);
  return { answers: missing.length === 0 ? (values as AdviceAnswers) : null, values, missing: asked ? missing : [] };
}

const Advice = z.object({
  answer: z.enum(["CARE_UNIT", "ARCHIVE", "OTHER_BODY"]),
  contact: z.object({ sv: z.string() }),
  reasons: z.array(z.object({ sv: z.string() })),
  requirements: z.array(z.object({ sv: z.string() })),
  requestHere: z.boolean(),
});

export type AdviceView = { heading: string; contact: string; reasons: string[]; requirements: string[]; requestHere: boolean };

const headings = { CARE_UNIT: "Fråga vårdmottagningen", ARCHIVE: "Fråga Regionarkivet", OTHER_BODY: "Fråga någon annan" } as const;

export function toAdviceView(result: GatewayResult): Section<AdviceView> {
  return mapSection(readSection(result, "recordCopyAdvice", Advice), (a) => ({
    heading: headings[a.answer],
    contact: a.contact.sv,
    reasons: a.reasons.map((r) => r.sv),
    requirements: a.requirements.map((r) => r.sv),
    requestHere: a.requestHere,
  }));
}
