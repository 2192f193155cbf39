import { describe, expect, it } from "vitest";
import { readAnswers, toAdviceView } from "./journalkopia._index.view";

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
    expect(section).toEqual({ status: "ok", data: { heading: "Fråga Regionarkivet", contact: "Arkivet", reasons: ["Äldre"], requirements: [], requestHere: true } });
    expect(toAdviceView({ data: null, errors: [{ message: "x" }] }).status).toBe("unavailable");
  });
});
