import { ageOn } from "@vardportal/kit/personnummer";
import { ageExemptionFor, describeExemption } from "./age-exemption.js";
import { longDate } from "./calendar-date.js";
import type { FeeLine, ScheduleTerms } from "./fee-line.js";
import { hasFrikortOn, type HighCostPeriod } from "./high-cost-account.js";
import { VisitKind } from "./visit-kind.js";

/** Why a quote is what it is; clients match on these, never on the explanation. */
export const FeeQuoteReason = {
  /** The line's amount, as the schedule states it. */
  STANDARD: "STANDARD",
  /** The patient's age on the visit day is exempt (e.g. under 20). */
  FREE_BY_AGE: "FREE_BY_AGE",
  /** The service itself costs nothing (a chat in Digitalen). */
  FREE_SERVICE: "FREE_SERVICE",
  /** The patient holds a frikort on the visit day. */
  HIGH_COST_LIMIT_REACHED: "HIGH_COST_LIMIT_REACHED",
  /** The visit reaches the limit: only what is left up to it is paid. */
  REACHES_HIGH_COST_LIMIT: "REACHES_HIGH_COST_LIMIT",
  /** A booked visit missed without cancelling: the schedule's missed-visit fee. */
  MISSED_VISIT: "MISSED_VISIT",
  /** A missed visit of a kind that carries no missed-visit fee. */
  MISSED_VISIT_NOT_CHARGED: "MISSED_VISIT_NOT_CHARGED",
} as const;
export type FeeQuoteReason = (typeof FeeQuoteReason)[keyof typeof FeeQuoteReason];

export interface QuoteFacts {
  visitKind: string;
  visitDate: string;
  birthDate: string;
  missed: boolean;
  /**
   * The patient's high-cost standing on the visit day, when it may be used (a resident quoting for
   * themselves, staff recording a payment): the period open that day, or null when none is; leave
   * it out when the account is not known.
   */
  highCost?: { period: HighCostPeriod | null };
}

export interface FeeQuote {
  amountSek: number;
  reason: FeeQuoteReason;
  explanation: { sv: string; en: string };
  /** The schedule line the quote was made from (for a missed visit: the MISSED_VISIT line when charged). */
  item: FeeLine;
  /** What the line costs before any exemption or limit. */
  standardAmountSek: number;
  /** Whole years on the visit day; a birthday on that day counts. */
  ageOnVisitDate: number;
  /** Whether the amount, once paid, counts towards the high-cost limit. */
  countsTowardsHighCost: boolean;
  highCostAccountApplied: boolean;
}

const sek = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });
const kr = (amount: number) => ({ sv: `${sek.format(amount)} kr`, en: `SEK ${sek.format(amount)}` });

/** The line for a visit kind in a schedule, or null when the schedule has no such line. */
export const findFeeLine = <T extends Pick<FeeLine, "visitKind">>(schedule: { items: readonly T[] }, visitKind: string): T | null =>
  schedule.items.find((item) => item.visitKind === visitKind) ?? null;

/**
 * What a visit costs, for the day of the visit, under the schedule in force that day. The visit kind
 * must be one of the schedule's lines (check with `findFeeLine` first). The checks go in the order the
 * rules take precedence: a missed visit (its own fee, which a frikort does not waive), a service that
 * costs nothing, the age exemption, and last the high-cost account (frikort, or what is left to the limit).
 */
