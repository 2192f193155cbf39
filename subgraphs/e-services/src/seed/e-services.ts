import { Audience, ContentStatus, localized, seedId } from "@vardportal/kit";
import { EServiceChannel } from "../entities/e-service-channel.js";
import type { EService } from "../entities/e-service.entity.js";
import type { EServiceOffering } from "../entities/e-service-offering.entity.js";
import { spansOn, WEEKDAYS, WEEKEND } from "../rules/staffed-hours.js";

type SeedService = Partial<EService> & Pick<EService, "slug" | "name" | "summary" | "channel" | "requiresEid" | "eidMethods">;

function published(service: SeedService): Partial<EService> {
  return { id: seedId("e-service", service.slug), status: ContentStatus.PUBLISHED, audience: Audience.PUBLIC, region: "Norrbotten", ...service };
}

/**
 * An easy-to-read text (lättläst): paragraphs, each a few short lines, as plain text. Written from the
 * same source as the service's other texts and saying nothing they do not say.
 */
const paragraphs = (...parts: string[][]) => parts.map((lines) => lines.join("\n")).join("\n\n");

/** Region Norrbotten's e-services as the region describes them (shared/seeds 002, 003), in our own words. */
export const eServiceSeed: Partial<EService>[] = [
  published({
    slug: "1177-e-tjanster",
    name: localized("1177 e-tjänster", "1177 e-services"),
    summary: localized(
      "Logga in på 1177.se med e-legitimation och sköt dina vårdärenden när det passar dig: boka, avboka eller boka om en tid, läs och svara på meddelanden, förnya recept, se dina läkemedel och välj vårdenhet. Fungerar lika bra i mobil och surfplatta som i dator.",
      "Log in at 1177.se with an e-ID and handle your care errands when it suits you: book, cancel or rebook an appointment, read and answer messages, renew prescriptions, see your medicines and choose your care unit. Works as well on a phone or tablet as on a computer.",
    ),
    channel: EServiceChannel.WEB,
    provider: "1177",
    requiresEid: true,
    eidMethods: [],
    eligibilityText: localized(
      "För dina egna ärenden. Som vårdnadshavare sköter du också ditt barns ärenden med din egen inloggning tills barnet fyller 13 år.",
      "For your own errands. As a guardian you also handle your child's errands with your own login until the child turns 13.",
    ),
    availabilityText: localized(
      "Alla hälsocentraler och de flesta specialistmottagningar på sjukhusen i Norrbotten.",
      "Every health centre and most specialist clinics at the hospitals in Norrbotten.",
    ),
    webUrl: "https://www.1177.se/e-tjanster",
    descriptionText: localized(
      "Med **1177 e-tjänster** sköter du dina vårdärenden på nätet:\n\n- boka, avboka eller boka om en tid\n- läsa och svara på meddelanden från din mottagning\n- förnya recept och se dina läkemedel\n- välja vårdenhet\n\nSom vårdnadshavare sköter du ditt barns ärenden med din egen inloggning tills barnet fyller 13 år.",
      "With **1177 e-services** you handle your care errands online:\n\n- book, cancel or rebook an appointment\n- read and answer messages from your clinic\n- renew prescriptions and see your medicines\n- choose your care unit\n\nAs a guardian you handle your child's errands with your own login until the child turns 13.",
    ),
    costText: localized("Att använda e-tjänsterna kostar ingenting; ett besök du bokar kostar som vanligt.", "Using the e-services costs nothing; a visit you book costs as usual."),
    easyToReadText: localized(
      paragraphs(
        ["På 1177.se kan du sköta dina vårdärenden på nätet.", "Du loggar in med e-legitimation."],
        ["Du kan till exempel", "boka en tid", "avboka eller boka om en tid", "läsa och svara på meddelanden", "förnya recept", "se dina läkemedel."],
        ["Har du barn som är yngre än 13 år?", "Då kan du sköta barnets ärenden när du har loggat in."],
        ["Du kan använda mobil, surfplatta eller dator."],
      ),
      paragraphs(
        ["At 1177.se you can handle your care errands online.", "You log in with an e-ID."],
        ["For example, you can", "book an appointment", "cancel or change an appointment", "read and answer messages", "renew prescriptions", "see your medicines."],
        ["Do you have children younger than 13?", "Then you can handle your child's errands when you have logged in."],
        ["You can use a phone, a tablet or a computer."],
      ),
    ),
  }),
  published({
    slug: "digitalen",
    name: localized("Digitalen", "Digitalen"),
    summary: localized(
      "Sök vård digitalt: börja med att svara på frågor om dina besvär, och få sedan bedömning och råd av vårdpersonal i en chatt i mobil, surfplatta eller dator. Chatten är gratis; leder den till ett besök på video eller på plats kostar besöket som vanligt. Ett ärende som avslutades för högst fyra dagar sedan kan du fortsätta, annars börjar du ett nytt. Frågorna finns bara på svenska, men i chatten går det bra att skriva på engelska. Digitalen är inte till för akuta lägen: ring då 112 eller åk till akutmottagningen. Rådgivning per telefon får du på 1177.",
      "Seek care online: first answer questions about your symptoms, then get an assessment and advice from care staff in a chat on your phone, tablet or computer. The chat is free; if it leads to a video or in-person visit, that visit costs as usual. A case closed no more than four days ago can be continued; otherwise you start a new one. The questions are only in Swedish, but you may write in English in the chat. Digitalen is not for emergencies: call 112 or go to the emergency department. For advice by phone, call 1177.",
    ),
    channel: EServiceChannel.CHAT,
    provider: "Region Norrbotten",
    requiresEid: true,
    eidMethods: ["Mobilt BankID", "BankID på fil", "Foreign eID", "Freja eID Plus", "Telia e-legitimation"],
    eligibilityText: localized(
      "För dig själv, eller för ditt barn från 6 månader till 18 år. Du behöver e-legitimation.",
      "For yourself, or for your child from 6 months to 18 years. You need an e-ID.",
    ),
    availabilityText: localized("För alla som bor i Norrbotten, var i länet det än är.", "For everyone living in Norrbotten, wherever in the county."),
    openingHoursText: localized(
      "Du kan börja när som helst på dygnet. Vårdpersonalen svarar vardagar 08.00–18.00 och helger 09.00–15.00; svar kommer oftast på vardagar men kan komma under helgen.",
      "You can start at any hour. Staff answer weekdays 08:00–18:00 and weekends 09:00–15:00; answers mostly come on weekdays but may come at the weekend.",
    ),
    descriptionText: localized(
      "**Digitalen** är regionens digitala vårdcentral.\n\n1. Svara på frågor om dina besvär (frågorna finns bara på svenska).\n2. Vårdpersonal bedömer dem och svarar i en chatt; där går det bra att skriva på engelska.\n3. Behövs ett besök på video eller på plats bokas det åt dig.\n\nEtt ärende som avslutades för högst fyra dagar sedan kan du fortsätta; annars börjar du ett nytt.\n\nDigitalen är inte till för akuta lägen: ring **112** eller åk till akutmottagningen. Rådgivning per telefon får du på **1177**.",
      "**Digitalen** is the region's digital health centre.\n\n1. Answer questions about your symptoms (the questions are only in Swedish).\n2. Care staff assess them and answer in a chat, where you may write in English.\n3. If a video or in-person visit is needed, it is booked for you.\n\nA case closed no more than four days ago can be continued; otherwise you start a new one.\n\nDigitalen is not for emergencies: call **112** or go to the emergency department. For advice by phone, call **1177**.",
    ),
    costText: localized("Chatten är gratis. Leder den till ett besök på video eller på plats kostar besöket som vanligt.", "The chat is free. If it leads to a video or in-person visit, that visit costs as usual."),
    residentsOf: "Norrbotten",
    staffedSpans: [...spansOn(WEEKDAYS, "08:00", "18:00"), ...spansOn(WEEKEND, "09:00", "15:00")],
    easyToReadText: localized(
      paragraphs(
        ["Digitalen är vård på nätet för dig som bor i Norrbotten."],
        ["Först svarar du på frågor om hur du mår.", "Sedan kan du få hjälp av vårdpersonal i en chatt.", "Du kan använda mobil, surfplatta eller dator."],
        ["Du behöver e-legitimation.", "Du kan söka vård för dig själv.", "Du kan också söka vård för ditt barn", "om barnet är mellan 6 månader och 18 år."],
        ["Du kan börja när du vill, på dagen och på natten.", "Personalen svarar på vardagar klockan 8 till 18", "och på helger klockan 9 till 15."],
        ["Det kostar ingenting att chatta.", "Behöver du ett besök på video eller på plats", "kostar besöket som vanligt."],
        ["Frågorna finns bara på svenska.", "I chatten kan du skriva på engelska."],
        ["Är det akut? Ring 112 eller åk till akutmottagningen.", "Vill du ha råd på telefon? Ring 1177."],
      ),
      paragraphs(
        ["Digitalen is care online for people who live in Norrbotten."],
        ["First you answer questions about how you feel.", "Then you can get help from care staff in a chat.", "You can use a phone, a tablet or a computer."],
        ["You need an e-ID.", "You can seek care for yourself.", "You can also seek care for your child", "if the child is between 6 months and 18 years old."],
        ["You can start whenever you want, day or night.", "Staff answer on weekdays from 8 am to 6 pm", "and at weekends from 9 am to 3 pm."],
        ["The chat is free.", "If you need a visit by video or in person,", "the visit costs as usual."],
        ["The questions are only in Swedish.", "In the chat you can write in English."],
        ["Is it an emergency? Call 112 or go to the emergency department.", "Do you want advice by phone? Call 1177."],
      ),
    ),
  }),
  published({
    slug: "folktandvardens-chatt",
    name: localized("Folktandvårdens chatt", "Folktandvården's chat"),
    summary: localized(
      "Chatta med tandvårdspersonal när du har akuta besvär, vill boka om din tid eller behöver råd. Chatten är gratis. Den prövas just nu och finns bara hos Folktandvården i Luleå.",
      "Chat with dental staff about acute problems, rebooking your appointment or advice. The chat is free. It is being trialled and is only offered by Folktandvården in Luleå.",
    ),
    channel: EServiceChannel.CHAT,
    provider: "Folktandvården",
    requiresEid: true,
    eidMethods: [],
    eligibilityText: localized(
      "För dig själv, eller för ditt barn upp till 18 år. Du loggar in med e-legitimation.",
      "For yourself, or for your child up to 18. You log in with an e-ID.",
    ),
    availabilityText: localized("Försöksverksamhet: endast Folktandvården i Luleå.", "Trial: Folktandvården in Luleå only."),
    openingHoursText: localized("Måndag–torsdag 07.30–15.00, fredag 07.30–14.00.", "Monday–Thursday 07:30–15:00, Friday 07:30–14:00."),
    descriptionText: localized(
      "Chatta med **Folktandvården** om\n\n- akuta besvär\n- att boka om din tid\n- råd om tänder och munhälsa\n\nChatten prövas just nu och finns bara hos Folktandvården i Luleå.",
      "Chat with **Folktandvården** about\n\n- acute problems\n- rebooking your appointment\n- advice on teeth and oral health\n\nThe chat is being trialled and is only offered by Folktandvården in Luleå.",
    ),
    costText: localized("Chatten är gratis.", "The chat is free."),
    onlyMunicipalities: ["Luleå"],
    staffedSpans: [...spansOn([1, 2, 3, 4], "07:30", "15:00"), ...spansOn([5], "07:30", "14:00")],
  }),
  published({
    slug: "ung-i-norr",
    name: localized("Ung i Norr", "Ung i Norr"),
    summary: localized(
      "En app där du pratar med ungdomsmottagningen i ett videosamtal, till exempel med en kurator eller barnmorska, om hälsa, preventivmedel, relationer, sex, alkohol och droger eller något som oroar dig. Besöket är gratis och personalen har tystnadsplikt. Behövs en undersökning eller ett prov hänvisas du till en mottagning.",
      "An app where you talk to the youth clinic in a video call, for example with a counsellor or a midwife, about health, contraception, relationships, sex, alcohol and drugs or anything that worries you. The visit is free and the staff are bound by confidentiality. If an examination or a test is needed you are referred to a clinic.",
    ),
    channel: EServiceChannel.VIDEO,
    provider: "Region Norrbotten",
    minAge: 13,
    maxAge: 25,
    requiresEid: true,
    eidMethods: ["BankID", "Freja eID"],
    eligibilityText: localized(
      "För dig som är 13–25 år. Du loggar in med BankID eller Freja eID.",
      "For you if you are 13–25. You log in with BankID or Freja eID.",
    ),
    availabilityText: localized(
      "För dig som bor i någon av Norrbottens kommuner utom Luleå och Boden.",
      "For you if you live in any municipality of Norrbotten except Luleå and Boden.",
    ),
    descriptionText: localized(
      "I appen **Ung i Norr** pratar du med ungdomsmottagningen i ett videosamtal, till exempel med en kurator eller barnmorska, om\n\n- hälsa och preventivmedel\n- relationer och sex\n- alkohol och droger\n- något som oroar dig\n\nPersonalen har tystnadsplikt. Behövs en undersökning eller ett prov hänvisas du till en mottagning.",
      "In the **Ung i Norr** app you talk to the youth clinic in a video call, for example with a counsellor or a midwife, about\n\n- health and contraception\n- relationships and sex\n- alcohol and drugs\n- anything that worries you\n\nThe staff are bound by confidentiality. If an examination or a test is needed you are referred to a clinic.",
    ),
    costText: localized("Besöket är gratis.", "The visit is free."),
    exceptMunicipalities: ["Luleå", "Boden"],
    residentsOf: "Norrbotten",
  }),
  published({
    slug: "vard-i-norr",
    name: localized("Vård i Norr", "Vård i Norr"),
    summary: localized(
      "En app för vårdbesök via video. Mottagningen bokar besöket, och när det är dags ringer de upp dig i appen. Ett videobesök kostar lika mycket som ett besök på plats.",
      "An app for care visits by video. The clinic books the visit, and when it is time they call you in the app. A video visit costs the same as an in-person visit.",
    ),
    channel: EServiceChannel.VIDEO,
    provider: "Region Norrbotten",
    requiresEid: true,
    eidMethods: ["BankID"],
    eligibilityText: localized(
      "Du behöver BankID, svenskt personnummer och internet. På dator behövs webbkamera, headset med mikrofon och webbläsaren Chrome eller Firefox.",
      "You need BankID, a Swedish personal identity number and internet access. On a computer you need a webcam, a headset with a microphone and the Chrome or Firefox browser.",
    ),
    availabilityText: localized(
      "Var du än är, så länge du har god mobiltäckning eller trådlöst nätverk.",
      "Wherever you are, as long as you have good mobile coverage or wireless network.",
    ),
    descriptionText: localized(
      "I appen **Vård i Norr** har du vårdbesök på video. Mottagningen bokar besöket, och när det är dags ringer de upp dig i appen.\n\nDu behöver:\n\n- BankID och svenskt personnummer\n- god mobiltäckning eller trådlöst nätverk\n- på dator: webbkamera, headset med mikrofon och webbläsaren Chrome eller Firefox",
      "In the **Vård i Norr** app you have care visits by video. The clinic books the visit, and when it is time they call you in the app.\n\nYou need:\n\n- BankID and a Swedish personal identity number\n- good mobile coverage or a wireless network\n- on a computer: a webcam, a headset with a microphone and the Chrome or Firefox browser",
    ),
    costText: localized("Ett videobesök kostar lika mycket som ett besök på plats.", "A video visit costs the same as an in-person visit."),
    // Swedish only: the portal shows it marked lang="sv" on the English page.
    easyToReadText: localized(
      paragraphs(
        ["Vård i Norr är en app.", "I appen träffar du vården i ett videosamtal."],
        ["Mottagningen bokar tiden.", "När det är dags ringer de upp dig i appen."],
        ["Du behöver BankID och svenskt personnummer.", "Du behöver också bra mobiltäckning eller trådlöst nätverk."],
        ["Du kan använda mobil eller surfplatta.", "På dator behöver du en webbkamera och hörlurar med mikrofon.", "Du behöver också webbläsaren Chrome eller Firefox."],
        ["Ett besök på video kostar lika mycket som ett besök på plats."],
      ),
    ),
  }),
  published({
    slug: "sms-livraddare",
    name: localized("SMS-livräddare", "SMS lifesavers"),
    summary: localized(
      "Sedan den 20 juni 2022 är Region Norrbotten ansluten till SMS-livräddare. När någon ringer 112 om ett misstänkt hjärtstopp kan frivilliga livräddare i närheten larmas. Den som har ringt 112 behöver vara beredd att släppa in dem. Vill du själv bli SMS-livräddare laddar du ner appen.",
      "Since 20 June 2022 Region Norrbotten has been connected to SMS lifesavers. When someone calls 112 about a suspected cardiac arrest, volunteer lifesavers nearby can be alerted. Whoever called 112 should be ready to let them in. To become an SMS lifesaver yourself, download the app.",
    ),
    channel: EServiceChannel.SMS,
    provider: "SMS-livräddare",
    requiresEid: false,
    eidMethods: [],
    availabilityText: localized("I hela Region Norrbotten.", "Throughout Region Norrbotten."),
    webUrl: "https://www.smslivraddare.se",
    descriptionText: localized(
      "Region Norrbotten är ansluten till **SMS-livräddare** sedan den 20 juni 2022. När någon ringer 112 om ett misstänkt hjärtstopp kan frivilliga livräddare i närheten larmas.\n\nHar du ringt 112, var beredd att släppa in dem. Vill du själv bli SMS-livräddare laddar du ner appen.",
      "Region Norrbotten has been connected to **SMS lifesavers** since 20 June 2022. When someone calls 112 about a suspected cardiac arrest, volunteer lifesavers nearby can be alerted.\n\nIf you have called 112, be ready to let them in. To become an SMS lifesaver yourself, download the app.",
    ),
    costText: localized("Gratis.", "Free."),
  }),
];

