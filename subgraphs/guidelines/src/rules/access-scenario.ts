import { ageOn } from "@vardportal/kit/personnummer";
import { addMonths, parseIsoDate } from "./calendar.js";
import { DATE_FORMAT, finish, problem, type Checked, type InputProblem } from "./input-problem.js";
import { findRegion, regionNames, type RegionProfile } from "./regions.js";

/** Who asked for a measure: the resident (or a guardian for a child) or care. */
export type Initiator = "RESIDENT" | "CARE";

export interface PersonInput {
  /** "YYYY-MM-DD"; give this or `age`. */
  birthDate?: string | null;
  /** Whole years on the day asked about; give this or `birthDate`. */
  age?: number | null;
  protectedIdentity?: boolean | null;
  /** Has an e-ID (BankID, Freja eID Plus …). Defaults to yes. */
  hasEId?: boolean | null;
  /** Has a full personnummer, not a coordination number. Defaults to yes. */
  fullPersonnummer?: boolean | null;
}

export interface GuardianInput {
  name: string;
  protectedIdentity?: boolean | null;
  /** Blocked by care (child under 13). */
  blocked?: boolean | null;
  /** Has sealed their own whole journal. */
  ownJournalSealed?: boolean | null;
}

export interface LegalRepresentativeInput {
  name: string;
  /** The principal consents that confidentiality shall not apply to the representative. */
  consent: boolean;
  /** The court order has been shown. */
  courtOrder: boolean;
}

export interface LoginLockInput {
  initiatedBy: Initiator;
  from: string;
  /** Left out: the lock ends automatically three months after `from`. */
  until?: string | null;
  /** Skåne, child under 13: the automatic seal is limited to this guardian. */
  onlyGuardian?: string | null;
}

export interface SealInput {
  initiatedBy: Initiator;
  /** A care unit; left out, the whole journal is sealed. */
  unit?: string | null;
  from?: string | null;
  until?: string | null;
  /** Sealed only for this guardian (a child's journal). */
  onlyGuardian?: string | null;
}

export type GrantTo = "CHILD" | "GUARDIAN";

export interface GrantInput {
  to: GrantTo;
  /** The clinic the grant is for; required for the child's own access. */
  unit?: string | null;
  /** The guardian given access; required for a guardian's grant. */
  guardian?: string | null;
}

/** A family and the measures in force, as staff describe it; the same shape the API takes. */
export interface AccessScenarioInput {
  region: string;
  /** The day asked about, "YYYY-MM-DD"; the age and every measure's dates are read on this day. */
  on: string;
  person: PersonInput;
  guardians?: GuardianInput[] | null;
  legalRepresentative?: LegalRepresentativeInput | null;
  loginLock?: LoginLockInput | null;
  seals?: SealInput[] | null;
  grants?: GrantInput[] | null;
}

/** The input once checked: dates real, age known, names resolved, every default applied. */
export interface AccessScenario {
  region: RegionProfile;
  on: string;
  age: number;
  person: { protectedIdentity: boolean; hasEId: boolean; fullPersonnummer: boolean };
  guardians: { name: string; protectedIdentity: boolean; blocked: boolean; ownJournalSealed: boolean }[];
  legalRepresentative: LegalRepresentativeInput | null;
  loginLock: { initiatedBy: Initiator; from: string; until: string; onlyGuardian: string | null } | null;
  seals: { initiatedBy: Initiator; unit: string | null; from: string | null; until: string | null; onlyGuardian: string | null }[];
  grants: { to: GrantTo; unit: string | null; guardian: string | null }[];
}

export const MAX_GUARDIANS = 2;
export const MAX_MEASURES = 20;
export const MAX_NAME_LENGTH = 100;
export const MAX_AGE = 130;

const blank = (text: string | null | undefined) => (text ?? "").trim() === "";
const clean = (text: string | null | undefined) => (blank(text) ? null : text!.trim());

/**
 * Checks the whole scenario at once, so a form can show every field's message together. Refuses a
 * care seal without an end date and a lock longer than three months, as the sources require.
 */
