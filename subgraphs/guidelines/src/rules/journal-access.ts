import type { AccessScenario } from "./access-scenario.js";
import { addDays, daysBetween, within } from "./calendar.js";
import type { RuleCode } from "./rule-catalogue.js";

/**
 * Who in a family may use the 1177 e-services and read the journal online on a given day, and why.
 * Pure: the checked scenario in, an answer per party out, every reason a rule from the catalogue.
 */
export type Party = "PERSON" | "GUARDIAN" | "LEGAL_REPRESENTATIVE";

/** FULL: the journal, less any hidden units; PARTIAL: only the units listed; NONE: nothing. */
export type JournalReach = "FULL" | "PARTIAL" | "NONE";

export interface PartyAnswer {
  party: Party;
  /** The guardian's or representative's name as given; null for the person. */
  name: string | null;
  eServices: boolean;
  journal: JournalReach;
  /** With PARTIAL: the only units whose notes are shown. */
  visibleUnits: string[];
  /** Units sealed for this party. */
  hiddenUnits: string[];
  reasons: RuleCode[];
}

export type FlagCode = "SEAL_ENDS_WITHIN_A_WEEK" | "LOCK_ENDS_AUTOMATICALLY" | "MEASURE_NOT_IN_FORCE";

/** Something staff should act on or know, beside the answer: a reminder due, a measure not yet in force. */
export interface AccessFlag {
  code: FlagCode;
  /** The measure it concerns, as a path into the input, e.g. "seals.0". */
  field: string;
  date: string | null;
  rule: RuleCode;
}

export interface AccessAnswer {
  region: string;
  on: string;
  age: number;
  parties: PartyAnswer[];
  flags: AccessFlag[];
}

/** A seal, care's or the resident's, or one the region adds by itself (Skåne's lock of a child). */
interface SealInForce {
  unit: string | null;
  onlyGuardian: string | null;
  because: RuleCode[];
}

const SEAL_REMINDER_DAYS = 7;
const sameName = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase();

