import { Audience } from "@vardportal/kit";
import { GuidelineCategory } from "../entities/guideline-category.js";
import type { GuidelineSeed, SeedOwner } from "./guideline-seed.js";
import { md } from "./markdown.js";

/**
 * Region Skåne's guidelines for "Journalen via nätet", from the staff web (shared/seeds/004).
 * The owner and the review dates are sample values, not taken from the source.
 */
export const skaneOwner: SeedOwner = {
  region: "Skåne",
  owner: "Journal- och arkivservice, Regionarkivet, Region Skåne (exempelägare)",
  lastReviewed: "2025-09-01",
  reviewDue: "2026-09-01",
};

export const skaneGuidelines: GuidelineSeed[] = [
  {
    slug: "forlangd-atkomst-for-vardnadshavare-13-15-ar-skane",
    category: GuidelineCategory.MINORS_ACCESS,
    title: {
      sv: "Förlängd åtkomst för vårdnadshavare till journalen för barn 13–15 år med komplicerad sjukdom",
      en: "Extended journal access for guardians of children aged 13–15 with complex illness",
    },
    summary: {
      sv: "Vårdnadshavare till ett barn med komplicerad sjukdom kan ansöka om att fortsätta läsa barnets journal på 1177 under åren 13–15. Verksamhetschefen beslutar, och beslutet kan inte överklagas.",
      en: "Guardians of a child with complex illness can apply to keep reading the child's journal on 1177 at 13–15. The head of unit decides, and the decision cannot be appealed.",
    },
    body: {
      sv: md`
        I Region Skåne kan vårdnadshavare till ett barn med komplicerad sjukdom ansöka om förlängd direktåtkomst till barnets journal på 1177 när barnet är 13–15 år. Syftet är att vårdnadshavaren ska kunna fortsätta följa och vara insatt i vården av ett kroniskt sjukt barn.

        ## Så går det till
        1. Vårdnadshavaren fyller i ansökan och lämnar eller skickar den till den mottagning som vårdar barnet.
        2. Mottagningen fyller i sin del av samma blankett.
        3. Verksamhetschefen beslutar om ansökan beviljas. Beslutet går inte att överklaga.

        Samma blankett används när en beviljad åtkomst ska tas tillbaka.

        Blankett: *Ansökan om förlängd åtkomst journalinformation 13–15 år på 1177.se*.

        Från 16 år läser barnet själv sin journal, och då kan en vårdnadshavare inte längre få åtkomst.
      `,
      en: null,
    },
  },
  {
    slug: "lasa-inloggning-till-1177-skane",
    category: GuidelineCategory.LOCKING_ACCOUNT,
    title: {
      sv: "Låsa en patients inloggning till 1177 i Region Skåne",
      en: "Locking a patient's login to 1177 in Region Skåne",
    },
    summary: {
      sv: "Vården kan i undantagsfall låsa kontot, till exempel vid risk för hot eller våld. För ett barn under 13 år förseglas då också hela journalen. Låsningen gäller i högst tre månader.",
      en: "Care staff can lock the account in exceptional cases, such as a risk of threats or violence. For a child under 13 the whole journal is sealed as well. A lock lasts at most three months.",
    },
    body: {
      sv: md`
        Vårdpersonal kan i undantagsfall låsa en patients konto för e-tjänsterna på 1177 när sekretess kräver det, till exempel vid risk för hot eller våld. Patienten kan också själv låsa sin inloggning med en blankett från 1177.se.

        ## Vad låsningen gör
        - Patienten kan inte logga in i e-tjänsterna; vid försök visas att inloggningen är låst.
        - Ingen mottagning kan kommunicera med patienten via e-tjänsterna: det går inte att skicka inkorgsmeddelanden, skicka omvänt ärendeflöde, godkänna patienten för kommunikation eller dela ut ärendetyper. Inkorgen finns kvar och kan få svar på ärenden som patienten skickade före låsningen.
        - Vårdnadshavare kan inte vara ombud för ett barn under 13 år.
        - Externa e-tjänster, till exempel Stöd och behandling, PEP och Formulärtjänsten, omfattas för närvarande inte.
        - Själva låsningen stänger inte journalen.

        ## Skillnad i Skåne: barn under 13 år
        När kontot för ett barn under 13 år låses förseglas också hela barnets journal automatiskt, för båda vårdnadshavarna. Ska förseglingen bara gälla en namngiven vårdnadshavare måste verksamheten säga det när låsningen begärs.

        ## Hur länge
        Låsningen gäller i högst tre månader. Journalservice låser sedan upp kontot automatiskt, och allt som fanns före låsningen finns kvar. Behövs längre tid kontaktar verksamheten journal- och arkivservice igen. Ska kontot låsas upp i förtid ringer vårdpersonalen Journalservice och uppger invånarens personnummer, enhetens namn och HSA-id.

        ## Så begär du låsning
        Verksamhetschefen (dagtid) eller bakjouren (jourtid) godkänner först. Uppge sedan patientens personnummer, verksamhetens namn och verksamhetens HSA-id (se Skånekatalogen under "mer information om enheten").

        - Vardagar kl. 08–16: ring Journalservice, telefon 0771-86 66 00.
        - Övrig tid: ring Sus akutmottagning i Lund, telefon 046-17 65 34.

        Dokumentera både låsning och upplåsning under *Reglerad åtkomst på 1177.se* i patientens journal, så att andra verksamheter ser vad som har gjorts.

        ## Om patienten hör av sig till 1177
        Supporten för 1177:s e-tjänster svarar att inloggningen är spärrad på begäran av en vårdgivare. Supporten säger inte vilken region som har spärrat, utan lämnar ärendet vidare. I Skåne tar journal- och arkivservice emot det och hänvisar till rätt vårdgivare.
      `,
      en: null,
    },
  },
  {
    slug: "forsegla-journalen-pa-vardens-initiativ-skane",
    category: GuidelineCategory.SEALING,
    title: {
      sv: "Försegla journalen på vårdens initiativ",
      en: "Sealing a journal at the care provider's initiative",
    },
    summary: {
      sv: "Vården kan försegla hela journalen eller en verksamhets anteckningar, till exempel för att skydda ett barn. Ett slutdatum måste alltid anges, och en vecka före slutdatumet påminns verksamheten.",
      en: "Care staff can seal the whole journal or one unit's notes, for instance to protect a child. An end date is always required; the unit is reminded one week before it.",
    },
    body: {
      sv: md`
        En verksamhet kan behöva stänga en patients journaluppgifter för direktåtkomst. Ett exempel är en minderårigs journal som på grund av sekretess behöver förseglas för vårdnadshavaren, när barnet kan ta skada av att vårdnadshavaren läser uppgifterna.

        Förseglingen kan gälla hela journalen eller bara en verksamhets anteckningar. Den stänger journalen men inte e-tjänsterna.

        ## Beslut
        Vårdpersonalen rådgör dagtid med verksamhetschefen och under jourtid med bakjouren, som beslutar på verksamhetschefens uppdrag.

        ## Så begär du försegling
        - Vardagar kl. 08–16, efter verksamhetschefens godkännande: ring Journalservice (journal- och arkivservice), telefon 0771-86 66 00.
        - Jourtid, efter bakjourens godkännande: ring Sus akutmottagning i Lund, telefon 046-17 65 34.

        Uppge:
        - personnumret för den vars journal ska förseglas
        - verksamhetens namn och HSA-id (Skånekatalogen, "mer information om enheten")
        - om bara verksamhetens anteckningar eller hela journalen ska förseglas
        - vilken verksamhetschef eller bakjour som har beslutat
        - perioden förseglingen ska gälla – **ett slutdatum måste anges**
        - om förseglingen bara gäller den ena vårdnadshavaren: även den vårdnadshavarens personnummer, utöver barnets.

        Blankett: *Ansökan om försegling av journalen*.

        ## Dokumentation
        Den verksamhet som beslutade dokumenterar åtgärden under *Reglerad åtkomst på 1177.se* i patientens journal.

        ## Vad patienten ser
        Att journalen är förseglad syns inte i tjänsten; där står bara att det inte finns någon information att visa. En patient som anser att hen borde få se mer vänder sig till verksamheten som har dolt uppgifterna, där verksamhetschefen beslutar, och får patienten inget svar därifrån kan hen vända sig till patientnämnden.

        ## När förseglingen upphör
        En vecka före slutdatumet kontaktar journal- och arkivservice verksamheten och påminner om att förseglingen bryts inom en vecka. Ska den förlängas eller brytas i förtid kontaktar verksamheten journal- och arkivservice igen. Dokumentera även förlängning och brytning under *Reglerad åtkomst på 1177.se*, och se till att andra berörda verksamheter får veta att förseglingen är bruten.

        Privata vårdgivare som är anslutna till Journalen följer de rutiner Region Skåne anvisar. Blankett för att bryta förseglingen: *Ansökan om att bryta försegling*.
      `,
      en: null,
    },
  },
  {
    slug: "stang-din-journal-eller-inloggning-skane",
    category: GuidelineCategory.SEALING,
    audience: Audience.PUBLIC,
    title: {
      sv: "Så stänger du din journal eller din inloggning på 1177",
      en: "How to close your journal or your login on 1177",
    },
    summary: {
      sv: "Du kan själv försegla din journal och låsa din inloggning till e-tjänsterna. För att öppna en förseglad journal igen behöver du besöka din vårdcentral med legitimation.",
      en: "You can seal your journal and lock your login to the e-services yourself. To open a sealed journal again you visit your health centre with ID.",
    },
    body: {
      sv: md`
        ## Försegla journalen
        När du förseglar din journal kan ingen läsa den via 1177, inte heller du. E-tjänsterna, till exempel tidbokning, fungerar som vanligt.

        - Enklast är att logga in på 1177.se och försegla journalen där.
        - Kan eller vill du inte göra det själv kan du kontakta Journalservice i Region Skåne med blankett, per telefon, e-post eller brev.
        - Vill du bara försegla en del av journalen behöver du blanketten; en del av journalen går inte att försegla direkt på 1177.se.

        Om du ber om det får du en bekräftelse med rekommenderat brev.

        Är du vårdnadshavare? Om du förseglar hela din egen journal kan du inte heller läsa ditt barns journal, eftersom du når barnets journal via din egen.

        ## Öppna journalen igen
        Förseglingen går inte att bryta på 1177.se. Ta med blanketten för att bryta förseglingen och en giltig legitimation till den vårdcentral där du är listad. Där skriver du under på att ingen tvingar dig, och vårdpersonalen skickar blanketten till journal- och arkivservice, som bryter förseglingen.

        ## Låsa inloggningen
        Du kan låsa och låsa upp din inloggning till e-tjänsterna på 1177 med en blankett som finns på 1177.se. En låst inloggning stänger e-tjänsterna men inte journalen. Vill du stänga båda behöver du både låsa inloggningen och försegla journalen.

        ## Kontakt
        Journalservice, Region Skåne: telefon 0771-86 66 00, vardagar kl. 08–16. E-post: Journalarkiv@skane.se.
      `,
      en: md`
        ## Sealing your journal
        When you seal your journal, nobody can read it through 1177, not even you. The e-services, such as booking appointments, work as usual.

        - The easiest way is to log in at 1177.se and seal the journal there.
        - If you cannot or do not want to do it yourself, contact Journalservice at Region Skåne by form, phone, e-mail or letter.
        - To seal only part of your journal you need the form; parts of the journal cannot be sealed directly on 1177.se.

        If you ask for it, you get a confirmation by registered letter.

        Are you a guardian? If you seal your whole journal you can no longer read your child's journal either, because you reach your child's journal through your own.

        ## Opening your journal again
        A seal cannot be broken on 1177.se. Bring the form for breaking the seal and valid ID to the health centre where you are registered. There you sign that nobody is forcing you, and the staff send the form to the records service, which breaks the seal.

        ## Locking your login
        You can lock and unlock your login to the e-services on 1177 with a form found on 1177.se. A locked login closes the e-services but not the journal. To close both, lock the login and seal the journal.

        ## Contact
        Journalservice, Region Skåne: phone 0771-86 66 00, weekdays 08–16. E-mail: Journalarkiv@skane.se.
      `,
    },
    // Swedish only: the portal shows it marked lang="sv" on the English page.
    easyToRead: {
      sv: [
        "Du kan stänga din journal på 1177.\nDet kallas att försegla journalen.\nDå kan ingen läsa journalen på 1177, inte heller du.\nE-tjänsterna fungerar som vanligt.\nDet enklaste är att logga in på 1177.se och försegla journalen där.",
        "Vill du öppna journalen igen?\nDet går inte på 1177.se.\nGå till den vårdcentral där du är listad.\nTa med blanketten för att bryta förseglingen och en giltig legitimation.",
        "Du kan också låsa din inloggning till e-tjänsterna.\nDet gör du med en blankett som finns på 1177.se.\nDå kan du inte använda e-tjänsterna.\nMen journalen är inte stängd.\nVill du stänga både e-tjänsterna och journalen?\nDå måste du låsa inloggningen och försegla journalen.",
        "Har du frågor?\nRing Journalservice i Region Skåne på 0771-86 66 00.\nDe svarar på vardagar klockan 8 till 16.",
      ].join("\n\n"),
      en: null,
    },
  },
  {
    slug: "blockera-vardnadshavare-skane",
    category: GuidelineCategory.BLOCKING_GUARDIAN,
    title: {
      sv: "Blockera en vårdnadshavares tillgång för ett barn under 13 år",
      en: "Blocking a guardian's access for a child under 13",
    },
    summary: {
      sv: "Vården kan stänga en eller båda vårdnadshavares tillgång till barnets e-tjänster och journal. Verksamhetschefen godkänner kl. 08–16, bakjouren övrig tid.",
      en: "Care staff can shut one or both guardians out of the child's e-services and journal. The head of unit approves 08–16, the senior physician on call at other times.",
    },
    body: {
      sv: md`
        Vårdpersonal kan blockera en eller båda vårdnadshavares tillgång till e-tjänsterna och journalen på 1177 för ett barn under 13 år.

        ## Vad blockeringen gör
        - Den blockerade vårdnadshavaren kan inte vara ombud för barnet i e-tjänsterna och kan inte läsa barnets journal via nätet.
        - Blockeras bara den ena vårdnadshavaren kan den andra fortsätta som ombud i både e-tjänsterna och journalen.
        - Ett barn som har en egen e-legitimation kan fortsätta använda e-tjänsterna.

        ## Vem beslutar
        Verksamhetschefen godkänner blockeringen kl. 08–16. Övrig tid godkänner bakjouren.

        ## Så gör du
        - Vardagar kl. 08–16, när verksamhetschefen har godkänt: ring Journalservice, telefon 0771-86 66 00.
        - Jourtid, när bakjouren har godkänt: ring Sus akutmottagning i Lund, telefon 046-17 65 34.

        Vårdpersonalen på den vårdande enhet som godkände blockeringen dokumenterar åtgärden under *Reglerad åtkomst på 1177.se* i barnets journal.

        ## Om den blockerade kan komma åt barnets e-legitimation
        Finns det misstanke om att en blockerad vårdnadshavare ändå kan ta sig in, till exempel med barnets e-legitimation, bör hela kontot på 1177 låsas och journalen förseglas.
      `,
      en: null,
    },
  },
  {
    slug: "dolt-for-patienten-i-journalen-skane",
    category: GuidelineCategory.JOURNAL_ONLINE,
    title: {
      sv: "Det här visas inte för patienten i Journalen via nätet",
      en: "What the patient does not see in the journal online",
    },
    summary: {
      sv: "Fyra mallar döljs alltid, anteckningar från före 16 års ålder visas inte och flera slags uppgifter visas först från ett visst datum. Dolda uppgifter kan lämnas ut på papper efter menprövning.",
      en: "Four templates are always hidden, notes from before the age of 16 are not shown, and several kinds of entry are shown only from a given date. Hidden content may be released on paper after a harm assessment.",
    },
    body: {
      sv: md`
        ## Mallar som aldrig visas
        I PMO och Melior döljs allt som skrivs i de här mallarna automatiskt för patienten. Uppgifterna delas ändå med andra vårdgivare via NPÖ.

        - **Tidiga hypoteser** – för uppgifter som kan skada patienten, en närstående eller tredje man, eller som kan leda till hot eller våld om patienten får veta dem. Använd mallen sparsamt och efter noga övervägande. I Melior syns diagnoser som skrivs i vanliga anteckningar, så en diagnos som inte ska visas måste skrivas här; i PMO syns diagnoser aldrig för patienten.
        - **Våld i nära relationer** – för dokumentation av våldsutsatthet enligt vårdprogrammet.
        - **Oro för att barn far illa** – när ett barn kan ha utsatts för hot, våld eller övergrepp. Är du osäker på om det finns en hotbild, använd mallen.
        - **Hälsoundersökning på begäran av socialnämnd (HUBS)** – för barn som ska placeras i samhällsvård.

        ## Vad som visas från när
        - Anteckningar skrivna innan patienten fyllde 16 år visas inte.
        - Vuxenpsykiatri: delar av anteckningarna, från och med 28 september 2015.
        - Barn- och ungdomspsykiatri och rättspsykiatri: anteckningar från och med 4 februari 2019.
        - Psykiatrisk heldygnsvård: visas med 28 dagars fördröjning.
        - Remisser: från och med 9 juni 2020.
        - Remissvar från bild- och funktionsmedicin och diagnostik: från och med 1 september 2014, och bara svar som är definitivsignerade.

        ## Om patienten vill se mer
        När patienten loggar in godkänner hen villkor som säger att allt i journalen inte visas i e-tjänsten. Patienten kan begära ut journalen på papper från journal- och arkivservice och kan då få de dolda uppgifterna efter menprövning, det vill säga en bedömning av om patienten, en närstående eller tredje man kan skadas av att uppgifterna lämnas ut.
      `,
      en: null,
    },
  },
];
