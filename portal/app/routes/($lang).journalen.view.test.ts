import { describe, expect, it } from "vitest";
import { readExplainer, toExplainerAnswer, toQuestion } from "./journalen.view";

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
    expect(view).toEqual({ status: "ok", data: { you: { eServices: "Nej", journal: "Nej", why: ["Stängd 13–16."] }, child: { eServices: "Ja", journal: "Nej", why: [] } } });
  });
});
