import { Audience, ContentStatus, localized, seedId } from "@vardportal/kit";
import { EServiceChannel } from "../entities/e-service-channel.js";
import type { EService } from "../entities/e-service.entity.js";

type SeedService = Partial<EService> & Pick<EService, "slug" | "name" | "summary" | "channel" | "requiresEid" | "eidMethods">;

function published(service: SeedService): Partial<EService> {
  return { id: seedId("e-service", service.slug), status: ContentStatus.PUBLISHED, audience: Audience.PUBLIC, region: "Norrbotten", ...service };
}

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
  }),
];
