import type { AccessScenarioInput } from "./access-scenario.js";
import type { FlagCode, JournalReach } from "./journal-access.js";
import type { RuleCode } from "./rule-catalogue.js";

/**
 * Families and measures built from shared/DOMAIN.md ("Journal access through 1177"), each with what
 * every party gets. The rules' unit tests and the gateway's test run the same list, so the API and
 * the pure functions are held to one set of facts.
 */
export interface ExpectedParty {
  eServices: boolean;
  journal: JournalReach;
  visibleUnits?: string[];
  hiddenUnits?: string[];
  /** Rules that must be among the reasons given. */
  reasons: RuleCode[];
}

export interface AccessCase {
  name: string;
  input: AccessScenarioInput;
  /** Keyed "person", a guardian's name, or "representative". */
  expect: Record<string, ExpectedParty>;
  flags?: FlagCode[];
}

/** The day every scenario asks about, so that birthdays fall on it. */
export const ON = "2025-06-10";
/** Born on ON's date: 12, 13, 15, 16 and 18 years earlier. */
const born = (years: number, days = 0) => {
  const date = new Date(Date.UTC(2025 - years, 5, 10 + days));
  return date.toISOString().slice(0, 10);
};

const two = [{ name: "Mamma" }, { name: "Pappa" }];
const K = "Kronoberg";
const S = "Skåne";

const full = (...reasons: RuleCode[]): ExpectedParty => ({ eServices: true, journal: "FULL", reasons });
const journalOnly = (...reasons: RuleCode[]): ExpectedParty => ({ eServices: false, journal: "FULL", reasons });
const servicesOnly = (...reasons: RuleCode[]): ExpectedParty => ({ eServices: true, journal: "NONE", reasons });
const nothing = (...reasons: RuleCode[]): ExpectedParty => ({ eServices: false, journal: "NONE", reasons });

