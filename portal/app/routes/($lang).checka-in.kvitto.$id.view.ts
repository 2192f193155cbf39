import { z } from "zod";
import { tFor } from "~/i18n/instance";
import { defaultLang, type Lang } from "~/i18n/languages";
import { pickText, type PickedText } from "~/i18n/localized";
import { formatSek } from "~/utils/format";
import type { GatewayResult } from "~/utils/gateway.server";
import { readSection } from "~/utils/section";
import { clockText } from "./($lang).checka-in._index.view";

const Receipt = z
  .object({
    id: z.string(),
    payment: z.enum(["CARD", "INVOICE", "FREE"]),
    amountSek: z.number().int(),
    explanationSv: z.string(),
    explanationEn: z.string().nullish(),
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
  explanation: PickedText;
  paymentText: string;
  invoiceReference: string | null;
  /** Said whenever the provider only recorded the payment (the local one). */
  notChargedText: string | null;
  visit: { patientName: string; careUnitName: string; startsAtText: string; afterText: string } | null;
  checkedInAtText: string;
};

export type ReceiptOutcome = { status: "ok"; view: ReceiptView } | { status: "not-found" } | { status: "unavailable" };

const paymentKeys = { CARD: "receipt.paymentCard", INVOICE: "receipt.paymentInvoice", FREE: "receipt.paymentFree" } as const;

export function toReceipt(result: GatewayResult, lang: Lang = defaultLang): ReceiptOutcome {
  const t = tFor(lang, "checkIn");
  const section = readSection(result, "checkInReceipt", Receipt);
  if (section.status === "unavailable") return { status: "unavailable" };
  const r = section.data;
  if (!r) return { status: "not-found" };
  return {
    status: "ok",
    view: {
      number: r.id,
      amount: formatSek(r.amountSek, lang),
      explanation: pickText({ sv: r.explanationSv, en: r.explanationEn }, lang),
      paymentText: t(paymentKeys[r.payment]),
      invoiceReference: r.payment === "INVOICE" ? (r.invoiceReference ?? null) : null,
      notChargedText: r.payment === "CARD" && !r.charged ? t("receipt.notCharged") : null,
      visit: r.appointment
        ? {
            patientName: r.appointment.patientName,
            careUnitName: r.appointment.careUnitName,
            startsAtText: clockText(r.appointment.startsAt, lang),
            afterText: r.appointment.mode === "VIDEO" ? t("receipt.afterVideo") : t("receipt.afterPhysical"),
          }
        : null,
      checkedInAtText: clockText(r.checkedInAt, lang),
    },
  };
}