export function quoteFee(schedule: ScheduleTerms, facts: QuoteFacts): FeeQuote {
  const line = findFeeLine(schedule, facts.visitKind);
  if (!line) throw new Error(`The schedule has no line for ${facts.visitKind}; check with findFeeLine first.`);
  const age = ageOn(facts.birthDate, facts.visitDate);
  const exemption = ageExemptionFor(schedule, age);
  const from = longDate(schedule.validFrom);
  const label = { sv: line.label.sv, en: line.label.en ?? line.label.sv };
  const base = { standardAmountSek: line.amountSek, ageOnVisitDate: age, highCostAccountApplied: facts.highCost !== undefined };
  const quote = (reason: FeeQuoteReason, amountSek: number, item: FeeLine, counts: boolean, explanation: { sv: string; en: string }): FeeQuote => ({
    ...base,
    amountSek,
    reason,
    item,
    countsTowardsHighCost: counts && amountSek > 0,
    explanation,
  });
  const exemptText = () => {
    const who = describeExemption(exemption!);
    return {
      sv: `Patienten är ${age} år på besöksdagen, och vården är avgiftsfri för den som är ${who.sv}.`,
      en: `The patient is ${age} on the day of the visit, and care is free for anyone ${who.en}.`,
    };
  };

  if (facts.missed || line.visitKind === VisitKind.MISSED_VISIT) {
    const missedLine = findFeeLine(schedule, VisitKind.MISSED_VISIT);
    const charged = missedLine && missedLine.amountSek > 0 && (line === missedLine || line.chargedWhenMissed);
    if (!charged) {
      return line.amountSek === 0
        ? quote(FeeQuoteReason.FREE_SERVICE, 0, line, false, {
            sv: `${label.sv}: ingen avgift tas ut, inte heller när tiden inte blir av.`,
            en: `${label.en}: there is no fee, not even when it does not take place.`,
          })
        : quote(FeeQuoteReason.MISSED_VISIT_NOT_CHARGED, 0, line, false, {
            sv: `${label.sv}: ingen avgift tas ut för ett uteblivet besök av det här slaget.`,
            en: `${label.en}: there is no fee for missing a visit of this kind.`,
          });
    }
    if (exemption && schedule.ageExemptionCoversMissedVisits) return quote(FeeQuoteReason.FREE_BY_AGE, 0, missedLine, false, exemptText());
    const amount = kr(missedLine.amountSek);
    return quote(FeeQuoteReason.MISSED_VISIT, missedLine.amountSek, missedLine, false, {
      sv: `Ett besök som uteblir utan att avbokas kostar ${amount.sv}. Avgiften räknas inte in i högkostnadsskyddet och ska betalas även med frikort.`,
      en: `A visit missed without cancelling costs ${amount.en}. The fee does not count towards high-cost protection and is due even with an exemption card.`,
    });
  }

  if (line.amountSek === 0) {
    return quote(FeeQuoteReason.FREE_SERVICE, 0, line, false, {
      sv: `${label.sv}: ingen avgift tas ut.`,
      en: `${label.en}: there is no fee.`,
    });
  }
  if (exemption) return quote(FeeQuoteReason.FREE_BY_AGE, 0, line, line.countsTowardsHighCost, exemptText());

  const amount = kr(line.amountSek);
  const standard = {
    sv: `${label.sv} kostar ${amount.sv} enligt avgifterna som gäller från ${from.sv}.`,
    en: `${label.en} costs ${amount.en} under the fees in force from ${from.en}.`,
  };
  if (!line.countsTowardsHighCost) {
    return quote(FeeQuoteReason.STANDARD, line.amountSek, line, false, {
      sv: `${standard.sv} Avgiften räknas inte in i högkostnadsskyddet.`,
      en: `${standard.en} The fee does not count towards high-cost protection.`,
    });
  }
  if (!facts.highCost) {
    return quote(FeeQuoteReason.STANDARD, line.amountSek, line, true, {
      sv: `${standard.sv} Har du frikort från högkostnadsskyddet betalar du ingenting.`,
      en: `${standard.en} With an exemption card from high-cost protection you pay nothing.`,
    });
  }

  const period = facts.highCost.period;
  const limitSek = period?.limitSek ?? schedule.highCostLimitSek;
  const limit = kr(limitSek);
  if (period && hasFrikortOn(period, facts.visitDate)) {
    const until = longDate(period.endsOn);
    return quote(FeeQuoteReason.HIGH_COST_LIMIT_REACHED, 0, line, true, {
      sv: `Du har nått gränsen för högkostnadsskyddet (${limit.sv}) och har frikort till och med ${until.sv}. Besöket är avgiftsfritt.`,
      en: `You have reached the high-cost protection limit (${limit.en}) and hold an exemption card until ${until.en}. The visit is free.`,
    });
  }
  const remaining = period ? period.remainingSek : limitSek;
  if (line.amountSek >= remaining) {
    const left = kr(remaining);
    return quote(FeeQuoteReason.REACHES_HIGH_COST_LIMIT, remaining, line, true, {
      sv: `${standard.sv} Du har ${left.sv} kvar till gränsen för högkostnadsskyddet (${limit.sv}), så du betalar ${left.sv} och får sedan frikort för resten av perioden.`,
      en: `${standard.en} You have ${left.en} left to the high-cost protection limit (${limit.en}), so you pay ${left.en} and then hold an exemption card for the rest of the period.`,
    });
  }
  const paid = kr(period?.paidSek ?? 0);
  return quote(FeeQuoteReason.STANDARD, line.amountSek, line, true, {
    sv: `${standard.sv} Du har betalat ${paid.sv} av ${limit.sv} i högkostnadsskyddet${period ? ` under perioden som slutar ${longDate(period.endsOn).sv}` : ""}.`,
    en: `${standard.en} You have paid ${paid.en} of ${limit.en} towards high-cost protection${period ? ` in the period ending ${longDate(period.endsOn).en}` : ""}.`,
  });
}