export const accessCases: AccessCase[] = [
  // Age boundaries, on the birthday itself
  {
    name: "the day before the 13th birthday both guardians act for the child and read the journal",
    input: { region: K, on: ON, person: { birthDate: born(13, 1) }, guardians: two },
    expect: { person: nothing("CHILD_UNDER_13_NO_OWN_LOGIN"), Mamma: full("GUARDIAN_PROXY_UNDER_13"), Pappa: full("GUARDIAN_PROXY_UNDER_13") },
  },
  {
    name: "on the 13th birthday the guardians lose both, and the child logs in to the e-services but not the journal",
    input: { region: K, on: ON, person: { birthDate: born(13) }, guardians: two },
    expect: {
      person: servicesOnly("OWN_ESERVICES_FROM_13", "JOURNAL_CLOSED_13_TO_15"),
      Mamma: nothing("PROXY_ENDS_AT_13", "JOURNAL_CLOSED_13_TO_15"),
      Pappa: nothing("PROXY_ENDS_AT_13", "JOURNAL_CLOSED_13_TO_15"),
    },
  },
  {
    name: "the day before the 16th birthday the child still cannot read the journal",
    input: { region: K, on: ON, person: { birthDate: born(16, 1) }, guardians: two },
    expect: { person: servicesOnly("JOURNAL_CLOSED_13_TO_15"), Mamma: nothing("JOURNAL_CLOSED_13_TO_15") },
  },
  {
    name: "on the 16th birthday the child reads the journal, and no guardian does",
    input: { region: K, on: ON, person: { birthDate: born(16) }, guardians: two },
    expect: { person: full("OWN_ESERVICES_FROM_13", "OWN_JOURNAL_FROM_16"), Mamma: nothing("NO_GUARDIAN_ACCESS_FROM_16"), Pappa: nothing("NO_GUARDIAN_ACCESS_FROM_16") },
  },
  {
    name: "an adult given by age reads the journal and uses the e-services",
    input: { region: S, on: ON, person: { age: 45 } },
    expect: { person: full("OWN_JOURNAL_FROM_16") },
  },
  {
    name: "a baby's guardians act for the child",
    input: { region: S, on: ON, person: { age: 0 }, guardians: [{ name: "Mamma" }] },
    expect: { person: nothing("CHILD_UNDER_13_NO_OWN_LOGIN"), Mamma: full("GUARDIAN_PROXY_UNDER_13") },
  },
  {
    name: "a 16-year-old with a coordination number uses the e-services but cannot read the journal",
    input: { region: K, on: ON, person: { age: 16, fullPersonnummer: false } },
    expect: { person: servicesOnly("NEEDS_FULL_PERSONNUMMER") },
  },
  {
    name: "a 17-year-old without an e-ID reaches neither",
    input: { region: K, on: ON, person: { age: 17, hasEId: false } },
    expect: { person: nothing("NEEDS_EID") },
  },
  // Grants for 13–15
  {
    name: "a 14-year-old granted access at one clinic reads only that clinic's notes",
    input: { region: K, on: ON, person: { age: 14 }, guardians: two, grants: [{ to: "CHILD", unit: "BUP Växjö" }] },
    expect: { person: { eServices: true, journal: "PARTIAL", visibleUnits: ["BUP Växjö"], reasons: ["CHILD_GRANT_13_15"] }, Mamma: nothing("JOURNAL_CLOSED_13_TO_15") },
  },
  {
    name: "a child's grants at two clinics show both",
    input: { region: K, on: ON, person: { age: 15 }, grants: [{ to: "CHILD", unit: "BUP Växjö" }, { to: "CHILD", unit: "Ungdomsmottagningen" }] },
    expect: { person: { eServices: true, journal: "PARTIAL", visibleUnits: ["BUP Växjö", "Ungdomsmottagningen"], reasons: ["CHILD_GRANT_13_15"] } },
  },
  {
    name: "a guardian granted access for 13–15 reads the journal; the other guardian does not",
    input: { region: K, on: ON, person: { birthDate: born(13) }, guardians: two, grants: [{ to: "GUARDIAN", guardian: "Mamma" }] },
    expect: { Mamma: journalOnly("GUARDIAN_GRANT_13_15"), Pappa: nothing("JOURNAL_CLOSED_13_TO_15"), person: servicesOnly("JOURNAL_CLOSED_13_TO_15") },
  },
  {
    name: "in Skåne a guardian's grant for 13–15 names the head of unit's decision without appeal",
    input: { region: S, on: ON, person: { age: 14 }, guardians: two, grants: [{ to: "GUARDIAN", guardian: "Pappa" }] },
    expect: { Pappa: journalOnly("GUARDIAN_GRANT_13_15", "GUARDIAN_GRANT_13_15_SKANE"), Mamma: nothing("JOURNAL_CLOSED_13_TO_15") },
  },
  {
    name: "a guardian's grant ends on the 16th birthday",
    input: { region: K, on: ON, person: { birthDate: born(16) }, guardians: two, grants: [{ to: "GUARDIAN", guardian: "Mamma" }] },
    expect: { Mamma: nothing("NO_GUARDIAN_ACCESS_FROM_16", "GRANT_ONLY_13_15"), person: full("OWN_JOURNAL_FROM_16") },
  },
  {
    name: "a child's clinic grant is replaced by the whole journal on the 16th birthday",
    input: { region: K, on: ON, person: { birthDate: born(16) }, grants: [{ to: "CHILD", unit: "BUP Växjö" }] },
    expect: { person: full("OWN_JOURNAL_FROM_16", "GRANT_ONLY_13_15") },
  },
  {
    name: "a grant made for a 12-year-old has no effect yet; the guardians still act as proxies",
    input: { region: K, on: ON, person: { age: 12 }, guardians: two, grants: [{ to: "GUARDIAN", guardian: "Mamma" }] },
    expect: { Mamma: full("GUARDIAN_PROXY_UNDER_13", "GRANT_ONLY_13_15"), Pappa: full("GUARDIAN_PROXY_UNDER_13") },
  },
  // Protected personal data
  {
    name: "a child under 13 with protected personal data: no guardian reaches the child's e-services or journal",
    input: { region: K, on: ON, person: { age: 8, protectedIdentity: true }, guardians: two },
    expect: { Mamma: nothing("PROTECTED_IDENTITY_NO_PROXY"), Pappa: nothing("PROTECTED_IDENTITY_NO_PROXY"), person: nothing("CHILD_UNDER_13_NO_OWN_LOGIN") },
  },
  {
    name: "a guardian with protected personal data cannot act; the other guardian can",
    input: { region: K, on: ON, person: { age: 8 }, guardians: [{ name: "Mamma", protectedIdentity: true }, { name: "Pappa" }] },
    expect: { Mamma: nothing("PROTECTED_IDENTITY_NO_PROXY"), Pappa: full("GUARDIAN_PROXY_UNDER_13") },
  },
  {
    name: "a 16-year-old with protected personal data still logs in and reads the journal",
    input: { region: S, on: ON, person: { age: 16, protectedIdentity: true }, guardians: two },
    expect: { person: full("PROTECTED_IDENTITY_OWN_LOGIN", "OWN_JOURNAL_FROM_16"), Mamma: nothing("NO_GUARDIAN_ACCESS_FROM_16") },
  },
  {
    name: "a 14-year-old with protected personal data: a guardian's grant does not open the journal",
    input: { region: K, on: ON, person: { age: 14, protectedIdentity: true }, guardians: two, grants: [{ to: "GUARDIAN", guardian: "Mamma" }] },
    expect: { Mamma: nothing("GUARDIAN_GRANT_13_15", "PROTECTED_IDENTITY_NO_PROXY"), person: servicesOnly("PROTECTED_IDENTITY_OWN_LOGIN", "JOURNAL_CLOSED_13_TO_15") },
  },
  // Login lock alone
  {
    name: "an adult's locked login closes the e-services and leaves the journal",
    input: { region: K, on: ON, person: { age: 40 }, loginLock: { initiatedBy: "RESIDENT", from: "2025-06-01", until: "2025-08-31" } },
    expect: { person: journalOnly("LOGIN_LOCKED", "OWN_JOURNAL_FROM_16") },
    flags: ["LOCK_ENDS_AUTOMATICALLY"],
  },
  {
    name: "Kronoberg: a locked login of a child under 13 stops proxies in the e-services, the guardians still read the journal",
    input: { region: K, on: ON, person: { age: 9 }, guardians: two, loginLock: { initiatedBy: "CARE", from: "2025-06-01", until: "2025-08-31" } },
    expect: { Mamma: journalOnly("LOGIN_LOCKED_CHILD_UNDER_13"), Pappa: journalOnly("LOGIN_LOCKED_CHILD_UNDER_13") },
  },
  {
    name: "Skåne: a locked login of a child under 13 also seals the journal for both guardians",
    input: { region: S, on: ON, person: { age: 9 }, guardians: two, loginLock: { initiatedBy: "CARE", from: "2025-06-01", until: "2025-08-31" } },
    expect: { Mamma: nothing("LOGIN_LOCKED_CHILD_UNDER_13", "LOCK_SEALS_CHILD_JOURNAL_SKANE"), Pappa: nothing("LOGIN_LOCKED_CHILD_UNDER_13", "LOCK_SEALS_CHILD_JOURNAL_SKANE") },
  },
  {
    name: "Skåne: a child's lock naming one guardian seals the journal for that guardian only",
    input: { region: S, on: ON, person: { age: 9 }, guardians: two, loginLock: { initiatedBy: "CARE", from: "2025-06-01", until: "2025-08-31", onlyGuardian: "Pappa" } },
    expect: { Mamma: journalOnly("LOGIN_LOCKED_CHILD_UNDER_13"), Pappa: nothing("LOGIN_LOCKED_CHILD_UNDER_13", "LOCK_SEALS_CHILD_JOURNAL_SKANE") },
  },
  {
    name: "Skåne: locking a 14-year-old's login does not seal anything; the child loses the e-services only",
    input: { region: S, on: ON, person: { age: 14 }, guardians: two, loginLock: { initiatedBy: "CARE", from: "2025-06-01" } },
    expect: { person: nothing("LOGIN_LOCKED", "JOURNAL_CLOSED_13_TO_15") },
    flags: ["LOCK_ENDS_AUTOMATICALLY"],
  },
  {
    name: "a lock without an end date has ended by itself three months on",
    input: { region: K, on: ON, person: { age: 30 }, loginLock: { initiatedBy: "RESIDENT", from: "2025-03-09" } },
    expect: { person: full("OWN_ESERVICES_FROM_13", "OWN_JOURNAL_FROM_16") },
    flags: ["MEASURE_NOT_IN_FORCE"],
  },
  {
    name: "a lock that starts tomorrow is not in force today",
    input: { region: K, on: ON, person: { age: 30 }, loginLock: { initiatedBy: "CARE", from: "2025-06-11", until: "2025-07-11" } },
    expect: { person: full("OWN_ESERVICES_FROM_13") },
    flags: ["MEASURE_NOT_IN_FORCE"],
  },
  // Seal alone
  {
    name: "an adult's sealed journal shows nothing; the e-services stay open",
    input: { region: K, on: ON, person: { age: 40 }, seals: [{ initiatedBy: "RESIDENT" }] },
    expect: { person: servicesOnly("JOURNAL_SEALED") },
  },
  {
    name: "one sealed unit is hidden and the rest of the journal shows",
    input: { region: K, on: ON, person: { age: 40 }, seals: [{ initiatedBy: "RESIDENT", unit: "Psykiatrimottagningen Växjö" }] },
    expect: { person: { eServices: true, journal: "FULL", hiddenUnits: ["Psykiatrimottagningen Växjö"], reasons: ["UNIT_SEALED"] } },
  },
  {
    name: "a child's sealed journal is closed to both guardians, who still act in the e-services",
    input: { region: K, on: ON, person: { age: 6 }, guardians: two, seals: [{ initiatedBy: "CARE", until: "2025-12-31" }] },
    expect: { Mamma: servicesOnly("JOURNAL_SEALED"), Pappa: servicesOnly("JOURNAL_SEALED") },
  },
  {
    name: "a seal for one named guardian leaves the other reading",
    input: { region: S, on: ON, person: { age: 6 }, guardians: two, seals: [{ initiatedBy: "CARE", until: "2025-12-31", onlyGuardian: "Mamma" }] },
    expect: { Mamma: servicesOnly("JOURNAL_SEALED", "SEAL_FOR_ONE_GUARDIAN_SKANE"), Pappa: full("GUARDIAN_PROXY_UNDER_13") },
  },
  {
    name: "a seal whose period has ended no longer applies",
    input: { region: S, on: ON, person: { age: 40 }, seals: [{ initiatedBy: "CARE", from: "2025-01-01", until: "2025-05-31" }] },
    expect: { person: full("OWN_JOURNAL_FROM_16") },
    flags: ["MEASURE_NOT_IN_FORCE"],
  },
  {
    name: "a care seal ending in a week is flagged for the reminder",
    input: { region: S, on: ON, person: { age: 40 }, seals: [{ initiatedBy: "CARE", until: "2025-06-17" }] },
    expect: { person: servicesOnly("JOURNAL_SEALED") },
    flags: ["SEAL_ENDS_WITHIN_A_WEEK"],
  },
  {
    name: "a care seal ending in eight days is not flagged yet",
    input: { region: S, on: ON, person: { age: 40 }, seals: [{ initiatedBy: "CARE", until: "2025-06-18" }] },
    expect: { person: servicesOnly("JOURNAL_SEALED") },
    flags: [],
  },
  {
    name: "a guardian who sealed their own whole journal cannot read the child's, but still acts in the e-services",
    input: { region: S, on: ON, person: { age: 7 }, guardians: [{ name: "Mamma", ownJournalSealed: true }, { name: "Pappa" }] },
    expect: { Mamma: servicesOnly("GUARDIAN_OWN_JOURNAL_SEALED"), Pappa: full("GUARDIAN_PROXY_UNDER_13") },
  },
  {
    name: "a 14-year-old's clinic grant is emptied when that clinic is sealed",
    input: { region: K, on: ON, person: { age: 14 }, grants: [{ to: "CHILD", unit: "BUP Växjö" }], seals: [{ initiatedBy: "CARE", unit: "BUP Växjö", until: "2025-12-31" }] },
    expect: { person: servicesOnly("CHILD_GRANT_13_15", "UNIT_SEALED") },
  },
  // Blocking a guardian
  {
    name: "Skåne: a blocked guardian loses both; the other guardian keeps both",
    input: { region: S, on: ON, person: { age: 10 }, guardians: [{ name: "Mamma" }, { name: "Pappa", blocked: true }] },
    expect: { Pappa: nothing("GUARDIAN_BLOCKED"), Mamma: full("GUARDIAN_PROXY_UNDER_13") },
  },
  {
    name: "Kronoberg: a blocked guardian loses both; the child's login is locked, so the other guardian keeps only the journal",
    input: { region: K, on: ON, person: { age: 10 }, guardians: [{ name: "Mamma" }, { name: "Pappa", blocked: true }] },
    expect: { Pappa: nothing("GUARDIAN_BLOCKED", "BLOCK_LOCKS_CHILD_LOGIN_KRONOBERG"), Mamma: journalOnly("BLOCK_LOCKS_CHILD_LOGIN_KRONOBERG", "LOGIN_LOCKED_CHILD_UNDER_13") },
  },
  {
    name: "both guardians blocked: neither reaches anything",
    input: { region: S, on: ON, person: { age: 4 }, guardians: [{ name: "Mamma", blocked: true }, { name: "Pappa", blocked: true }] },
    expect: { Mamma: nothing("GUARDIAN_BLOCKED"), Pappa: nothing("GUARDIAN_BLOCKED") },
  },
  {
    name: "a block has nothing left to block from the 13th birthday",
    input: { region: S, on: ON, person: { birthDate: born(13) }, guardians: [{ name: "Mamma", blocked: true }] },
    expect: { Mamma: nothing("PROXY_ENDS_AT_13", "BLOCK_ONLY_UNDER_13"), person: servicesOnly("OWN_ESERVICES_FROM_13") },
  },
  // Legal representative
  {
    name: "a god man with consent and the court order reads the principal's journal, not the e-services",
    input: { region: K, on: ON, person: { age: 70 }, legalRepresentative: { name: "God man", consent: true, courtOrder: true } },
    expect: { representative: journalOnly("LEGAL_REPRESENTATIVE_WITH_CONSENT", "LEGAL_REPRESENTATIVE_NO_ESERVICES"), person: full("OWN_JOURNAL_FROM_16") },
  },
  {
    name: "a förvaltare without the principal's consent reads nothing",
    input: { region: K, on: ON, person: { age: 70 }, legalRepresentative: { name: "Förvaltare", consent: false, courtOrder: true } },
    expect: { representative: nothing("LEGAL_REPRESENTATIVE_WITHOUT_CONSENT") },
  },
  {
    name: "a god man with consent but no court order shown reads nothing",
    input: { region: K, on: ON, person: { age: 70 }, legalRepresentative: { name: "God man", consent: true, courtOrder: false } },
    expect: { representative: nothing("LEGAL_REPRESENTATIVE_WITHOUT_CONSENT") },
  },
  {
    name: "a sealed journal is closed to the legal representative too",
    input: { region: K, on: ON, person: { age: 70 }, legalRepresentative: { name: "God man", consent: true, courtOrder: true }, seals: [{ initiatedBy: "RESIDENT" }] },
    expect: { representative: nothing("LEGAL_REPRESENTATIVE_WITH_CONSENT", "JOURNAL_SEALED") },
  },
  // Measures combined
  {
    name: "a locked login and a sealed journal deny both",
    input: { region: K, on: ON, person: { age: 40 }, loginLock: { initiatedBy: "CARE", from: "2025-06-01", until: "2025-07-01" }, seals: [{ initiatedBy: "CARE", until: "2025-09-01" }] },
    expect: { person: nothing("LOGIN_LOCKED", "JOURNAL_SEALED", "LOCK_AND_SEAL_DENY_BOTH") },
  },
  {
    name: "Kronoberg: a child's lock and seal together close both to every guardian",
    input: { region: K, on: ON, person: { age: 5 }, guardians: two, loginLock: { initiatedBy: "CARE", from: "2025-06-01", until: "2025-07-01" }, seals: [{ initiatedBy: "CARE", until: "2025-09-01" }] },
    expect: { Mamma: nothing("LOGIN_LOCKED_CHILD_UNDER_13", "JOURNAL_SEALED", "LOCK_AND_SEAL_DENY_BOTH"), Pappa: nothing("LOCK_AND_SEAL_DENY_BOTH") },
  },
  {
    name: "a blocked guardian with a sealed unit: the other guardian reads the rest of the journal",
    input: { region: S, on: ON, person: { age: 11 }, guardians: [{ name: "Mamma" }, { name: "Pappa", blocked: true }], seals: [{ initiatedBy: "CARE", unit: "BUP Malmö", until: "2025-10-01" }] },
    expect: { Mamma: { eServices: true, journal: "FULL", hiddenUnits: ["BUP Malmö"], reasons: ["UNIT_SEALED"] }, Pappa: nothing("GUARDIAN_BLOCKED") },
  },
  {
    name: "a locked 16-year-old with one sealed unit reads the rest of the journal and no e-services",
    input: { region: S, on: ON, person: { birthDate: born(16) }, loginLock: { initiatedBy: "CARE", from: "2025-06-10", until: "2025-06-30" }, seals: [{ initiatedBy: "CARE", unit: "Ungdomsmottagningen", until: "2025-06-30" }] },
    expect: { person: { eServices: false, journal: "FULL", hiddenUnits: ["Ungdomsmottagningen"], reasons: ["LOGIN_LOCKED", "UNIT_SEALED"] } },
  },
  {
    name: "protected personal data and a block together: the protection already breaks the proxy",
    input: { region: K, on: ON, person: { age: 9, protectedIdentity: true }, guardians: [{ name: "Mamma", blocked: true }, { name: "Pappa" }] },
    expect: { Mamma: nothing("PROTECTED_IDENTITY_NO_PROXY"), Pappa: nothing("PROTECTED_IDENTITY_NO_PROXY") },
  },
  {
    name: "Skåne: a child's lock on the first day it applies seals for both and stops the proxies",
    input: { region: S, on: ON, person: { birthDate: born(13, 1) }, guardians: two, loginLock: { initiatedBy: "CARE", from: ON, until: "2025-09-10" } },
    expect: { Mamma: nothing("LOCK_SEALS_CHILD_JOURNAL_SKANE"), Pappa: nothing("LOCK_SEALS_CHILD_JOURNAL_SKANE") },
  },
  {
    name: "Skåne: the same lock on the 13th birthday seals nothing; the child's own e-services are locked",
    input: { region: S, on: ON, person: { birthDate: born(13) }, guardians: two, loginLock: { initiatedBy: "CARE", from: ON, until: "2025-09-10" } },
    expect: { person: nothing("LOGIN_LOCKED", "JOURNAL_CLOSED_13_TO_15"), Mamma: nothing("PROXY_ENDS_AT_13") },
  },
];

