import { z } from "zod";
import { tFor } from "~/i18n/instance";
import { defaultLang, intlLocale, type Lang } from "~/i18n/languages";
import { pickText, type PickedText } from "~/i18n/localized";
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
  fee: z.object({ amountSek: z.number().int(), free: z.boolean(), explanation: z.object({ sv: z.string(), en: z.string().nullish() }) }).nullish(),
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
  fee: { amount: string; free: boolean; explanation: PickedText } | null;
  receiptHref: string | null;
};

export type CheckInPageView = {
  visits: Section<VisitView[]>;
  /** false: the local provider, which charges nothing; null when unknown. */
  cardCharges: boolean | null;
};

// Clock times are Swedish time in both languages: the visit is in Sweden.
const clockFormats = new Map<Lang, Intl.DateTimeFormat>();
const clockFormat = (lang: Lang) =>
  clockFormats.get(lang) ??
  clockFormats.set(lang, new Intl.DateTimeFormat(intlLocale[lang], { timeZone: "Europe/Stockholm", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })).get(lang)!;

/** "kl. 09.20" on a Swedish page, "09:20" on an English one (its sentences say "at"). */
export const clockText = (iso: string, lang: Lang = defaultLang) => {
  const time = clockFormat(lang).format(new Date(iso));
  return tFor(lang, "checkIn")("clock", { time: lang === "sv" ? time.replace(":", ".") : time });
};

/** Where a visit is, at the server's `now`: the same window the API enforces (open from its first minute, closed at its end). */
export function visitState(visit: { checkInOpensAt: string; checkInClosesAt: string; checkIn?: { id: string } | null }, now: Date): VisitState {
  if (visit.checkIn) return "done";
  if (now < new Date(visit.checkInOpensAt)) return "waiting";
  return now >= new Date(visit.checkInClosesAt) ? "closed" : "open";
}

export function toCheckInPage(result: GatewayResult, now: Date, lang: Lang = defaultLang): CheckInPageView {
  const t = tFor(lang, "checkIn");
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
              modeLabel: v.mode === "VIDEO" ? t("visit.modeVideo") : t("visit.modePhysical"),
              startsAtText: clockText(v.startsAt, lang),
              state: visitState(v, now),
              opensAt: v.checkInOpensAt,
              opensAtText: clockText(v.checkInOpensAt, lang),
              secondsUntilOpen: Math.max(0, Math.ceil((new Date(v.checkInOpensAt).getTime() - now.getTime()) / 1000)),
              closesAtText: clockText(v.checkInClosesAt, lang),
              fee: v.fee ? { amount: formatSek(v.fee.amountSek, lang), free: v.fee.free, explanation: pickText(v.fee.explanation, lang) } : null,
              receiptHref: v.checkIn ? `/checka-in/kvitto/${encodeURIComponent(v.checkIn.id)}` : null,
            })),
          }
        : visits,
  };
}

/** "om 12 minuter", "om 1 timme och 5 minuter", "om mindre än en minut" ("in 12 minutes" …). */
export function untilText(seconds: number, lang: Lang = defaultLang): string {
  const t = tFor(lang, "checkIn");
  const minutes = Math.ceil(seconds / 60);
  if (seconds <= 60) return t("countdown.lessThanMinute");
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t("countdown.in", { time: t("countdown.minutes", { count: minutes }) });
  const h = t("countdown.hours", { count: hours });
  return t("countdown.in", { time: rest ? t("countdown.hoursAndMinutes", { hours: h, minutes: t("countdown.minutes", { count: rest }) }) : h });
}

/* ---- the check-in form ---- */

export const PAYMENT_CHOICES = { kort: "CARD", faktura: "INVOICE", gratis: null } as const;
export type PaymentChoice = keyof typeof PAYMENT_CHOICES;

export type CheckInForm = { ok: true; appointmentId: string; payment: "CARD" | "INVOICE" | null } | { ok: false; appointmentId: string | null; field: "besok" | "betalning"; message: string };

/** The POSTed form, checked on the server: which visit, and how to pay (card, invoice, or a free visit). */
export function parseCheckInForm(form: FormData, lang: Lang = defaultLang): CheckInForm {
  const t = tFor(lang, "checkIn");
  const appointmentId = String(form.get("besok") ?? "").trim();
  if (!appointmentId || appointmentId.length > 64) return { ok: false, appointmentId: null, field: "besok", message: t("errors.chooseVisit") };
  const choice = String(form.get("betalning") ?? "");
  if (!(choice in PAYMENT_CHOICES)) return { ok: false, appointmentId, field: "betalning", message: t("errors.choosePayment") };
  return { ok: true, appointmentId, payment: PAYMENT_CHOICES[choice as PaymentChoice] };
}

/**
 * The message for a refused check-in: the API's own words in the page's language where it gives them (window,
 * payment; its Swedish when it has no English), else ours by code.
 */
export function checkInRefusal(result: GatewayResult, lang: Lang = defaultLang): { field: "besok" | "betalning"; message: string } {
  const t = tFor(lang, "checkIn");
  const error = result.errors.find((e) => e.path?.[0] === "checkIn") ?? result.errors[0];
  const code = error?.extensions?.code;
  const messages = error?.extensions?.messages as { sv?: string; en?: string | null } | undefined;
  const field = error?.extensions?.field === "payment" ? "betalning" : "besok";
  if (code === "BAD_USER_INPUT" && messages?.sv) {
    if (lang === "sv" || messages.en) return { field, message: lang === "sv" ? messages.sv : messages.en! };
    return { field, message: field === "betalning" ? t("errors.choosePayment") : t("errors.failed") };
  }
  if (code === "NOT_FOUND") return { field: "besok", message: t("errors.notFound") };
  if (code === "UNAUTHENTICATED") return { field: "besok", message: t("errors.logIn") };
  return { field: "besok", message: t("errors.failed") };
}
