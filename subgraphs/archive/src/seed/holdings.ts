import { Audience, ContentStatus, localized, seedId } from "@vardportal/kit";
import type { ArchiveHolding } from "../entities/archive-holding.entity.js";
import { HoldingKind } from "../entities/holding-kind.js";

type SeedHolding = Partial<ArchiveHolding> & Pick<ArchiveHolding, "slug" | "title" | "description" | "kind" | "held">;

function published(holding: SeedHolding): Partial<ArchiveHolding> {
  return { id: seedId("archive-holding", holding.slug), status: ContentStatus.PUBLISHED, audience: Audience.PUBLIC, region: "Norrbotten", ...holding };
}

/** Records written today and records already scanned are both asked for at the care unit, the same way. */
const askTheCareUnit = localized(
  "Den vårdmottagning som skrev journalen. Logga in på 1177.se och använd mottagningens kontaktformulär, eller ring mottagningen. Har du inte numret kan du ringa Region Norrbottens växel, 0920-28 40 00, och be att bli kopplad till en läkarsekreterare på kliniken eller hälsocentralen.",
  "The care unit that wrote the record. Log in at 1177.se and use the unit's contact form, or phone the unit. If you do not have the number, call Region Norrbotten's switchboard on 0920-28 40 00 and ask to be put through to a medical secretary at the clinic or health centre.",
);

const countyCouncil = "Norrbottens läns landsting, i dag Region Norrbotten";
const store = "Regionarkivets magasin";
const patientSecrecy = localized(
  "Journaler omfattas av hälso- och sjukvårdssekretess. Den som journalen gäller, eller den som har fullmakt eller samtycke, kan begära en kopia; arkivet gör en menprövning innan något lämnas ut.",
  "Records are covered by health-care secrecy. The person the record is about, or someone with their power of attorney or consent, can ask for a copy; the archive assesses possible harm before anything is released.",
);
const series = (creator: string, accessConditions = patientSecrecy) => ({ creator, whereKept: store, accessConditionsText: accessConditions });

