import { z } from "zod";
import { archiveLabel, type Fact } from "~/components/archive-labels";
import { tFor } from "~/i18n/instance";
import { intlLocale, type Lang } from "~/i18n/languages";
import type { Resources } from "~/i18n/namespaces";
import type { GatewayResult } from "~/utils/gateway.server";

export const ReleaseRequestShape = z.object({
  id: z.string(),
  referenceNumber: z.string(),
  status: z.string(),
  receivedOn: z.string(),
  subject: z.string(),
  patientName: z.string().nullish(),
  periodFrom: z.string().nullish(),
  periodTo: z.string().nullish(),
  injuryDate: z.string().nullish(),
  injuryOrCause: z.string(),
  careUnit: z.string(),
  legalBasis: z.string(),
  deliveryWanted: z.string(),
  harmDecision: z.string().nullish(),
  harmReasons: z.string().nullish(),
  decisionText: z.string().nullish(),
  sentChannel: z.string().nullish(),
  sentOn: z.string().nullish(),
  attachments: z.array(z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number() })),
  history: z.array(z.object({ seq: z.number(), at: z.string(), action: z.string(), toStatus: z.string(), note: z.string().nullish(), actorSubject: z.string().nullish() })),
});

export type RequestView = {
  id: string;
  referenceNumber: string;
  status: string;
  statusCode: string;
  /** Names, free text and the archive's own words are Swedish (`sv`); the rest is in the page's language. */
  facts: Fact[];
  /** Written by the archive, in Swedish. */
  decisionText: string | null;
  /** The file name and size to show, and the id archive staff open it by. */
  attachments: { id: string; label: string }[];
  history: { key: number; at: string; what: string; note: string | null; who: string | null }[];
};

/** A moment as Swedish time, whatever the language: "2026-03-02 09:00" / "2 Mar 2026, 09:00". */
const stockholm: Record<Lang, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat(intlLocale.sv, { timeZone: "Europe/Stockholm", dateStyle: "short", timeStyle: "short" }),
  en: new Intl.DateTimeFormat(intlLocale.en, { timeZone: "Europe/Stockholm", dateStyle: "medium", timeStyle: "short" }),
};
export const formatStockholmTime = (iso: string, lang: Lang) => stockholm[lang].format(new Date(iso));

/** The request, or "missing" (NOT_FOUND: another person's, or none) or "unavailable". */
export function toRequestView(result: GatewayResult, lang: Lang = "sv"): { status: "ok"; data: RequestView } | { status: "missing" } | { status: "unavailable" } {
  if (result.errors.some((e) => e.extensions?.code === "NOT_FOUND")) return { status: "missing" };
  const parsed = ReleaseRequestShape.safeParse(result.data?.releaseRequest);
  if (!parsed.success) return { status: "unavailable" };
  const r = parsed.data;
  const period = r.periodFrom ? `${r.periodFrom} – ${r.periodTo ?? ""}`.trim() : null;
  const t = tFor(lang, "archive");
  const label = (group: Parameters<typeof archiveLabel>[0], code: string | null | undefined) => archiveLabel(group, code, lang);
  const mark = lang !== "sv";
  const fact = (key: keyof Resources["archive"]["request"]["facts"], value: string | null | undefined, swedish = false): Fact[] =>
    value ? [{ term: t(`request.facts.${key}`), value, ...(swedish && mark ? { sv: true } : {}) }] : [];
  const facts: Fact[] = [
    ...fact("status", label("releaseStatus", r.status)),
    ...fact("receivedOn", r.receivedOn),
    // "Mitt barns journal: Kalle": the person's name is Swedish and so marked.
    ...fact("subject", label("subject", r.subject)).map((f) => (r.patientName ? { ...f, name: r.patientName } : f)),
    ...fact("period", period),
    ...fact("injuryDate", r.injuryDate),
    ...fact("injuryOrCause", r.injuryOrCause, true),
    ...fact("careUnit", r.careUnit, true),
    ...fact("legalBasis", label("legalBasis", r.legalBasis)),
    ...fact("deliveryWanted", label("delivery", r.deliveryWanted)),
    ...fact("decision", r.harmDecision ? label("harmDecision", r.harmDecision) : null),
    ...fact("reasons", r.harmReasons, true),
    ...fact("sent", r.sentOn ? t("request.sentOn", { date: r.sentOn, channel: label("delivery", r.sentChannel) }) : null),
  ];
  return {
    status: "ok",
    data: {
      id: r.id,
      referenceNumber: r.referenceNumber,
      status: label("releaseStatus", r.status),
      statusCode: r.status,
      facts,
      decisionText: r.decisionText ?? null,
      attachments: r.attachments.map((a) => ({ id: a.id, label: t("request.attachment", { name: a.fileName, size: Math.max(1, Math.round(a.sizeBytes / 1024)) }) })),
      history: r.history.map((h) => ({ key: h.seq, at: formatStockholmTime(h.at, lang), what: label("step", h.action), note: h.note ?? null, who: h.actorSubject ?? null })),
    },
  };
}
