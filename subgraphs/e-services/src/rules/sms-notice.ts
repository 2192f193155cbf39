import { DateTime } from "luxon";
import { SWEDISH_ZONE } from "./check-in-window.js";

/** The SMS reminder goes two hours before the visit (DOMAIN.md, check-in). */
export const NOTICE_HOURS_BEFORE = 2;

export interface NoticeFacts {
  startsAt: Date;
  smsConsent: boolean;
  smsNumber: string | null;
  careUnitName: string;
  video: boolean;
  checkInOpensAt: Date;
}

export const noticeDueAt = (startsAt: Date): Date => new Date(startsAt.getTime() - NOTICE_HOURS_BEFORE * 3_600_000);

/**
 * Whether a visit gets a reminder now: only with consent and a number, from two hours before it, and
 * never once it has started (a scheduler that was down does not send a reminder for a visit that is over).
 */
export function noticeIsDue(facts: Pick<NoticeFacts, "startsAt" | "smsConsent" | "smsNumber">, now: Date): boolean {
  return facts.smsConsent && !!facts.smsNumber && noticeDueAt(facts.startsAt) <= now && now < facts.startsAt;
}

/** The reminder's text, in Swedish, times on a Swedish clock; no personal data beyond what the visit is. */
export function noticeBody(facts: NoticeFacts, checkInUrl: string): string {
  const at = (d: Date) => DateTime.fromJSDate(d, { zone: SWEDISH_ZONE }).toFormat("HH.mm");
  const after = facts.video ? "Mottagningen ringer upp dig i appen Vård i Norr." : "Välkommen!";
  return `Påminnelse: du har en tid kl. ${at(facts.startsAt)} hos ${facts.careUnitName}. Checka in och betala från kl. ${at(facts.checkInOpensAt)}: ${checkInUrl} ${after}`;
}