/** Regionarkivet i Norrbotten: what it keeps and what it does not (shared/seeds 000), in our own words. */
export const holdingSeed: Partial<ArchiveHolding>[] = [
  published({
    slug: "om-regionarkivet",
    title: localized("Om Regionarkivet i Norrbotten", "About the Norrbotten regional archive"),
    description: localized(
      "Regionarkivet har drygt 10 kilometer hyllor med material: mest gamla patientjournaler från 1900-talet, men också bland annat ekonomiska handlingar, mötesprotokoll, betyg, affischer och ritningar. Här arbetar en arkivarie och fem arkivassistenter. De vårdar och förtecknar samlingarna, tar emot beställningar från allmänheten, myndigheter och företag och hjälper regionens anställda med arkivfrågor. Arkivet skannar också varje dag in de pappersjournaler som skrivs på regionens sjukhus och hälsocentraler och gör dem tillgängliga för vårdpersonalen inom 24 timmar – i snitt 2 000–3 000 sidor om dagen, med uppgifter om upp till omkring 1 000 patienter. Vill du ha en kopia av en journal för en levande eller nyligen avliden person vänder du dig i första hand till mottagningen som skrev den; arkivet kontaktar du bara i undantagsfall eller för äldre handlingar.",
      "The regional archive holds just over 10 kilometres of shelving: mostly old patient records from the twentieth century, but also financial documents, minutes of meetings, grades, posters and drawings, among other things. One archivist and five archive assistants work here. They look after and catalogue the holdings, handle orders from the public, authorities and companies, and help the region's staff with records questions. Every day the archive also scans the paper records written at the region's hospitals and health centres and makes them available to care staff within 24 hours – on average 2,000–3,000 pages a day, covering up to about 1,000 patients. For a copy of the record of a living or recently deceased person, turn first to the unit that wrote it; contact the archive only in exceptional cases or for older documents.",
    ),
    kind: HoldingKind.OTHER,
    held: true,
  }),
  published({
    slug: "aldre-patientjournaler",
    ...series(countyCouncil),
    title: localized("Äldre patientjournaler på papper", "Older paper patient records"),
    description: localized(
      "Pappersjournaler från sjukhus och vårdcentraler som Region Norrbotten, tidigare Norrbottens läns landsting, driver eller har drivit.",
      "Paper records from hospitals and health centres that Region Norrbotten, formerly Norrbotten County Council, runs or has run.",
    ),
    kind: HoldingKind.PATIENT_RECORDS,
    held: true,
  }),
  published({
    slug: "barnhalsovardsjournaler",
    ...series(countyCouncil),
    title: localized("Barnhälsovårdsjournaler", "Child health records"),
    description: localized("En del journaler från barnhälsovården, även från senare år.", "Some child health care records, including recent ones."),
    kind: HoldingKind.CHILD_HEALTH_RECORDS,
    held: true,
  }),
  published({
    slug: "nedlagda-privata-vardgivare",
    ...series("Nedlagda privata vårdgivare i länet, bland andra Sensia och LKAB-hälsan"),
    title: localized("Journaler från nedlagda privata vårdgivare", "Records of closed private care providers"),
    description: localized(
      "Patientjournaler från ett fåtal privata vårdinrättningar i länet som inte finns kvar, till exempel Sensia och LKAB-hälsan.",
      "Patient records of a few private care providers in the county that no longer exist, such as Sensia and LKAB-hälsan.",
    ),
    kind: HoldingKind.PRIVATE_PROVIDER_RECORDS,
    held: true,
  }),
  published({
    slug: "vardhogskolan",
    ...series("Vårdhögskolan och andra utbildningar inom landstinget", localized("Betyg och kursuppgifter lämnas ut till den de gäller.", "Grades and course details are released to the person they concern.")),
    title: localized("Kursinformation och betyg från Vårdhögskolan", "Course information and grades from the nursing college"),
    description: localized(
      "Uppgifter om kurser och betyg från Vårdhögskolan och från en del andra utbildningar.",
      "Course details and grades from the nursing college (Vårdhögskolan) and from some other programmes.",
    ),
    kind: HoldingKind.EDUCATION_RECORDS,
    held: true,
  }),
  published({
    slug: "barnhem-och-vardhem",
    ...series(countyCouncil),
    title: localized("Barnhem, vårdhem och andra inrättningar", "Children's homes, care homes and other institutions"),
    description: localized(
      "Handlingar från barnhem, vårdhem och andra inrättningar som landstinget drev.",
      "Records of children's homes, care homes and other institutions that the county council ran.",
    ),
    kind: HoldingKind.INSTITUTION_RECORDS,
    held: true,
  }),
  published({
    slug: "diarieforda-handlingar",
    ...series("Region Norrbotten", localized("Allmänna handlingar: var och en kan begära att få läsa dem; uppgifter som omfattas av sekretess prövas först.", "Public documents: anyone may ask to read them; information under secrecy is tried first.")),
    title: localized("Regionens diarieförda handlingar", "The region's registered documents"),
    description: localized("Originalen på papper till de handlingar som regionen har diariefört.", "The paper originals of the documents the region has registered."),
    kind: HoldingKind.REGISTERED_DOCUMENTS,
    held: true,
  }),
  published({
    slug: "journaler-som-skrivs-nu",
    title: localized("Journaler som skrivs i dag", "Records being written today"),
    description: localized("Arkivet har inte journaler som förs i vården just nu.", "The archive does not hold records that care is keeping now."),
    kind: HoldingKind.PATIENT_RECORDS,
    held: false,
    whereToAskText: askTheCareUnit,
  }),
  published({
    slug: "skannade-journaler",
    title: localized("Äldre journaler som har skannats", "Older records that have been scanned"),
    description: localized(
      "En pappersjournal som har skannats in finns digitalt hos vården, och det är där du begär ut den.",
      "A paper record that has been scanned is kept digitally by the care unit, and that is where you ask for it.",
    ),
    kind: HoldingKind.PATIENT_RECORDS,
    held: false,
    whereToAskText: askTheCareUnit,
  }),
  published({
    slug: "de-flesta-privata-vardgivare",
    title: localized("Journaler från de flesta privata vårdgivare", "Records of most private care providers"),
    description: localized(
      "Arkivet har bara journaler från ett fåtal nedlagda privata vårdgivare, inte från de flesta privata vårdinrättningarna i länet.",
      "The archive only holds the records of a few closed private providers, not those of most private providers in the county.",
    ),
    kind: HoldingKind.PRIVATE_PROVIDER_RECORDS,
    held: false,
    whereToAskText: localized("Den privata vårdgivare som skrev journalen.", "The private care provider that wrote the record."),
  }),
  published({
    slug: "kommunala-skolor",
    title: localized("Journaler och betyg från kommunala grundskolor", "Records and grades from municipal schools"),
    description: localized(
      "Journaler och betyg från grundskolor som kommunerna driver finns inte här.",
      "Records and grades from compulsory schools run by the municipalities are not kept here.",
    ),
    kind: HoldingKind.EDUCATION_RECORDS,
    held: false,
    whereToAskText: localized("Kommunen som drev skolan.", "The municipality that ran the school."),
  }),
  published({
    slug: "andra-regioner",
    title: localized("Handlingar från andra regioner", "Documents of other regions"),
    description: localized(
      "Arkivet har bara Region Norrbottens handlingar, inte andra regioners eller landstings.",
      "The archive only holds Region Norrbotten's documents, not those of other regions or county councils.",
    ),
    kind: HoldingKind.OTHER,
    held: false,
    whereToAskText: localized("Den region eller det landsting som handlingarna kommer från.", "The region or county council the documents come from."),
  }),
  published({
    slug: "intern-placering-privata-vardgivare",
    audience: Audience.ARCHIVE,
    title: localized("Exempel: intern placering av journaler från nedlagda privata vårdgivare", "Sample: where the closed private providers' records are shelved"),
    description: localized(
      "EXEMPELDATA – påhittad för demonstration, inte en verklig placering. Anteckning för arkivpersonalen: journalerna från Sensia och LKAB-hälsan står i magasin 2, sektion C; förteckningen ligger i arkivets register under Privata vårdgivare.",
      "SAMPLE DATA – invented for demonstration, not a real location. Note for archive staff: the Sensia and LKAB-hälsan records are in store 2, section C; the list is in the archive's register under Private providers.",
    ),
    kind: HoldingKind.PRIVATE_PROVIDER_RECORDS,
    held: true,
    // Invented, like the location above: the real extent is not in the sources.
    extentMeters: 42.5,
  }),
];
