import type { GuidelineContact, GuidelineForm } from "../entities/guideline-links.js";

/**
 * The forms and contact routes the sources name for each routine (shared/seeds/003 Kronoberg:
 * forms in the record system, filled in, signed and sent to VIS-Supporten; 004 Skåne: Journalservice
 * and, out of hours, the emergency department at Sus in Lund). Keyed by guideline slug.
 */
const visSupporten: GuidelineContact = {
  label: "VIS-Supporten, Region Kronoberg",
  phone: "0470-58 20 20",
  hours: null,
  note: "Välj 2 i menyn. Tar emot ifyllda och signerade blanketter och verkställer dem.",
};
const journalservice: GuidelineContact = {
  label: "Journalservice, Region Skåne",
  phone: "0771-86 66 00",
  hours: "vardagar 08–16",
  note: null,
};
const susAkuten: GuidelineContact = {
  label: "Akutmottagningen, Skånes universitetssjukhus i Lund",
  phone: "046-17 65 34",
  hours: "övrig tid",
  note: "När Journalservice har stängt.",
};

const cosmic = (name: string): GuidelineForm => ({ name, whereToFind: "Blanketter i journalsystemet (Cosmic)", sendTo: "VIS-Supporten" });

export const formsAndContacts: Record<string, { relatedForms: GuidelineForm[]; contactRoutes: GuidelineContact[] }> = {
  "barns-journal-vid-olika-aldrar-kronoberg": {
    relatedForms: [cosmic("Blockera vårdnadshavares tillgång till barns journal")],
    contactRoutes: [visSupporten],
  },
  "direktatkomst-13-15-ar-kronoberg": {
    relatedForms: [
      cosmic("Direktåtkomst för vårdnadshavare till barns journal mellan 13 och 15 år"),
      cosmic("Direktåtkomst av journal för minderårig"),
    ],
    contactRoutes: [visSupporten],
  },
  "lasa-inloggning-till-1177-kronoberg": {
    relatedForms: [cosmic("Begäran om att låsa 1177-konto")],
    contactRoutes: [visSupporten],
  },
  "stanga-e-tjanster-och-journal-kronoberg": {
    relatedForms: [cosmic("Begäran om att låsa 1177-konto"), cosmic("Försegling av journalen")],
    contactRoutes: [visSupporten],
  },
  "god-man-forvaltare-ombud-i-journalen-kronoberg": {
    relatedForms: [{ name: "Ombud i journal", whereToFind: "Signeras elektroniskt, skrivs ut och undertecknas", sendTo: "VIS-Supporten" }],
    contactRoutes: [visSupporten],
  },
  "forlangd-atkomst-for-vardnadshavare-13-15-ar-skane": { relatedForms: [], contactRoutes: [journalservice] },
  "lasa-inloggning-till-1177-skane": { relatedForms: [], contactRoutes: [journalservice, susAkuten] },
  "forsegla-journalen-pa-vardens-initiativ-skane": { relatedForms: [], contactRoutes: [journalservice, susAkuten] },
  "stang-din-journal-eller-inloggning-skane": { relatedForms: [], contactRoutes: [journalservice, susAkuten] },
  "blockera-vardnadshavare-skane": { relatedForms: [], contactRoutes: [journalservice, susAkuten] },
};
