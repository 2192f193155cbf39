import { describe, expect, it } from "vitest";
import { readExplainer, toExplainerAnswer, toQuestion } from "./($lang).journalen.view";

describe("the residents' explainer", () => {
  it("reads the question and sends it in the API's shape", () => {
    const { asked, values } = readExplainer(new URLSearchParams("region=Kronoberg&alder=14&beviljad=on"));
    expect(asked).toBe(true);
    expect(toQuestion(values)).toEqual({
      question: { region: "Kronoberg", childAge: 14, childProtectedIdentity: false, guardianProtectedIdentity: false, guardianOwnJournalSealed: false, guardianGranted: true },
    });
  });

  it("refuses an age that is not 0 to 17, and an unknown region becomes Skåne", () => {
    const { values } = readExplainer(new URLSearchParams("region=Mars&alder=18"));
    expect(values.region).toBe("Skåne");
    expect(toQuestion(values)).toEqual({ errors: { childAge: "Skriv barnets ålder i hela år, från 0 till 17." } });
  });

  it("answers in plain words with the reasons", () => {
    const why = (sv: string) => ({ rule: "X", text: { sv } });
    const view = toExplainerAnswer({
      data: { explainJournalAccess: { you: { eServices: false, journal: "NONE", reasons: [why("Stängd 13–16.")] }, child: { eServices: true, journal: "NONE", visibleUnits: [], reasons: [] } } },
      errors: [],
    });
    expect(view).toEqual({
      status: "ok",
      data: { you: { eServices: "Nej", journal: "Nej", why: [{ text: "Stängd 13–16.", lang: "sv", fallback: false }] }, child: { eServices: "Ja", journal: "Nej", why: [] } },
    });
  });

  it("answers in English, with the rules' English texts, and marks a reason that has only Swedish", () => {
    const view = toExplainerAnswer(
      {
        data: {
          explainJournalAccess: {
            you: { eServices: false, journal: "NONE", reasons: [{ rule: "X", text: { sv: "Stängd 13–16.", en: "Closed from 13 to 16." } }] },
            child: { eServices: true, journal: "PARTIAL", visibleUnits: [], reasons: [{ rule: "Y", text: { sv: "Barnet loggar in själv.", en: null } }] },
          },
        },
        errors: [],
      },
      "en",
    );
    expect(view).toEqual({
      status: "ok",
      data: {
        you: { eServices: "No", journal: "No", why: [{ text: "Closed from 13 to 16.", lang: "en", fallback: false }] },
        child: { eServices: "Yes", journal: "Yes, from some clinics", why: [{ text: "Barnet loggar in själv.", lang: "sv", fallback: true }] },
      },
    });
  });

  it("gives the age message in English", () => {
    const { values } = readExplainer(new URLSearchParams("alder=tolv"));
    expect(toQuestion(values, "en")).toEqual({ errors: { childAge: "Enter your child's age in whole years, from 0 to 17." } });
  });
});
