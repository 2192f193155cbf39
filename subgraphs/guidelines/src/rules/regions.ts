import type { RuleCode } from "./rule-catalogue.js";

/**
 * Where regions' practice differs, the difference is data here, not a branch in the rules. The
 * regions covered are those whose documents the rules come from; any other is refused rather than
 * answered with a guess.
 */
export interface RegionProfile {
  name: "Kronoberg" | "Skåne";
  /** Skåne: locking the login of a child under 13 seals the child's whole journal too. */
  lockOfChildUnder13SealsJournal: boolean;
  /** Kronoberg: blocking a guardian makes VIS-Supporten lock the child's login as well. */
  blockLocksChildLogin: boolean;
  /** The extra words on who grants a guardian access for 13–15, where the region says more. */
  guardianGrantRule: RuleCode | null;
  /** The cut-off dates for notes shown online, where the region has published them. */
  noteRules: NoteCutoffs | null;
}

export interface NoteCutoffs {
  adultPsychiatryFrom: string;
  childAndForensicPsychiatryFrom: string;
  referralsFrom: string;
  referralAnswersFrom: string;
  psychiatricInpatientDelayDays: number;
}

export const regionProfiles: Record<RegionProfile["name"], RegionProfile> = {
  Kronoberg: {
    name: "Kronoberg",
    lockOfChildUnder13SealsJournal: false,
    blockLocksChildLogin: true,
    guardianGrantRule: null,
    noteRules: null,
  },
  Skåne: {
    name: "Skåne",
    lockOfChildUnder13SealsJournal: true,
    blockLocksChildLogin: false,
    guardianGrantRule: "GUARDIAN_GRANT_13_15_SKANE",
    noteRules: {
      adultPsychiatryFrom: "2015-09-28",
      childAndForensicPsychiatryFrom: "2019-02-04",
      referralsFrom: "2020-06-09",
      referralAnswersFrom: "2014-09-01",
      psychiatricInpatientDelayDays: 28,
    },
  },
};

export const regionNames = Object.keys(regionProfiles) as RegionProfile["name"][];

/** "skane", "Skåne" and " SKÅNE " are all Skåne. */
export function findRegion(text: string): RegionProfile | null {
  const fold = (s: string) => s.trim().toLowerCase().normalize("NFD").replace(/\p{Diacritic}/gu, "");
  return regionNames.map((n) => regionProfiles[n]).find((p) => fold(p.name) === fold(text)) ?? null;
}
