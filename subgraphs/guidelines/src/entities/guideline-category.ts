import { registerEnumType } from "type-graphql";

/** What a guideline is about; the portal groups and filters staff guidance by it. */
export enum GuidelineCategory {
  JOURNAL_ONLINE = "JOURNAL_ONLINE",
  SEALING = "SEALING",
  BLOCKING_GUARDIAN = "BLOCKING_GUARDIAN",
  LOCKING_ACCOUNT = "LOCKING_ACCOUNT",
  MINORS_ACCESS = "MINORS_ACCESS",
  RELEASE_OF_RECORDS = "RELEASE_OF_RECORDS",
  LEGAL_REPRESENTATIVE = "LEGAL_REPRESENTATIVE",
  OTHER = "OTHER",
}
registerEnumType(GuidelineCategory, {
  name: "GuidelineCategory",
  description: "What a guideline is about: journal online, sealing, blocking a guardian, locking a login, minors, release of records, legal representatives.",
});