/** Inputs the rules refuse, with the field and problem code each must be refused with. */
export const refusedCases: { name: string; input: AccessScenarioInput; field: string; problem: string }[] = [
  {
    name: "a care seal without an end date",
    input: { region: S, on: ON, person: { age: 9 }, seals: [{ initiatedBy: "CARE" }] },
    field: "seals.0.until",
    problem: "CARE_SEAL_END_DATE_MISSING",
  },
  {
    name: "a lock longer than three months",
    input: { region: K, on: ON, person: { age: 30 }, loginLock: { initiatedBy: "CARE", from: "2025-06-01", until: "2025-09-02" } },
    field: "loginLock.until",
    problem: "LOCK_LONGER_THAN_THREE_MONTHS",
  },
  {
    name: "a lock that ends before it starts",
    input: { region: K, on: ON, person: { age: 30 }, loginLock: { initiatedBy: "CARE", from: "2025-06-01", until: "2025-05-01" } },
    field: "loginLock.until",
    problem: "ENDS_BEFORE_START",
  },
  {
    name: "a region the sources do not cover",
    input: { region: "Gotland", on: ON, person: { age: 30 } },
    field: "region",
    problem: "REGION_NOT_COVERED",
  },
  {
    name: "neither birth date nor age",
    input: { region: K, on: ON, person: {} },
    field: "person.birthDate",
    problem: "AGE_MISSING",
  },
  {
    name: "a date that does not exist",
    input: { region: K, on: "2025-02-30", person: { age: 30 } },
    field: "on",
    problem: "DATE_FORMAT",
  },
  {
    name: "a child's grant without a clinic",
    input: { region: K, on: ON, person: { age: 14 }, grants: [{ to: "CHILD" }] },
    field: "grants.0.unit",
    problem: "GRANT_UNIT_MISSING",
  },
  {
    name: "a grant to a guardian not in the family",
    input: { region: K, on: ON, person: { age: 14 }, guardians: two, grants: [{ to: "GUARDIAN", guardian: "Moster" }] },
    field: "grants.0.guardian",
    problem: "GUARDIAN_UNKNOWN",
  },
  {
    name: "three guardians",
    input: { region: K, on: ON, person: { age: 4 }, guardians: [...two, { name: "Moster" }] },
    field: "guardians",
    problem: "TOO_MANY_GUARDIANS",
  },
];
