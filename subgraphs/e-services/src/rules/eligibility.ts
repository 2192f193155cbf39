/**
 * Whether a visitor may use an e-service, and every reason: each criterion the catalogue knows (age,
 * where the visitor lives, e-ID) is answered MET, NOT_MET or UNKNOWN (the visitor did not say). A
 * service is usable when every criterion is met. Pure: the catalogue's SQL filter mirrors it, and a
 * test holds the two together.
 */
import { regionsOf } from "./municipalities.js";

export interface EligibilityRules {
  region: string;
  minAge: number | null;
  maxAge: number | null;
  requiresEid: boolean;
  eidMethods: readonly string[];
  /** Offered only to people living in these municipalities; empty = no such limit. */
  onlyMunicipalities: readonly string[];
  /** Not offered to people living in these. */
  exceptMunicipalities: readonly string[];
  /** Only for people living in this region; null = anyone. */
  residentsOf: string | null;
}

export interface Visitor {
  age?: number | null;
  /** Canonical (see canonicalMunicipality). */
  municipality?: string | null;
  hasEid?: boolean | null;
}

export type Criterion = "AGE" | "MUNICIPALITY" | "EID";
export type Outcome = "MET" | "NOT_MET" | "UNKNOWN";

export const reasonCodes = [
  "NO_AGE_LIMIT",
  "AGE_WITHIN_RANGE",
  "TOO_YOUNG",
  "TOO_OLD",
  "AGE_NOT_GIVEN",
  "OFFERED_EVERYWHERE",
  "OFFERED_IN_MUNICIPALITY",
  "NOT_OFFERED_IN_MUNICIPALITY",
  "ONLY_OFFERED_ELSEWHERE",
  "OUTSIDE_REGION",
  "MUNICIPALITY_NOT_GIVEN",
  "NO_EID_NEEDED",
  "EID_HELD",
  "EID_REQUIRED",
  "EID_NOT_GIVEN",
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

export interface Reason {
  criterion: Criterion;
  outcome: Outcome;
  code: ReasonCode;
  sv: string;
  en: string;
}

export interface Eligibility {
  /** Every criterion met. */
  eligible: boolean;
  /** No criterion is UNKNOWN: the answer will not change with more about the visitor. */
  decided: boolean;
  reasons: Reason[];
}

/** "Luleå och Boden", "Luleå, Boden och Kalix". */
function listSv(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} och ${names.at(-1)}`;
}
function listEn(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function ageRangeText(rules: EligibilityRules): { sv: string; en: string } {
  const { minAge: min, maxAge: max } = rules;
  if (min !== null && max !== null) return { sv: `${min}–${max} år`, en: `aged ${min}–${max}` };
  if (min !== null) return { sv: `från ${min} år`, en: `aged ${min} or over` };
  return { sv: `upp till ${max} år`, en: `aged up to ${max}` };
}

export function ageReason(rules: EligibilityRules, age: number | null | undefined): Reason {
  const reason = (outcome: Outcome, code: ReasonCode, sv: string, en: string): Reason => ({ criterion: "AGE", outcome, code, sv, en });
  if (rules.minAge === null && rules.maxAge === null) return reason("MET", "NO_AGE_LIMIT", "Tjänsten har ingen åldersgräns.", "The service has no age limit.");
  const range = ageRangeText(rules);
  if (age === null || age === undefined) return reason("UNKNOWN", "AGE_NOT_GIVEN", `Tjänsten är för dig som är ${range.sv}. Ange din ålder för att se om den passar dig.`, `The service is for people ${range.en}. Give your age to see whether it fits you.`);
  if (rules.minAge !== null && age < rules.minAge) return reason("NOT_MET", "TOO_YOUNG", `Du är ${age} år; tjänsten är för dig som är ${range.sv}.`, `You are ${age}; the service is for people ${range.en}.`);
  if (rules.maxAge !== null && age > rules.maxAge) return reason("NOT_MET", "TOO_OLD", `Du är ${age} år; tjänsten är för dig som är ${range.sv}.`, `You are ${age}; the service is for people ${range.en}.`);
  return reason("MET", "AGE_WITHIN_RANGE", `Du är ${age} år, och tjänsten är för dig som är ${range.sv}.`, `You are ${age}, and the service is for people ${range.en}.`);
}

export function municipalityReason(rules: EligibilityRules, municipality: string | null | undefined): Reason {
  const reason = (outcome: Outcome, code: ReasonCode, sv: string, en: string): Reason => ({ criterion: "MUNICIPALITY", outcome, code, sv, en });
  const limited = rules.onlyMunicipalities.length > 0 || rules.exceptMunicipalities.length > 0 || rules.residentsOf !== null;
  if (!limited) return reason("MET", "OFFERED_EVERYWHERE", "Tjänsten erbjuds oavsett var du bor.", "The service is offered wherever you live.");
  if (!municipality) return reason("UNKNOWN", "MUNICIPALITY_NOT_GIVEN", "Tjänsten erbjuds inte i alla kommuner. Ange din kommun för att se om den passar dig.", "The service is not offered in every municipality. Give your municipality to see whether it fits you.");
  if (rules.exceptMunicipalities.includes(municipality)) {
    return reason("NOT_MET", "NOT_OFFERED_IN_MUNICIPALITY", `Tjänsten erbjuds inte till dig som bor i ${listSv(rules.exceptMunicipalities)}.`, `The service is not offered to people living in ${listEn(rules.exceptMunicipalities)}.`);
  }
  if (rules.onlyMunicipalities.length > 0 && !rules.onlyMunicipalities.includes(municipality)) {
    return reason("NOT_MET", "ONLY_OFFERED_ELSEWHERE", `Tjänsten erbjuds bara i ${listSv(rules.onlyMunicipalities)}, inte i ${municipality}.`, `The service is only offered in ${listEn(rules.onlyMunicipalities)}, not in ${municipality}.`);
  }
  if (rules.residentsOf !== null && !regionsOf(municipality).includes(rules.residentsOf)) {
    return reason("NOT_MET", "OUTSIDE_REGION", `Tjänsten är för dig som bor i Region ${rules.residentsOf}; ${municipality} ligger inte där.`, `The service is for people living in Region ${rules.residentsOf}; ${municipality} is not there.`);
  }
  return reason("MET", "OFFERED_IN_MUNICIPALITY", `Tjänsten erbjuds i ${municipality}.`, `The service is offered in ${municipality}.`);
}

export function eidReason(rules: EligibilityRules, hasEid: boolean | null | undefined): Reason {
  const reason = (outcome: Outcome, code: ReasonCode, sv: string, en: string): Reason => ({ criterion: "EID", outcome, code, sv, en });
  if (!rules.requiresEid) return reason("MET", "NO_EID_NEEDED", "Du behöver ingen e-legitimation.", "You do not need an e-ID.");
  const methods = rules.eidMethods.length ? { sv: ` (${rules.eidMethods.join(", ")})`, en: ` (${rules.eidMethods.join(", ")})` } : { sv: "", en: "" };
  if (hasEid === null || hasEid === undefined) return reason("UNKNOWN", "EID_NOT_GIVEN", `Du behöver e-legitimation${methods.sv}.`, `You need an e-ID${methods.en}.`);
  if (!hasEid) return reason("NOT_MET", "EID_REQUIRED", `Du behöver e-legitimation${methods.sv} för att logga in.`, `You need an e-ID${methods.en} to log in.`);
  return reason("MET", "EID_HELD", `Du har e-legitimation, som tjänsten kräver${methods.sv}.`, `You have an e-ID, which the service needs${methods.en}.`);
}

/** Every criterion, in a fixed order (age, municipality, e-ID), each with its outcome and reason. */
export function eligibilityOf(rules: EligibilityRules, visitor: Visitor): Eligibility {
  const reasons = [ageReason(rules, visitor.age), municipalityReason(rules, visitor.municipality), eidReason(rules, visitor.hasEid)];
  return {
    eligible: reasons.every((r) => r.outcome === "MET"),
    decided: reasons.every((r) => r.outcome !== "UNKNOWN"),
    reasons,
  };
}
