import { Audience } from "@vardportal/kit";
import { GuidelineCategory } from "../entities/guideline-category.js";
import type { GuidelineSeed, SeedOwner } from "./guideline-seed.js";
import { md } from "./markdown.js";

/**
 * Region Kronoberg's routines for 1177 Journal, from the Arkiv- och journalenheten's slides
 * (shared/seeds/003). The owner and the review dates are sample values, not taken from the source.
 */
export const kronobergOwner: SeedOwner = {
  region: "Kronoberg",
  owner: "Arkiv- och journalenheten, Region Kronoberg (exempelägare)",
  lastReviewed: "2025-05-13",
  reviewDue: "2026-05-13",
};

export const kronobergGuidelines: GuidelineSeed[] = [
  {
    slug: "barns-journal-vid-olika-aldrar-kronoberg",
    category: GuidelineCategory.MINORS_ACCESS,
    title: {
      sv: "Barns journal på 1177 – vad som gäller vid olika åldrar",
      en: "A child's journal on 1177 – what applies at each age",
    },
    summary: {
      sv: "Vårdnadshavare är ombud för barnet och läser barnets journal fram till 13-årsdagen. Från 13 till 16 år läser ingen journalen via nätet utan ett särskilt beslut, och från 16 år läser barnet den själv.",
      en: "Guardians act for the child and read the child's journal until the 13th birthday. From 13 until 16 nobody reads it online without a specific decision; from 16 the child reads it.",
    },
    body: {
      sv: md`
        ## Under 13 år
        - Vårdnadshavaren loggar in på 1177 med sin egen e-legitimation och sköter barnets ärenden som ombud, till exempel bokningar och meddelanden.
        - Från sin egen journalvy kan vårdnadshavaren växla över till barnets journal och läsa den.
        - Ombudsrollen upphör på barnets 13-årsdag, både i e-tjänsterna och i journalen.

        ## 13–15 år
        - Från 13-årsdagen loggar barnet in på 1177 själv och sköter sina egna ärenden, till exempel bokningar och inkorgen.
        - Journalen är stängd både för barnet och för vårdnadshavarna tills barnet fyller 16, om inte direktåtkomst har beviljats (se riktlinjen om direktåtkomst för 13–15 år).
        - Ett barn som försöker öppna journalen får ett meddelande om att den inte är tillgänglig före 16 år, och att den som är 13–15 år och har särskilda skäl kan vända sig till dem som ansvarar för vården.

        ## 16 år och äldre
        - Barnet läser sin journal på 1177, förutsatt att barnet har ett fullständigt personnummer och en e-legitimation.
        - En vårdnadshavare kan inte få tillgång till barnets journal efter 16-årsdagen. Inera utreder om det ska bli möjligt längre fram.

        ## Skyddade personuppgifter
        Den som har skyddade personuppgifter kan logga in på 1177 med e-legitimation. Men om vårdnadshavaren eller barnet har skyddade personuppgifter kan vårdnadshavaren inte vara ombud: varken barnets journal eller barnets övriga e-tjänster går att nå.

        Begär vården i ett sådant fall att en vårdnadshavare blockeras, är ombudsfunktionen alltså redan bruten. VIS-Supporten låser då ändå barnets inloggning och förseglar barnets journal, eftersom ombudsfunktionen annars öppnas igen den dag skyddet upphör.

        ## Frågor
        VIS-Supporten, telefon 0470-58 20 20, knappval 2.
      `,
      en: null,
    },
  },
  {
    slug: "din-journal-nar-du-ar-13-15-ar",
    category: GuidelineCategory.MINORS_ACCESS,
    audience: Audience.PUBLIC,
    title: {
      sv: "Din journal på 1177 när du är 13–15 år",
      en: "Your journal on 1177 when you are 13 to 15",
    },
    summary: {
      sv: "Från 13 år loggar du själv in på 1177 och sköter dina ärenden, men din journal öppnas för dig först när du fyller 16.",
      en: "From 13 you log in to 1177 yourself and handle your own matters, but your journal opens to you when you turn 16.",
    },
    body: {
      sv: md`
        När du fyller 13 år kan du logga in på 1177 med din egen e-legitimation. Då kan du till exempel boka tider och läsa och skicka meddelanden till vården. Dina vårdnadshavare kan inte längre sköta dina ärenden åt dig.

        Din journal på 1177 är stängd tills du fyller 16 år, både för dig och för dina vårdnadshavare. Försöker du öppna den får du ett meddelande om att den inte är tillgänglig för dig ännu.

        **Har du särskilda skäl att läsa din journal?** Prata med dem som ansvarar för din vård. Vårdpersonalen som behandlar dig kan tillsammans med dig besluta att du får läsa journalen från just den mottagningen.

        Dina vårdnadshavare kan också få läsa din journal medan du är 13–15 år, men bara om vårdpersonalen beslutar det tillsammans med både dig och dem.

        När du fyller 16 år kan du läsa din journal, om du har ett fullständigt personnummer och en e-legitimation.
      `,
      en: md`
        When you turn 13 you can log in to 1177 with your own e-ID. You can then, for example, book appointments and read and send messages to your care providers. Your guardians can no longer handle these things for you.

        Your journal on 1177 stays closed until you turn 16, both to you and to your guardians. If you try to open it, a message tells you that it is not available to you yet.

        **Do you have a particular reason to read your journal?** Talk to the people responsible for your care. The staff treating you can decide together with you that you may read the journal from that clinic.

        Your guardians can also be allowed to read your journal while you are 13 to 15, but only if the care staff decide so together with both you and them.

        When you turn 16 you can read your journal, as long as you have a full Swedish personal identity number and an e-ID.
      `,
    },
    easyToRead: {
      sv: [
        "När du fyller 13 år kan du logga in på 1177 själv.\nDu använder din egen e-legitimation.\nDå kan du boka tider.\nDu kan också läsa och skicka meddelanden till vården.\nDina vårdnadshavare kan inte längre göra det åt dig.",
        "Din journal på 1177 är stängd tills du fyller 16 år.\nDen är stängd för dig och för dina vårdnadshavare.",
        "Har du ett särskilt skäl att läsa din journal innan du fyller 16 år?\nPrata med dem som ger dig vård.\nDe kan bestämma tillsammans med dig\natt du får läsa journalen från deras mottagning.",
        "När du fyller 16 år kan du läsa din journal.\nDå behöver du ett fullständigt personnummer och en e-legitimation.",
      ].join("\n\n"),
      en: [
        "When you turn 13 you can log in to 1177 yourself.\nYou use your own e-ID.\nThen you can book appointments.\nYou can also read and send messages to your care providers.\nYour guardians can no longer do this for you.",
        "Your journal on 1177 is closed until you turn 16.\nIt is closed to you and to your guardians.",
        "Do you have a special reason to read your journal before you turn 16?\nTalk to the people who give you care.\nTogether with you, they can decide\nthat you may read the journal from their clinic.",
        "When you turn 16 you can read your journal.\nThen you need a full Swedish personal identity number and an e-ID.",
      ].join("\n\n"),
    },
  },
  {
    slug: "direktatkomst-13-15-ar-kronoberg",
    category: GuidelineCategory.MINORS_ACCESS,
    title: {
      sv: "Direktåtkomst till journalen för barn 13–15 år och deras vårdnadshavare",
      en: "Journal access for children aged 13–15 and for their guardians",
    },
    summary: {
      sv: "Barnet och vårdnadshavaren kan var för sig få läsa barnets journal på 1177 under åren 13–15. Vården beslutar och VIS-Supporten verkställer.",
      en: "The child and the guardian can each be allowed to read the child's journal on 1177 at 13–15. Care staff decide; VIS-Supporten carries it out.",
    },
    body: {
      sv: md`
        Som huvudregel är barnets journal på 1177 stängd från 13-årsdagen till 16-årsdagen. Två slags beslut kan öppna den.

        ## Vårdnadshavarens åtkomst
        - Kan ges från barnets 13-årsdag till och med 15 år.
        - Hälso- och sjukvårdspersonal beslutar i samråd med vårdnadshavaren och barnet.
        - Beställ med blanketten *Direktåtkomst för vårdnadshavare till barns journal mellan 13 och 15 år*.

        ## Barnets egen åtkomst
        - Kan ges från 13 år till och med 15 år.
        - Den behandlande hälso- och sjukvårdspersonalen beslutar i samråd med barnet.
        - Beslutet gäller en verksamhet eller klinik i taget.
        - Beställ med blanketten *Direktåtkomst av journal för minderårig från 13 år tom 15 år*.

        ## Så verkställs beslutet
        Fyll i och signera blanketten, skriv ut den och skicka den till VIS-Supporten.

        Åtkomsten tas bort med motsvarande blanketter i Cosmic. Försäkra dig då om att det är den enskildes egen önskan och att ingen hotar.

        Från 16 år läser barnet själv, och då kan en vårdnadshavare inte längre få åtkomst.

        VIS-Supporten: telefon 0470-58 20 20, knappval 2.
      `,
      en: null,
    },
  },
  {
    slug: "lasa-inloggning-till-1177-kronoberg",
    category: GuidelineCategory.LOCKING_ACCOUNT,
    title: {
      sv: "Låsa inloggningen till 1177",
      en: "Locking a resident's login to 1177",
    },
    summary: {
      sv: "En låst inloggning stänger e-tjänsterna men inte journalen. Vården begär låsning med blankett till VIS-Supporten; i akuta fall går det att ringa.",
      en: "A locked login closes the e-services but not the journal. Care staff request it with a form sent to VIS-Supporten, or by phone when urgent.",
    },
    body: {
      sv: md`
        Både invånaren själv och vården kan begära att inloggningen till 1177 låses.

        ## Vad låsningen gör
        - Invånaren kommer inte åt 1177:s övriga e-tjänster, som tidbokning, inkorgen och recept. Vid inloggningsförsök visas att inloggningen är låst.
        - Journalen på 1177 påverkas inte. Ska även journalen stängas måste den förseglas, se riktlinjen om att stänga både e-tjänsterna och journalen.

        ## Barn under 13 år
        - Ingen kan logga in som barnet, varken barnet självt eller en vårdnadshavare i ombudsläge.
        - Barnet försvinner från vårdnadshavarens startsida och kan inte läggas till igen.
        - Vårdnadshavaren når ändå barnets journal via sin egen journalvy: låsningen rör inte journalen.

        ## När en vårdnadshavare blockeras
        När vården blockerar en vårdnadshavares tillgång till barnets journal låser VIS-Supporten samtidigt barnets inloggning, så att vårdnadshavaren inte kan logga in på barnets konto med barnets e-legitimation. Blankett: *Blockera vårdnadshavares tillgång till barns journal samt lås barnets 1177-konto*.

        ## Så begär vården låsning
        1. Fyll i blanketten *Begäran om att låsa 1177-konto*, signera den och skriv ut den.
        2. Skicka den till VIS-Supporten, som verkställer.
        3. I akuta fall: ring VIS-Supporten, telefon 0470-58 20 20, knappval 2.

        Vill invånaren själv låsa sin inloggning finns information på 1177.se. Låsningen hävs med en blankett i Cosmic; kontrollera då att det är den enskildes egen önskan och att ingen hotar.
      `,
      en: null,
    },
  },
  {
    slug: "stanga-e-tjanster-och-journal-kronoberg",
    category: GuidelineCategory.JOURNAL_ONLINE,
    title: {
      sv: "Stänga både e-tjänsterna och journalen på 1177",
      en: "Closing both the e-services and the journal on 1177",
    },
    summary: {
      sv: "Att låsa inloggningen stänger bara e-tjänsterna och att försegla journalen stänger bara journalen. Ska invånaren inte nå något av dem krävs båda åtgärderna.",
      en: "Locking the login closes only the e-services and sealing closes only the journal. To deny both, do both.",
    },
    body: {
      sv: md`
        1177 består av två delar som stängs var för sig:

        | Del | Innehåll | Stängs genom |
        |---|---|---|
        | 1177 Journal | anteckningar, diagnoser, läkemedel, remisser, provsvar, tillväxt, vårdplaner, loggar och spärrar | försegling av journalen |
        | Övriga e-tjänster | tidbokning, inkorgen, förnya och se recept, vårdval, mottagningar, 1177 direkt | låsning av inloggningen |

        Båda kan begäras av invånaren själv eller av vården. Ska invånaren varken nå e-tjänsterna eller journalen måste vården **både låsa inloggningen och försegla journalen**.

        ## Försegla journalen
        - Hela journalen eller enskilda vårdenheter kan förseglas. För en enskild enhet går det att ange ett datumintervall, så att bara uppgifter registrerade under den perioden döljs.
        - För ett barn under 13 år betyder förseglingen att ingen kan öppna barnets journal, inte heller en vårdnadshavare som ombud. Vårdnadshavaren kan fortfarande vara ombud i e-tjänsterna.
        - En invånare som vill försegla sin journal gör det i första hand själv i 1177 Journal.

        ## Så verkställs det
        Fyll i och signera blanketterna *Begäran om att låsa 1177-konto* och *Försegling av journalen* i Cosmic, skriv ut dem och skicka dem till VIS-Supporten. I akuta fall: ring VIS-Supporten, telefon 0470-58 20 20, knappval 2.

        Blanketter för att häva låsningen och bryta förseglingen finns också i Cosmic. Kontrollera att det är den enskildes egen önskan och att ingen hotar.
      `,
      en: null,
    },
  },
  {
    slug: "god-man-forvaltare-ombud-i-journalen-kronoberg",
    category: GuidelineCategory.LEGAL_REPRESENTATIVE,
    title: {
      sv: "God man eller förvaltare som ombud i journalen",
      en: "A court-appointed representative (god man or förvaltare) as proxy in the journal",
    },
    summary: {
      sv: "En god man eller förvaltare med uppdrag att sörja för person kan läsa huvudmannens journal på 1177, om huvudmannen samtycker och tingsrättens förordnande visas upp.",
      en: "A court-appointed god man or förvaltare charged with the person's welfare can read the principal's journal on 1177, with the principal's consent and the court order.",
    },
    body: {
      sv: md`
        För att vara ombud för någon annan i journalen på 1177 krävs att
        - personen är förordnad som god man eller förvaltare med uppdraget att sörja för person (legal ställföreträdare), och
        - huvudmannen samtycker till att sekretessen inte ska gälla mot ställföreträdaren.

        Tingsrättens förordnande ska visas upp.

        ## Så gör du
        1. Fyll i blanketten *Ombud i journal* och signera den elektroniskt.
        2. Skriv ut den och låt huvudmannen skriva under.
        3. Skanna in den undertecknade blanketten och tingsrättens förordnande i patientjournalen.
        4. Skicka blanketten till VIS-Supporten, som verkställer.

        VIS-Supporten: telefon 0470-58 20 20, knappval 2.
      `,
      en: null,
    },
  },
];
