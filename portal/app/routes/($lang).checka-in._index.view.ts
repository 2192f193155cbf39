import { z } from "zod";
import { formatSek } from "~/utils/format";
import type { GatewayResult } from "~/utils/gateway.server";
import { readSection, type Section } from "~/utils/section";

const Visit = z.object({
  id: z.string(),
  patientName: z.string(),
  forDependant: z.boolean(),
  careUnitName: z.string(),
  startsAt: z.string(),
  mode: z.enum(["PHYSICAL", "VIDEO"]),
  checkInOpensAt: z.string(),
  checkInClosesAt: z.string(),
  fee: z.object({ amountSek: z.number().int(), free: z.boolean(), explanation: z.object({ sv: z.string() }) }).nullish(),
  checkIn: z.object({ id: z.string() }).nullish(),
});
const Visits = z.array(Visit);
const CardPayment = z.object({ provider: z.string(), charges: z.boolean() });

export type VisitState = "waiting" | "open" | "closed" | "done";

export type VisitView = {
  id: string;
  patientName: string;
  forDependant: boolean;
  careUnitName: string;
  modeLabel: string;
  startsAtText: string;
  state: VisitState;
  opensAt: string;
  opensAtText: string;
  /** Whole seconds from the server's now until check-in opens (0 once open), for the countdown. */
  secondsUntilOpen: number;
  closesAtText: string;
  /** null: the fee could not be worked out just now (the resident can still choose how to pay). */
  fee: { amount: string; free: boolean; explanation: string } | null;
  receiptHref: string | null;
};

export type CheckInPageView = {
  visits: Section<VisitView[]>;
  /** false: the local provider, which charges nothing; null when unknown. */
  cardCharges: boolean | null;
};

const swedishTime = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", minute: "2-digit" });
export const clockText = (iso: string) => `kl. ${swedishTime.format(new Date(iso)).replace(":", ".")}`;

/** Where a visit is, at the server's `now`: the same window the API enforces (open from its first minute, closed at its end). */
export function visitState(visit: { checkInOpensAt: string; checkInClosesAt: string; checkIn?: { id: string } | null }, now: Date): VisitState {
  if (visit.checkIn) return "done";
  if (now < new Date(visit.checkInOpensAt)) return "waiting";
  return now >= new Date(visit.checkInClosesAt) ? "closed" : "open";
}

export function toCheckInPage(result: GatewayResult, now: Date): CheckInPageView {
  const visits = readSection(result, "myVisitsToday", Visits);
  const card = readSection(result, "cardPayment", CardPayment);
  return {
    cardCharges: card.status === "ok" ? card.data.charges : null,
    visits:
      visits.status === "ok"
        ? {
            status: "ok",
            data: visits.data.map((v) => ({
              id: v.id,
              patientName: v.patientName,
              forDependant: v.forDependant,
              careUnitName: v.careUnitName,
              modeLabel: v.mode === "VIDEO" ? "Videobesök" : "Besök på mottagningen",
              startsAtText: clockText(v.startsAt),
              state: visitState(v, now),
              opensAt: v.checkInOpensAt,
              opensAtText: clockText(v.checkInOpensAt),
              secondsUntilOpen: Math.max(0, Math.ceil((new Date(v.checkInOpensAt).getTime() - now.getTime()) / 1000)),
              closesAtText: clockText(v.checkInClosesAt),
              fee: v.fee ? { amount: formatSek(v.fee.amountSek), free: v.fee.free, explanation: v.fee.explanation.sv } : null,
              receiptHref: v.checkIn ? `/checka-in/kvitto/${encodeURIComponent(v.checkIn.id)}` : null,
            })),
          }
        : visits,
  };
}

/** "om 12 minuter", "om 1 timme och 5 minuter", "om mindre än en minut". */
export function untilText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  if (seconds <= 60) return "om mindre än en minut";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const m = (n: number) => (n === 1 ? "1 minut" : `${n} minuter`);
  if (hours === 0) return `om ${m(minutes)}`;
  const h = hours === 1 ? "1 timme" : `${hours} timmar`;
  return rest ? `om ${h} och ${m(rest)}` : `om ${h}`;
}

/* ---- the check-in form ---- */

export const PAYMENT_CHOICES = { kort: "CARD", faktura: "INVOICE", gratis: null } as const;
export type PaymentChoice = keyof typeof PAYMENT_CHOICES;

export type CheckInForm = { ok: true; appointmentId: string; payment: "CARD" | "INVOICE" | null } | { ok: false; appointmentId: string | null; field: "besok" | "betalning"; message: string };

/** The POSTed form, checked on the server: which visit, and how to pay (card, invoice, or a free visit). */
export function parseCheckInForm(form: FormData): CheckInForm {
  const appointmentId = String(form.get("besok") ?? "").trim();
  if (!appointmentId || appointmentId.length > 64) return { ok: false, appointmentId: null, field: "besok", message: "Välj ett besök att checka in." };
  const choice = String(form.get("betalning") ?? "");
  if (!(choice in PAYMENT_CHOICES)) return { ok: false, appointmentId, field: "betalning", message: "Välj hur du vill betala: med kort eller mot faktura." };
  return { ok: true, appointmentId, payment: PAYMENT_CHOICES[choice as PaymentChoice] };
}

/** The message for a refused check-in: the API's own Swedish words where it gives them (window, payment), else by code. */
export function checkInRefusal(result: GatewayResult): { field: "besok" | "betalning"; message: string } {
  const error = result.errors.find((e) => e.path?.[0] === "checkIn") ?? result.errors[0];
  const code = error?.extensions?.code;
  const messages = error?.extensions?.messages as { sv?: string } | undefined;
  if (code === "BAD_USER_INPUT" && messages?.sv) return { field: error?.extensions?.field === "payment" ? "betalning" : "besok", message: messages.sv };
  if (code === "NOT_FOUND") return { field: "besok", message: "Besöket finns inte, eller så kan du inte checka in det." };
  if (code === "UNAUTHENTICATED") return { field: "besok", message: "Du behöver logga in igen." };
  return { field: "besok", message: "Incheckningen kunde inte göras just nu. Försök igen om en stund, eller anmäl dig i receptionen." };
}