export function checkAccessScenario(input: AccessScenarioInput): Checked<AccessScenario> {
  const problems: InputProblem[] = [];
  const region = findRegion(input.region ?? "");
  if (!region) {
    problems.push(
      problem(
        "region",
        blank(input.region) ? "REGION_MISSING" : "REGION_NOT_COVERED",
        `Välj en region som reglerna beskriver: ${regionNames.join(" eller ")}.`,
        `Choose a region the rules describe: ${regionNames.join(" or ")}.`,
      ),
    );
  }
  const on = parseIsoDate(input.on);
  if (!on) problems.push(problem("on", blank(input.on) ? "DATE_MISSING" : "DATE_FORMAT", `Fyll i vilken dag frågan gäller. ${DATE_FORMAT.sv}`, `Give the day asked about. ${DATE_FORMAT.en}`));

  const age = checkAge(input.person ?? {}, on, problems);

  const guardians = (input.guardians ?? []).map((g, i) => ({
    name: clean(g.name) ?? "",
    protectedIdentity: g.protectedIdentity ?? false,
    blocked: g.blocked ?? false,
    ownJournalSealed: g.ownJournalSealed ?? false,
    index: i,
  }));
  if (guardians.length > MAX_GUARDIANS) problems.push(problem("guardians", "TOO_MANY_GUARDIANS", "Ett barn har högst två vårdnadshavare.", "A child has at most two guardians."));
  const names = new Set<string>();
  for (const g of guardians) {
    if (!g.name) problems.push(problem(`guardians.${g.index}.name`, "NAME_MISSING", "Ge vårdnadshavaren ett namn, till exempel Mamma.", "Give the guardian a name, for example Mum."));
    else if (g.name.length > MAX_NAME_LENGTH) problems.push(problem(`guardians.${g.index}.name`, "NAME_TOO_LONG", "Namnet är för långt (högst 100 tecken).", "The name is too long (at most 100 characters)."));
    else if (names.has(g.name.toLowerCase())) problems.push(problem(`guardians.${g.index}.name`, "NAME_DUPLICATE", "Två vårdnadshavare har samma namn. Ge dem olika namn.", "Two guardians have the same name. Give them different names."));
    names.add(g.name.toLowerCase());
  }
  const knownGuardian = (field: string, name: string | null) => {
    if (name !== null && !names.has(name.toLowerCase())) {
      problems.push(problem(field, "GUARDIAN_UNKNOWN", "Det finns ingen vårdnadshavare med det namnet i familjen.", "There is no guardian by that name in the family."));
    }
  };

  let legalRepresentative: LegalRepresentativeInput | null = null;
  if (input.legalRepresentative) {
    const name = clean(input.legalRepresentative.name);
    if (!name) problems.push(problem("legalRepresentative.name", "NAME_MISSING", "Ge ställföreträdaren ett namn.", "Give the representative a name."));
    else if (name.length > MAX_NAME_LENGTH) problems.push(problem("legalRepresentative.name", "NAME_TOO_LONG", "Namnet är för långt (högst 100 tecken).", "The name is too long (at most 100 characters)."));
    legalRepresentative = { name: name ?? "", consent: input.legalRepresentative.consent, courtOrder: input.legalRepresentative.courtOrder };
  }

  let loginLock: AccessScenario["loginLock"] = null;
  if (input.loginLock) {
    const lock = input.loginLock;
    const from = parseIsoDate(lock.from);
    const until = blank(lock.until) ? null : parseIsoDate(lock.until);
    if (!from) problems.push(problem("loginLock.from", blank(lock.from) ? "DATE_MISSING" : "DATE_FORMAT", `Fyll i när låsningen börjar. ${DATE_FORMAT.sv}`, `Give the day the lock starts. ${DATE_FORMAT.en}`));
    if (!blank(lock.until) && !until) problems.push(problem("loginLock.until", "DATE_FORMAT", `Slutdatumet är inte ett giltigt datum. ${DATE_FORMAT.sv}`, `The end date is not a valid date. ${DATE_FORMAT.en}`));
    if (from && until && until < from) problems.push(problem("loginLock.until", "ENDS_BEFORE_START", "Låsningen kan inte sluta innan den börjar.", "The lock cannot end before it starts."));
    else if (from && until && until > addMonths(from, 3)) {
      problems.push(problem("loginLock.until", "LOCK_LONGER_THAN_THREE_MONTHS", "En låsning gäller högst tre månader. Välj ett tidigare slutdatum; behövs mer tid förlängs låsningen med en ny begäran.", "A lock lasts at most three months. Choose an earlier end date; if more time is needed, the lock is extended by a new request."));
    }
    const onlyGuardian = clean(lock.onlyGuardian);
    knownGuardian("loginLock.onlyGuardian", onlyGuardian);
    if (from) loginLock = { initiatedBy: lock.initiatedBy, from, until: until ?? addMonths(from, 3), onlyGuardian };
  }

  const seals: AccessScenario["seals"] = [];
  if ((input.seals ?? []).length > MAX_MEASURES) problems.push(problem("seals", "TOO_MANY", "Högst 20 förseglingar.", "At most 20 seals."));
  (input.seals ?? []).forEach((seal, i) => {
    const field = (name: string) => `seals.${i}.${name}`;
    const from = blank(seal.from) ? null : parseIsoDate(seal.from);
    const until = blank(seal.until) ? null : parseIsoDate(seal.until);
    if (!blank(seal.from) && !from) problems.push(problem(field("from"), "DATE_FORMAT", `Startdatumet är inte ett giltigt datum. ${DATE_FORMAT.sv}`, `The start date is not a valid date. ${DATE_FORMAT.en}`));
    if (!blank(seal.until) && !until) problems.push(problem(field("until"), "DATE_FORMAT", `Slutdatumet är inte ett giltigt datum. ${DATE_FORMAT.sv}`, `The end date is not a valid date. ${DATE_FORMAT.en}`));
    else if (seal.initiatedBy === "CARE" && blank(seal.until)) {
      problems.push(problem(field("until"), "CARE_SEAL_END_DATE_MISSING", "En försegling på vårdens initiativ måste ha ett slutdatum.", "A seal set by care must have an end date."));
    }
    if (from && until && until < from) problems.push(problem(field("until"), "ENDS_BEFORE_START", "Förseglingen kan inte sluta innan den börjar.", "The seal cannot end before it starts."));
    const unit = clean(seal.unit);
    if (unit && unit.length > MAX_NAME_LENGTH) problems.push(problem(field("unit"), "NAME_TOO_LONG", "Enhetens namn är för långt (högst 100 tecken).", "The unit's name is too long (at most 100 characters)."));
    const onlyGuardian = clean(seal.onlyGuardian);
    knownGuardian(field("onlyGuardian"), onlyGuardian);
    seals.push({ initiatedBy: seal.initiatedBy, unit, from, until, onlyGuardian });
  });

  const grants: AccessScenario["grants"] = [];
  if ((input.grants ?? []).length > MAX_MEASURES) problems.push(problem("grants", "TOO_MANY", "Högst 20 beslut om direktåtkomst.", "At most 20 access decisions."));
  (input.grants ?? []).forEach((grant, i) => {
    const unit = clean(grant.unit);
    const guardian = clean(grant.guardian);
    if (grant.to === "CHILD" && !unit) {
      problems.push(problem(`grants.${i}.unit`, "GRANT_UNIT_MISSING", "Barnets egen åtkomst beslutas per klinik. Ange vilken.", "The child's own access is decided per clinic. Say which."));
    }
    if (unit && unit.length > MAX_NAME_LENGTH) problems.push(problem(`grants.${i}.unit`, "NAME_TOO_LONG", "Enhetens namn är för långt (högst 100 tecken).", "The unit's name is too long (at most 100 characters)."));
    if (grant.to === "GUARDIAN") {
      if (!guardian) problems.push(problem(`grants.${i}.guardian`, "GRANT_GUARDIAN_MISSING", "Ange vilken vårdnadshavare som får åtkomst.", "Say which guardian is given access."));
      else knownGuardian(`grants.${i}.guardian`, guardian);
    }
    grants.push({ to: grant.to, unit, guardian: grant.to === "GUARDIAN" ? guardian : null });
  });

  return finish(problems, () => ({
    region: region!,
    on: on!,
    age: age!,
    person: {
      protectedIdentity: input.person.protectedIdentity ?? false,
      hasEId: input.person.hasEId ?? true,
      fullPersonnummer: input.person.fullPersonnummer ?? true,
    },
    guardians: guardians.map(({ index: _index, ...g }) => g),
    legalRepresentative,
    loginLock,
    seals,
    grants,
  }));
}

