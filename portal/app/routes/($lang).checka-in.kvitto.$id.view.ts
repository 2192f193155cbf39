import { z } from "zod";
import { formatSek } from "~/utils/format";
import type { GatewayResult } from "~/utils/gateway.server";
import { readSection } from "~/utils/section";
import { clockText } from "./checka-in._index.view";

const Receipt = z
  .object({
    id: z.string(),
    payment: z.enum(["CARD", "INVOICE", "FREE"]),
    amountSek: z.number().int(),
    explanationSv: z.string(),
    invoiceReference: z.string().nullish(),
    provider: z.string().nullish(),
    providerReference: z.string().nullish(),
    charged: z.boolean(),
    checkedInAt: z.string(),
    appointment: z.object({ patientName: z.string(), careUnitName: z.string(), startsAt: z.string(), mode: z.enum(["PHYSICAL", "VIDEO"]) }).nullish(),
  })
  .nullable();

export type ReceiptView = {
  number: string;
  amount: string;
  explanation: string;
  paymentText: string;
  invoiceReference: string | null;
  /** Said whenever the provider only recorded the payment (the local one). */
  notChargedText: string | null;
  visit: { patientName: string; careUnitName: string; startsAtText: string; afterText: string } | null;
  checkedInAtText: string;
};

export type ReceiptOutcome = { status: "ok"; view: ReceiptView } | { status: "not-found" } | { status: "unavailable" };

const paymentTexts = { CARD: "Betalt med kort", INVOICE: "Faktura", FREE: "Ingen avgift att betala" } as const;

export function toReceipt(result: GatewayResult): ReceiptOutcome {
  const section = readSection(result, "checkInReceipt", Receipt);
  if (section.status === "unavailable") return { status: "unavailable" };
  const r = section.data;
  if (!r) return { status: "not-found" };
  return {
    status: "ok",
    view: {
      number: r.id,
      amount: formatSek(r.amountSek),
      explanation: r.explanationSv,
      paymentText: paymentTexts[r.payment],
      invoiceReference: r.payment === "INVOICE" ? (r.invoiceReference ?? null) : null,
      notChargedText: r.payment === "CARD" && !r.charged ? "Testmiljö: betalningen är registrerad, men inga pengar har dragits från ditt kort." : null,
      visit: r.appointment
        ? {
            patientName: r.appointment.patientName,
            careUnitName: r.appointment.careUnitName,
            startsAtText: clockText(r.appointment.startsAt),
            afterText: r.appointment.mode === "VIDEO" ? "Mottagningen ringer upp dig i appen när det är dags." : "Sätt dig i väntrummet; du blir uppropad.",
          }
        : null,
      checkedInAtText: clockText(r.checkedInAt),
    },
  };
}
