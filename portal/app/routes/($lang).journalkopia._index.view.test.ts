import { describe, expect, it } from "vitest";
import { readAnswers, toAdviceView } from "./($lang).journalkopia._index.view";

describe("the where-to-ask guide", () => {
  it("needs every question answered with a known code before asking the archive", () => {
    expect(readAnswers(new URLSearchParams(""))).toEqual({ answers: null, values: {}, missing: [] });
    const partial = readAnswers(new URLSearchParams("whose=OWN&period=NOPE"));
    expect(partial.answers).toBeNull();
    expect(partial.missing).toEqual(["period", "provider", "person"]);
    const full = readAnswers(new URLSearchParams("whose=OWN&period=OLDER_PAPER&provider=REGION&person=LIVING"));
    expect(full.answers).toEqual({ whose: "OWN", period: "OLDER_PAPER", provider: "REGION", person: "LIVING" });
  });

  it("turns the archive's answer into a heading, the contact and the reasons", () => {
    const section = toAdviceView({ data: { recordCopyAdvice: { answer: "ARCHIVE", contact: { sv: "Arkivet" }, reasons: [{ sv: "Äldre" }], requirements: [], requestHere: true } }, errors: [] });
    expect(section).toEqual({
      status: "ok",
      data: { heading: "Fråga Regionarkivet", contact: { text: "Arkivet", lang: "sv", fallback: false }, reasons: [{ text: "Äldre", lang: "sv", fallback: false }], requirements: [], requestHere: true },
    });
    expect(toAdviceView({ data: null, errors: [{ message: "x" }] }).status).toBe("unavailable");
  });

  it("answers in English on an English page, marking the archive's texts that have no English", () => {
    const section = toAdviceView(
      { data: { recordCopyAdvice: { answer: "CARE_UNIT", contact: { sv: "Ring mottagningen.", en: "Call the clinic." }, reasons: [{ sv: "Journalen är ny.", en: null }], requirements: [{ sv: "Legitimation.", en: "Identification." }], requestHere: false } }, errors: [] },
      "en",
    );
    expect(section).toEqual({
      status: "ok",
      data: {
        heading: "Ask the clinic",
        contact: { text: "Call the clinic.", lang: "en", fallback: false },
        reasons: [{ text: "Journalen är ny.", lang: "sv", fallback: true }],
        requirements: [{ text: "Identification.", lang: "en", fallback: false }],
        requestHere: false,
      },
    });
  });
});