export function journalAccess(s: AccessScenario): AccessAnswer {
  const { on, age } = s;
  const flags: AccessFlag[] = [];
  const under13 = age < 13;
  const minor13to15 = age >= 13 && age < 16;

  const seals: SealInForce[] = [];
  s.seals.forEach((seal, i) => {
    if (!within(on, seal.from, seal.until)) {
      flags.push({ code: "MEASURE_NOT_IN_FORCE", field: `seals.${i}`, date: seal.from && on < seal.from ? seal.from : seal.until, rule: seal.unit ? "UNIT_SEALED" : "JOURNAL_SEALED" });
      return;
    }
    const because: RuleCode[] = [seal.unit ? "UNIT_SEALED" : "JOURNAL_SEALED"];
    if (seal.onlyGuardian) because.push("SEAL_FOR_ONE_GUARDIAN_SKANE");
    seals.push({ unit: seal.unit, onlyGuardian: seal.onlyGuardian, because });
    if (seal.initiatedBy === "CARE" && seal.until && daysBetween(on, seal.until) <= SEAL_REMINDER_DAYS) {
      flags.push({ code: "SEAL_ENDS_WITHIN_A_WEEK", field: `seals.${i}`, date: seal.until, rule: "SEAL_REMINDER_ONE_WEEK" });
    }
  });

  const lock = s.loginLock;
  const lockInForce = lock !== null && within(on, lock.from, lock.until);
  if (lock && !lockInForce) flags.push({ code: "MEASURE_NOT_IN_FORCE", field: "loginLock", date: on < lock.from ? lock.from : lock.until, rule: "LOGIN_LOCKED" });
  if (lock && lockInForce) flags.push({ code: "LOCK_ENDS_AUTOMATICALLY", field: "loginLock", date: addDays(lock.until, 1), rule: "LOCK_AT_MOST_THREE_MONTHS" });
  if (lock && lockInForce && under13 && s.region.lockOfChildUnder13SealsJournal) {
    seals.push({ unit: null, onlyGuardian: lock.onlyGuardian, because: ["LOCK_SEALS_CHILD_JOURNAL_SKANE"] });
  }

  const anyGuardianBlocked = under13 && s.guardians.some((g) => g.blocked);
  const childLoginLockedByBlock = anyGuardianBlocked && s.region.blockLocksChildLogin;

  /** The seals that reach a party: those for everyone, and for a guardian those naming them. */
  const sealsFor = (guardian: string | null) => seals.filter((seal) => seal.onlyGuardian === null || (guardian !== null && sameName(seal.onlyGuardian, guardian)));

  /** Applies seals to a party that may read the journal (wholly or some units). */
  function applySeals(answer: PartyAnswer, guardian: string | null) {
    for (const seal of sealsFor(guardian)) {
      answer.reasons.push(...seal.because.filter((r) => !answer.reasons.includes(r)));
      if (seal.unit === null) {
        answer.journal = "NONE";
        answer.visibleUnits = [];
      } else if (!answer.hiddenUnits.includes(seal.unit)) {
        answer.hiddenUnits.push(seal.unit);
      }
    }
    if (answer.journal === "PARTIAL") {
      answer.visibleUnits = answer.visibleUnits.filter((unit) => !answer.hiddenUnits.some((hidden) => hidden.toLowerCase() === unit.toLowerCase()));
      if (answer.visibleUnits.length === 0) answer.journal = "NONE";
    }
    if (answer.journal === "NONE") answer.hiddenUnits = [];
  }

  const parties: PartyAnswer[] = [person(), ...s.guardians.map(guardian)];
  if (s.legalRepresentative) parties.push(representative(s.legalRepresentative));
  return { region: s.region.name, on, age, parties, flags };

  function person(): PartyAnswer {
    const answer: PartyAnswer = { party: "PERSON", name: null, eServices: false, journal: "NONE", visibleUnits: [], hiddenUnits: [], reasons: [] };
    const childGrants = s.grants.filter((g) => g.to === "CHILD");
    if (under13) {
      answer.reasons.push("CHILD_UNDER_13_NO_OWN_LOGIN");
      if (childGrants.length > 0) answer.reasons.push("GRANT_ONLY_13_15");
      return answer;
    }
    if (s.person.protectedIdentity) answer.reasons.push("PROTECTED_IDENTITY_OWN_LOGIN");
    if (!s.person.hasEId) {
      answer.reasons.push("NEEDS_EID");
      return answer;
    }
    answer.eServices = !lockInForce;
    answer.reasons.push(lockInForce ? "LOGIN_LOCKED" : "OWN_ESERVICES_FROM_13");

    if (minor13to15) {
      if (childGrants.length === 0) {
        answer.reasons.push("JOURNAL_CLOSED_13_TO_15");
        return answer;
      }
      answer.journal = "PARTIAL";
      answer.visibleUnits = [...new Set(childGrants.map((g) => g.unit!))];
      answer.reasons.push("CHILD_GRANT_13_15");
    } else {
      if (childGrants.length > 0) answer.reasons.push("GRANT_ONLY_13_15");
      if (!s.person.fullPersonnummer) {
        answer.reasons.push("NEEDS_FULL_PERSONNUMMER");
        return answer;
      }
      answer.journal = "FULL";
      answer.reasons.push("OWN_JOURNAL_FROM_16");
    }
    applySeals(answer, null);
    if (lockInForce && sealsFor(null).some((seal) => seal.unit === null)) answer.reasons.push("LOCK_AND_SEAL_DENY_BOTH");
    return answer;
  }

  function guardian(g: AccessScenario["guardians"][number]): PartyAnswer {
    const answer: PartyAnswer = { party: "GUARDIAN", name: g.name, eServices: false, journal: "NONE", visibleUnits: [], hiddenUnits: [], reasons: [] };
    const grants = s.grants.filter((grant) => grant.to === "GUARDIAN" && sameName(grant.guardian, g.name));

    if (!under13) {
      answer.reasons.push("PROXY_ENDS_AT_13");
      if (g.blocked) answer.reasons.push("BLOCK_ONLY_UNDER_13");
      if (!minor13to15) {
        answer.reasons.push("NO_GUARDIAN_ACCESS_FROM_16");
        if (grants.length > 0) answer.reasons.push("GRANT_ONLY_13_15");
        return answer;
      }
      if (grants.length === 0) {
        answer.reasons.push("JOURNAL_CLOSED_13_TO_15");
        return answer;
      }
      answer.reasons.push("GUARDIAN_GRANT_13_15");
      if (s.region.guardianGrantRule) answer.reasons.push(s.region.guardianGrantRule);
      if (s.person.protectedIdentity || g.protectedIdentity) {
        answer.reasons.push("PROTECTED_IDENTITY_NO_PROXY");
        return answer;
      }
      if (g.ownJournalSealed) {
        answer.reasons.push("GUARDIAN_OWN_JOURNAL_SEALED");
        return answer;
      }
      const units = grants.map((grant) => grant.unit);
      if (units.includes(null)) answer.journal = "FULL";
      else {
        answer.journal = "PARTIAL";
        answer.visibleUnits = [...new Set(units as string[])];
      }
      applySeals(answer, g.name);
      return answer;
    }

    answer.reasons.push("GUARDIAN_PROXY_UNDER_13");
    if (grants.length > 0) answer.reasons.push("GRANT_ONLY_13_15");
    if (s.person.protectedIdentity || g.protectedIdentity) {
      answer.reasons.push("PROTECTED_IDENTITY_NO_PROXY");
      return answer;
    }
    if (g.blocked) {
      answer.reasons.push("GUARDIAN_BLOCKED");
      if (childLoginLockedByBlock) answer.reasons.push("BLOCK_LOCKS_CHILD_LOGIN_KRONOBERG");
      return answer;
    }
    answer.eServices = true;
    answer.journal = "FULL";
    if (lockInForce || childLoginLockedByBlock) {
      answer.eServices = false;
      if (childLoginLockedByBlock) answer.reasons.push("BLOCK_LOCKS_CHILD_LOGIN_KRONOBERG");
      answer.reasons.push("LOGIN_LOCKED_CHILD_UNDER_13");
    } else if (anyGuardianBlocked) {
      answer.reasons.push("GUARDIAN_BLOCKED");
    }
    if (g.ownJournalSealed) {
      answer.journal = "NONE";
      answer.reasons.push("GUARDIAN_OWN_JOURNAL_SEALED");
      return answer;
    }
    applySeals(answer, g.name);
    if (!answer.eServices && (answer.journal as JournalReach) === "NONE" && lockInForce && !answer.reasons.includes("LOCK_SEALS_CHILD_JOURNAL_SKANE")) answer.reasons.push("LOCK_AND_SEAL_DENY_BOTH");
    return answer;
  }

  function representative(r: NonNullable<AccessScenario["legalRepresentative"]>): PartyAnswer {
    const answer: PartyAnswer = { party: "LEGAL_REPRESENTATIVE", name: r.name, eServices: false, journal: "NONE", visibleUnits: [], hiddenUnits: [], reasons: ["LEGAL_REPRESENTATIVE_NO_ESERVICES"] };
    if (!r.consent || !r.courtOrder) {
      answer.reasons.push("LEGAL_REPRESENTATIVE_WITHOUT_CONSENT");
      return answer;
    }
    answer.journal = "FULL";
    answer.reasons.push("LEGAL_REPRESENTATIVE_WITH_CONSENT");
    applySeals(answer, null);
    return answer;
  }
}
