import { z } from "zod";
import { deliveryLabels, harmDecisionLabels, label, legalBasisLabels, releaseStatusLabels, stepLabels, subjectLabels } from "~/components/archive-labels";
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
  facts: { term: string; value: string }[];
  decisionText: string | null;
  /** The file name and size to show, and the id archive staff open it by. */
  attachments: { id: string; label: string }[];
  history: { key: number; at: string; what: string; note: string | null; who: string | null }[];
};

const stockholm = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "short", timeStyle: "short" });

/** The request, or "missing" (NOT_FOUND: another person's, or none) or "unavailable". */
export function toRequestView(result: GatewayResult): { status: "ok"; data: RequestView } | { status: "missing" } | { status: "unavailable" } {
  if (result.errors.some((e) => e.extensions?.code === "NOT_FOUND")) return { status: "missing" };
  const parsed = ReleaseRequestShape.safeParse(result.data?.releaseRequest);
  if (!parsed.success) return { status: "unavailable" };
  const r = parsed.data;
  const period = r.periodFrom ? `${r.periodFrom} – ${r.periodTo ?? ""}`.trim() : null;
  const facts = [
    ["Status", label(releaseStatusLabels, r.status)],
    ["Mottagen", r.receivedOn],
    ["Gäller", label(subjectLabels, r.subject) + (r.patientName ? `: ${r.patientName}` : "")],
    ["Period", period],
    ["Skadedatum", r.injuryDate],
    ["Skada eller orsak", r.injuryOrCause],
    ["Vårdenhet", r.careUnit],
    ["Grund", label(legalBasisLabels, r.legalBasis)],
    ["Önskat sätt att få kopian", label(deliveryLabels, r.deliveryWanted)],
    ["Beslut", r.harmDecision ? label(harmDecisionLabels, r.harmDecision) : null],
    ["Skäl", r.harmReasons],
    ["Skickad", r.sentOn ? `${r.sentOn}, ${label(deliveryLabels, r.sentChannel)}` : null],
  ].flatMap(([term, value]) => (value ? [{ term: term!, value }] : []));
  return {
    status: "ok",
    data: {
      id: r.id,
      referenceNumber: r.referenceNumber,
      status: label(releaseStatusLabels, r.status),
      statusCode: r.status,
      facts,
      decisionText: r.decisionText ?? null,
      attachments: r.attachments.map((a) => ({ id: a.id, label: `${a.fileName} (${Math.max(1, Math.round(a.sizeBytes / 1024))} kB)` })),
      history: r.history.map((h) => ({ key: h.seq, at: stockholm.format(new Date(h.at)), what: label(stepLabels, h.action), note: h.note ?? null, who: h.actorSubject ?? null })),
    },
  };
}
