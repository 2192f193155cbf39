import type { SourceId } from "./sources.js";

/**
 * Every rule the journal-access answers rest on, in words staff and residents can read, each with
 * the document it comes from. A reason in an answer is one of these codes, never free text.
 */
export interface RuleText {
  sv: string;
  en: string;
  source: SourceId;
}

const K = "KRONOBERG_1177_JOURNAL" as const;
const S = "SKANE_JOURNALEN_VIA_NATET" as const;

export const rules = {
  // Age
  GUARDIAN_PROXY_UNDER_13: {
    sv: "Vårdnadshavare är ombud för barnet i e-tjänsterna och läser barnets journal tills barnet fyller 13 år.",
    en: "Guardians act for the child in the e-services and read the child's journal until the child turns 13.",
    source: K,
  },
  PROXY_ENDS_AT_13: {
    sv: "På barnets 13-årsdag upphör vårdnadshavarens ombudsroll, både i e-tjänsterna och i journalen.",
    en: "On the child's 13th birthday the guardian stops acting for the child, in the e-services and in the journal.",
    source: K,
  },
  CHILD_UNDER_13_NO_OWN_LOGIN: {
    sv: "Ett barn under 13 år använder inte e-tjänsterna eller journalen själv; vårdnadshavarna gör det som ombud.",
    en: "A child under 13 does not use the e-services or the journal themselves; the guardians do so on the child's behalf.",
    source: K,
  },
  OWN_ESERVICES_FROM_13: {
    sv: "Från 13-årsdagen loggar barnet själv in i e-tjänsterna med e-legitimation.",
    en: "From the 13th birthday the child logs in to the e-services with their own e-ID.",
    source: K,
  },
  JOURNAL_CLOSED_13_TO_15: {
    sv: "Från 13 till 16 år läser ingen barnets journal via nätet utan ett särskilt beslut. Barnet får se ett meddelande om att journalen inte är tillgänglig före 16 år.",
    en: "From 13 until 16 nobody reads the child's journal online without a specific decision. The child sees a message that the journal is not available before 16.",
    source: K,
  },
  OWN_JOURNAL_FROM_16: {
    sv: "Från 16 år läser man sin journal själv, med fullständigt personnummer och e-legitimation.",
    en: "From 16 you read your own journal, with a full personnummer and an e-ID.",
    source: K,
  },
  NO_GUARDIAN_ACCESS_FROM_16: {
    sv: "En vårdnadshavare kan inte få tillgång till barnets journal efter 16-årsdagen.",
    en: "A guardian cannot be given access to the child's journal after the 16th birthday.",
    source: K,
  },
  NEEDS_EID: {
    sv: "E-tjänsterna och journalen kräver inloggning med e-legitimation.",
    en: "The e-services and the journal need a log-in with an e-ID.",
    source: K,
  },
  NEEDS_FULL_PERSONNUMMER: {
    sv: "Journalen via nätet kräver ett fullständigt personnummer; med samordningsnummer går den inte att läsa.",
    en: "Reading the journal online needs a full personnummer; it cannot be read with a coordination number.",
    source: K,
  },
  // Grants for 13–15
  CHILD_GRANT_13_15: {
    sv: "Barnet har fått direktåtkomst till journalen från en klinik: den behandlande personalen beslutar med barnet, en verksamhet i taget.",
    en: "The child has been granted access to the journal from one clinic: the treating staff decide with the child, one clinic at a time.",
    source: K,
  },
  GUARDIAN_GRANT_13_15: {
    sv: "Vårdnadshavaren har fått direktåtkomst till barnets journal för 13–15 år, beslutad av vårdpersonal i samråd med vårdnadshavaren och barnet.",
    en: "The guardian has been granted access to the child's journal for ages 13–15, decided by care staff with the guardian and the child.",
    source: K,
  },
  GUARDIAN_GRANT_13_15_SKANE: {
    sv: "I Skåne ges förlängd direktåtkomst för 13–15 år till vårdnadshavare till barn med komplicerad sjukdom; verksamhetschefen beslutar och beslutet kan inte överklagas.",
    en: "In Skåne, extended access for ages 13–15 is given to guardians of children with complicated illness; the head of unit decides and the decision cannot be appealed.",
    source: S,
  },
  GRANT_ONLY_13_15: {
    sv: "Ett beslut om direktåtkomst gäller bara medan barnet är 13–15 år.",
    en: "A decision granting access applies only while the child is 13 to 15.",
    source: K,
  },
  // Protected personal data
  PROTECTED_IDENTITY_NO_PROXY: {
    sv: "Har vårdnadshavaren eller barnet skyddade personuppgifter kan vårdnadshavaren inte vara ombud: varken barnets e-tjänster eller journal går att nå.",
    en: "If the guardian or the child has protected personal data, the guardian cannot act for the child: neither the child's e-services nor journal can be reached.",
    source: K,
  },
  PROTECTED_IDENTITY_OWN_LOGIN: {
    sv: "Den som har skyddade personuppgifter kan ändå logga in på 1177 med e-legitimation.",
    en: "A person with protected personal data can still log in to 1177 with an e-ID.",
    source: K,
  },
  // Login lock
  LOGIN_LOCKED: {
    sv: "Inloggningen är låst: e-tjänsterna är stängda, men journalen påverkas inte.",
    en: "The login is locked: the e-services are closed, but the journal is not affected.",
    source: K,
  },
  LOGIN_LOCKED_CHILD_UNDER_13: {
    sv: "Barnets inloggning är låst: ingen kan logga in som barnet och barnet försvinner från vårdnadshavarens startsida, men vårdnadshavaren når ändå barnets journal.",
    en: "The child's login is locked: nobody can log in as the child and the child disappears from the guardian's start page, but the guardian still reaches the child's journal.",
    source: K,
  },
  LOCK_SEALS_CHILD_JOURNAL_SKANE: {
    sv: "I Skåne förseglas hela barnets journal automatiskt när ett barn under 13 år får sin inloggning låst, för båda vårdnadshavarna om låsningen inte begränsas till en namngiven vårdnadshavare.",
    en: "In Skåne, locking the login of a child under 13 also seals the child's whole journal, for both guardians unless the lock names one guardian.",
    source: S,
  },
  LOCK_AT_MOST_THREE_MONTHS: {
    sv: "En låsning gäller högst tre månader och hävs sedan automatiskt; allt innehåll finns kvar.",
    en: "A lock lasts at most three months and is then lifted automatically; all content is kept.",
    source: S,
  },
  // Seals
  JOURNAL_SEALED: {
    sv: "Journalen är förseglad: den visar bara att det inte finns någon information att visa. E-tjänsterna påverkas inte.",
    en: "The journal is sealed: it shows only that there is no information to show. The e-services are not affected.",
    source: K,
  },
  UNIT_SEALED: {
    sv: "Journalen från en vårdenhet är förseglad och visas inte; resten av journalen visas.",
    en: "The journal from one care unit is sealed and not shown; the rest of the journal is shown.",
    source: K,
  },
  SEAL_FOR_ONE_GUARDIAN_SKANE: {
    sv: "Förseglingen gäller bara för en namngiven vårdnadshavare; den andra påverkas inte.",
    en: "The seal applies only to one named guardian; the other is not affected.",
    source: S,
  },
  GUARDIAN_OWN_JOURNAL_SEALED: {
    sv: "En vårdnadshavare som har förseglat hela sin egen journal kan inte läsa barnets journal, eftersom vägen dit går genom den egna journalen.",
    en: "A guardian who has sealed their own whole journal cannot read the child's journal, because the way there goes through their own journal.",
    source: S,
  },
  CARE_SEAL_NEEDS_END_DATE: {
    sv: "En försegling på vårdens initiativ måste ha ett slutdatum.",
    en: "A seal set by care must have an end date.",
    source: S,
  },
  SEAL_REMINDER_ONE_WEEK: {
    sv: "En vecka innan förseglingen upphör påminns verksamheten, som kan förlänga den.",
    en: "One week before a seal ends the unit is reminded, and may extend it.",
    source: S,
  },
  BREAKING_SEAL_NEEDS_VISIT: {
    sv: "En försegling bryts bara efter ett personligt besök med giltig legitimation.",
    en: "A seal is broken only after a personal visit with valid ID.",
    source: S,
  },
  // Blocking a guardian
  GUARDIAN_BLOCKED: {
    sv: "Vårdnadshavaren är blockerad: ingen ombudsroll i e-tjänsterna och ingen åtkomst till barnets journal. En annan vårdnadshavare påverkas inte av blockeringen.",
    en: "The guardian is blocked: no proxy in the e-services and no access to the child's journal. Another guardian is not affected by the block.",
    source: S,
  },
  BLOCK_LOCKS_CHILD_LOGIN_KRONOBERG: {
    sv: "I Kronoberg låser VIS-Supporten också barnets inloggning när en vårdnadshavare blockeras, så att ingen kan logga in med barnets e-legitimation.",
    en: "In Kronoberg, VIS-Supporten also locks the child's login when a guardian is blocked, so that nobody can log in with the child's e-ID.",
    source: K,
  },
  BLOCK_ONLY_UNDER_13: {
    sv: "Blockering av vårdnadshavare gäller barn under 13 år; från 13 år har vårdnadshavaren ingen ombudsroll att blockera.",
    en: "Blocking a guardian applies to children under 13; from 13 the guardian has no proxy role to block.",
    source: S,
  },
  // Legal representative
  LEGAL_REPRESENTATIVE_WITH_CONSENT: {
    sv: "En god man eller förvaltare läser huvudmannens journal med huvudmannens samtycke och tingsrättens förordnande.",
    en: "A god man or förvaltare reads the principal's journal with the principal's consent and the court order.",
    source: K,
  },
  LEGAL_REPRESENTATIVE_WITHOUT_CONSENT: {
    sv: "Utan huvudmannens samtycke och tingsrättens förordnande kan en god man eller förvaltare inte läsa journalen.",
    en: "Without the principal's consent and the court order, a god man or förvaltare cannot read the journal.",
    source: K,
  },
  LEGAL_REPRESENTATIVE_NO_ESERVICES: {
    sv: "Ombudsrollen för en god man eller förvaltare gäller journalen, inte e-tjänsterna.",
    en: "A god man or förvaltare acts in the journal, not in the e-services.",
    source: K,
  },
  // Combined
  LOCK_AND_SEAL_DENY_BOTH: {
    sv: "Ska både e-tjänsterna och journalen stängas krävs både låst inloggning och förseglad journal.",
    en: "Denying both the e-services and the journal takes a locked login and a sealed journal.",
    source: K,
  },
  // Note visibility (Skåne)
  NOTE_TEMPLATE_HIDDEN: {
    sv: "Anteckningar i mallarna Tidiga hypoteser, Våld i nära relationer, Oro för att barn far illa och Hälsoundersökning på begäran av socialnämnd (HUBS) visas aldrig via nätet.",
    en: "Notes in the templates for early hypotheses, violence in close relationships, concern that a child is harmed and the social-services health examination (HUBS) are never shown online.",
    source: S,
  },
  NOTE_BEFORE_16: {
    sv: "Anteckningar skrivna innan patienten fyllde 16 år visas inte via nätet.",
    en: "Notes written before the patient turned 16 are not shown online.",
    source: S,
  },
  NOTE_ADULT_PSYCHIATRY_BEFORE_2015: {
    sv: "Från vuxenpsykiatrin visas anteckningar från och med 28 september 2015.",
    en: "Adult psychiatry notes are shown from 28 September 2015.",
    source: S,
  },
  NOTE_CHILD_FORENSIC_PSYCHIATRY_BEFORE_2019: {
    sv: "Från barn- och ungdomspsykiatrin och rättspsykiatrin visas anteckningar från och med 4 februari 2019.",
    en: "Child and adolescent psychiatry and forensic psychiatry notes are shown from 4 February 2019.",
    source: S,
  },
  NOTE_PSYCHIATRIC_INPATIENT_DELAY: {
    sv: "Journalinformation från psykiatrisk heldygnsvård visas med 28 dagars fördröjning.",
    en: "Notes from psychiatric inpatient care are shown with a 28-day delay.",
    source: S,
  },
  NOTE_REFERRAL_BEFORE_2020: {
    sv: "Remisser visas från och med 9 juni 2020.",
    en: "Referrals are shown from 9 June 2020.",
    source: S,
  },
  NOTE_REFERRAL_ANSWER_BEFORE_2014: {
    sv: "Remissvar visas från och med 1 september 2014.",
    en: "Referral answers are shown from 1 September 2014.",
    source: S,
  },
  NOTE_REFERRAL_ANSWER_UNSIGNED: {
    sv: "Bara definitivsignerade remissvar visas.",
    en: "Only definitively signed referral answers are shown.",
    source: S,
  },
  NOTE_SHOWN: {
    sv: "Anteckningen visas via nätet: ingen av reglerna som döljer anteckningar gäller.",
    en: "The note is shown online: none of the rules that hide notes applies.",
    source: S,
  },
  NOTE_PAPER_AFTER_HARM_ASSESSMENT: {
    sv: "Det som döljs via nätet kan patienten ändå få på papper efter en menprövning.",
    en: "What is hidden online the patient may still get on paper after a harm assessment.",
    source: S,
  },
} satisfies Record<string, RuleText>;

export type RuleCode = keyof typeof rules;