function checkAge(person: PersonInput, on: string | null, problems: InputProblem[]): number | null {
  const hasBirthDate = !blank(person.birthDate);
  const hasAge = person.age !== null && person.age !== undefined;
  if (hasBirthDate && hasAge) {
    problems.push(problem("person.age", "BOTH_AGE_AND_BIRTH_DATE", "Fyll i antingen födelsedatum eller ålder, inte båda.", "Give either a date of birth or an age, not both."));
    return null;
  }
  if (!hasBirthDate && !hasAge) {
    problems.push(problem("person.birthDate", "AGE_MISSING", "Fyll i födelsedatum eller ålder.", "Give a date of birth or an age."));
    return null;
  }
  if (hasAge) {
    const age = person.age!;
    if (!Number.isInteger(age) || age < 0 || age > MAX_AGE) {
      problems.push(problem("person.age", "AGE_OUT_OF_RANGE", "Åldern ska vara ett heltal mellan 0 och 130.", "The age must be a whole number from 0 to 130."));
      return null;
    }
    return age;
  }
  const birthDate = parseIsoDate(person.birthDate);
  if (!birthDate) {
    problems.push(problem("person.birthDate", "DATE_FORMAT", `Födelsedatumet är inte ett giltigt datum. ${DATE_FORMAT.sv}`, `The date of birth is not a valid date. ${DATE_FORMAT.en}`));
    return null;
  }
  if (!on) return null;
  if (birthDate > on) {
    problems.push(problem("person.birthDate", "BORN_AFTER_DAY", "Födelsedatumet ligger efter dagen frågan gäller.", "The date of birth is after the day asked about."));
    return null;
  }
  const age = ageOn(birthDate, on);
  if (age > MAX_AGE) {
    problems.push(problem("person.birthDate", "AGE_OUT_OF_RANGE", "Födelsedatumet ger en ålder över 130 år.", "The date of birth gives an age over 130."));
    return null;
  }
  return age;
}
