/**
 * Where to ask for a copy of a record (shared/DOMAIN.md, "Archive holdings", sources 000 and 003),
 * as a pure function: the resident's answers in, the place to ask, how, and why out.
 */

export type Whose = "OWN" | "CHILD" | "DECEASED_RELATIVE" | "PRINCIPAL";
/** CURRENT: written now or in recent years (digital or already scanned); OLDER_PAPER: older records on paper. */
export type RecordPeriod = "CURRENT" | "OLDER_PAPER" | "UNKNOWN";
export type ProviderKind = "REGION" | "PRIVATE_PROVIDER" | "CLOSED_PRIVATE_PROVIDER" | "MUNICIPAL_SCHOOL" | "OTHER_REGION";
export type PersonState = "LIVING" | "RECENTLY_DECEASED" | "DIED_LONG_AGO";
export type AdviceAnswer = "CARE_UNIT" | "ARCHIVE" | "OTHER_BODY";

export interface AdviceInput {
  whose: Whose;
  period: RecordPeriod;
  provider: ProviderKind;
  person: PersonState;
}

export interface Text {
  sv: string;
  en: string;
}

export interface Advice {
  answer: AdviceAnswer;
  /** Who to contact and how. */
  contact: Text;
  /** Why this is the place, one fact per line. */
  reasons: Text[];
  /** What the request must carry, given whose record it is. */
  requirements: Text[];
  /** True when the archive is the answer: the portal's request form applies. */
  requestHere: boolean;
}

export const SWITCHBOARD = "0920-28 40 00";

const careUnitContact: Text = {
  sv: `Vårdmottagningen som skrev journalen: logga in på 1177.se och skriv via mottagningens kontaktformulär, eller ring mottagningen. Har du inte numret, ring regionens växel ${SWITCHBOARD} och be att få tala med en läkarsekreterare där.`,
  en: `The care unit that wrote the record: log in at 1177.se and write through the unit's contact form, or phone the unit. Without its number, call the region's switchboard on ${SWITCHBOARD} and ask for a medical secretary there.`,
};

const archiveContact: Text = {
  sv: "Regionarkivet: fyll i beställningen här i portalen när du har loggat in, så får du ett ärendenummer och kan följa ärendet under Mina ärenden.",
  en: "The regional archive: fill in the request here in the portal once logged in; you get a reference number and can follow the case under My cases.",
};

const reasonsText = {
  careUnitFirst: {
    sv: "En journal för en levande eller nyligen avliden person begärs i första hand från mottagningen som skrev den.",
    en: "The record of a living or recently deceased person is asked for first from the unit that wrote it.",
  },
  writtenNow: {
    sv: "Journaler som skrivs nu och äldre journaler som redan är inskannade finns hos mottagningen, inte i arkivet.",
    en: "Records written now, and older records already scanned, are with the care unit, not in the archive.",
  },
  olderPaper: {
    sv: "Regionarkivet förvarar äldre pappersjournaler från sjukhus och hälsocentraler som regionen (tidigare landstinget) drivit.",
    en: "The regional archive keeps older paper records from hospitals and health centres run by the region (formerly the county council).",
  },
  diedLongAgo: {
    sv: "Handlingar om en person som dog för länge sedan är äldre handlingar: dem kontaktar du arkivet för.",
    en: "Documents about someone who died long ago are older documents: for those you contact the archive.",
  },
  closedPrivate: {
    sv: "Arkivet förvarar journaler från ett fåtal nedlagda privata vårdgivare i länet, till exempel Sensia och LKAB-hälsan.",
    en: "The archive keeps the records of a few closed private care providers in the county, such as Sensia and LKAB-hälsan.",
  },
  privateProvider: {
    sv: "Arkivet har inte journaler från de flesta privata vårdgivare: de förvarar sina journaler själva.",
    en: "The archive does not hold most private providers' records: they keep their own.",
  },
  school: {
    sv: "Arkivet har inte kommunala skolors journaler eller betyg: de finns hos kommunen.",
    en: "The archive does not hold municipal schools' records or grades: the municipality does.",
  },
  otherRegion: {
    sv: "Arkivet har inte andra regioners handlingar: varje region har sitt eget arkiv.",
    en: "The archive does not hold other regions' documents: each region has its own archive.",
  },
} satisfies Record<string, Text>;

const requirementsByWhose: Record<Whose, Text[]> = {
  OWN: [],
  CHILD: [
    {
      sv: "Som vårdnadshavare begär du journalen för ett barn under 13 år. Har barnet fyllt 13 behövs barnets eget samtycke, bifogat.",
      en: "As a guardian you ask for the record of a child under 13. If the child is 13 or older, the child's own consent must be attached.",
    },
  ],
  DECEASED_RELATIVE: [
    {
      sv: "För en avliden anhörigs journal prövar arkivet mot sekretessen om uppgifterna kan lämnas ut till dig; ange din relation och bifoga det som styrker den.",
      en: "For a deceased relative's record the archive tries whether the information can be released to you; state your relation and attach what shows it.",
    },
  ],
  PRINCIPAL: [
    {
      sv: "Som god man eller förvaltare bifogar du huvudmannens samtycke och rättens beslut om ställföreträdarskapet.",
      en: "As a legal representative (god man, förvaltare) attach the principal's consent and the court's decision appointing you.",
    },
  ],
};

export function recordCopyAdvice(input: AdviceInput): Advice {
  const requirements = requirementsByWhose[input.whose];
  const other = (contact: Text, reason: Text): Advice => ({ answer: "OTHER_BODY", contact, reasons: [reason], requirements, requestHere: false });

  if (input.provider === "MUNICIPAL_SCHOOL") {
    return other({ sv: "Kommunen som drev skolan: kontakta kommunens arkiv.", en: "The municipality that ran the school: contact its archive." }, reasonsText.school);
  }
  if (input.provider === "OTHER_REGION") {
    return other({ sv: "Den region där vården gavs: kontakta mottagningen där eller regionens arkiv.", en: "The region where the care was given: contact the unit there or that region's archive." }, reasonsText.otherRegion);
  }
  if (input.provider === "PRIVATE_PROVIDER") {
    return other({ sv: "Den privata vårdgivaren som skrev journalen.", en: "The private provider that wrote the record." }, reasonsText.privateProvider);
  }
  if (input.provider === "CLOSED_PRIVATE_PROVIDER") {
    return { answer: "ARCHIVE", contact: archiveContact, reasons: [reasonsText.closedPrivate], requirements, requestHere: true };
  }
  // The region's own care.
  if (input.person === "DIED_LONG_AGO") {
    return { answer: "ARCHIVE", contact: archiveContact, reasons: [reasonsText.diedLongAgo, reasonsText.olderPaper], requirements, requestHere: true };
  }
  if (input.period === "OLDER_PAPER") {
    return {
      answer: "ARCHIVE",
      contact: archiveContact,
      reasons: [reasonsText.olderPaper, { sv: "Är journalen redan inskannad lämnar mottagningen ut den.", en: "If the record has already been scanned, the care unit releases it." }],
      requirements,
      requestHere: true,
    };
  }
  return { answer: "CARE_UNIT", contact: careUnitContact, reasons: [reasonsText.careUnitFirst, reasonsText.writtenNow], requirements, requestHere: false };
}