const unit = (code: string) => seedId("care-unit", `SE2321000230-${code}`);
const offered = (slug: string, codes: readonly string[]): EServiceOffering[] =>
  codes.map((code) => ({ id: seedId("e-service-offering", `${slug}:${code}`), eServiceId: seedId("e-service", slug), careUnitId: unit(code) }));

/** Norrbotten's sample health centres (care-units' seed, EX04…EX25) and its hospitals' specialist clinics. */
const HEALTH_CENTRES = ["EX04", "EX05", "EX08", "EX10", "EX13", "EX15", "EX17", "EX18", "EX19", "EX20", "EX21", "EX22", "EX23", "EX24", "EX25"];
const SPECIALIST_CLINICS = ["EX02", "EX09", "EX16"];

/**
 * Which units offer which service (sample data, on care-units' sample units): 1177 e-services at every
 * health centre and the specialist clinics; video visits by the same; the dental chat at Folktandvården
 * Luleå (EX06) only; Ung i Norr at the youth clinic in Piteå (EX11), not Luleå's, whose residents it is not for.
 */
export const eServiceOfferingSeed: EServiceOffering[] = [
  ...offered("1177-e-tjanster", [...HEALTH_CENTRES, ...SPECIALIST_CLINICS]),
  ...offered("vard-i-norr", [...HEALTH_CENTRES, ...SPECIALIST_CLINICS]),
  ...offered("folktandvardens-chatt", ["EX06"]),
  ...offered("ung-i-norr", ["EX11"]),
];
