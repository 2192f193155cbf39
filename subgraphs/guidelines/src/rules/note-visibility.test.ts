import { describe, expect, it } from "vitest";
import { checkNote, noteVisibility, type NoteAnswer, type NoteInput } from "./note-visibility.js";

const base: NoteInput = { region: "Skåne", on: "2025-06-10", template: "STANDARD", kind: "NOTE", unitKind: "SOMATIC", writtenOn: "2024-01-15", patientAgeThen: 40 };

function visibility(change: Partial<NoteInput>): NoteAnswer {
  const checked = checkNote({ ...base, ...change });
  if (!checked.ok) throw new Error(`refused: ${JSON.stringify(checked.problems)}`);
  return noteVisibility(checked.value);
}

describe("which notes show online (Skåne)", () => {
  it("an ordinary signed note of an adult shows", () => {
    expect(visibility({})).toEqual({ visible: true, visibleFrom: null, reasons: ["NOTE_SHOWN"] });
  });

  for (const template of ["EARLY_HYPOTHESES", "VIOLENCE_IN_CLOSE_RELATIONSHIPS", "CHILD_AT_RISK", "SOCIAL_SERVICES_HEALTH_EXAMINATION"] as const) {
    it(`a note in the ${template} template never shows, but may be had on paper after a harm assessment`, () => {
      expect(visibility({ template })).toEqual({ visible: false, visibleFrom: null, reasons: ["NOTE_TEMPLATE_HIDDEN", "NOTE_PAPER_AFTER_HARM_ASSESSMENT"] });
    });
  }

  it("a note written the day before the 16th birthday is hidden; one written on the birthday shows", () => {
    expect(visibility({ patientAgeThen: null, patientBirthDate: "2008-01-16" }).reasons).toContain("NOTE_BEFORE_16");
    expect(visibility({ patientAgeThen: null, patientBirthDate: "2008-01-15" }).visible).toBe(true);
  });

  it("adult psychiatry: hidden before 28 September 2015, shown from that day", () => {
    expect(visibility({ unitKind: "ADULT_PSYCHIATRY", writtenOn: "2015-09-27" }).reasons).toContain("NOTE_ADULT_PSYCHIATRY_BEFORE_2015");
    expect(visibility({ unitKind: "ADULT_PSYCHIATRY", writtenOn: "2015-09-28" }).visible).toBe(true);
  });

  it("child and forensic psychiatry: hidden before 4 February 2019, shown from that day", () => {
    for (const unitKind of ["CHILD_PSYCHIATRY", "FORENSIC_PSYCHIATRY"] as const) {
      expect(visibility({ unitKind, writtenOn: "2019-02-03", patientAgeThen: 17 }).reasons).toContain("NOTE_CHILD_FORENSIC_PSYCHIATRY_BEFORE_2019");
      expect(visibility({ unitKind, writtenOn: "2019-02-04", patientAgeThen: 17 }).visible).toBe(true);
    }
  });

  it("a note from a psychiatric inpatient stay shows 28 days after it was written", () => {
    const stay = { unitKind: "ADULT_PSYCHIATRY" as const, admittedFrom: "2025-05-20", writtenOn: "2025-05-20" };
    expect(visibility({ ...stay, on: "2025-06-16" })).toEqual({ visible: false, visibleFrom: "2025-06-17", reasons: ["NOTE_PSYCHIATRIC_INPATIENT_DELAY", "NOTE_PAPER_AFTER_HARM_ASSESSMENT"] });
    expect(visibility({ ...stay, on: "2025-06-17" }).visible).toBe(true);
  });

  it("a psychiatric note written after discharge is not delayed", () => {
    expect(visibility({ unitKind: "ADULT_PSYCHIATRY", admittedFrom: "2025-05-01", dischargedOn: "2025-05-10", writtenOn: "2025-06-01" }).visible).toBe(true);
  });

  it("referrals: hidden before 9 June 2020, shown from that day", () => {
    expect(visibility({ kind: "REFERRAL", writtenOn: "2020-06-08" }).reasons).toContain("NOTE_REFERRAL_BEFORE_2020");
    expect(visibility({ kind: "REFERRAL", writtenOn: "2020-06-09" }).visible).toBe(true);
  });

  it("referral answers: hidden before 1 September 2014 or when not definitively signed", () => {
    expect(visibility({ kind: "REFERRAL_ANSWER", writtenOn: "2014-08-31" }).reasons).toContain("NOTE_REFERRAL_ANSWER_BEFORE_2014");
    expect(visibility({ kind: "REFERRAL_ANSWER", writtenOn: "2014-09-01" }).visible).toBe(true);
    expect(visibility({ kind: "REFERRAL_ANSWER", writtenOn: "2024-09-01", signed: false }).reasons).toEqual(["NOTE_REFERRAL_ANSWER_UNSIGNED", "NOTE_PAPER_AFTER_HARM_ASSESSMENT"]);
    expect(visibility({ kind: "NOTE", signed: false }).visible).toBe(true);
  });

  it("every rule that hides a note is named, not only the first", () => {
    expect(visibility({ template: "EARLY_HYPOTHESES", unitKind: "CHILD_PSYCHIATRY", writtenOn: "2018-01-01", patientAgeThen: 14 }).reasons).toEqual([
      "NOTE_TEMPLATE_HIDDEN",
      "NOTE_BEFORE_16",
      "NOTE_CHILD_FORENSIC_PSYCHIATRY_BEFORE_2019",
      "NOTE_PAPER_AFTER_HARM_ASSESSMENT",
    ]);
  });
});

describe("refused notes", () => {
  const refused = (change: Partial<NoteInput>) => {
    const checked = checkNote({ ...base, ...change });
    return checked.ok ? [] : checked.problems.map((p) => `${p.field}:${p.problem}`);
  };
  it("Kronoberg has published no note rules, so the question is refused for it", () => {
    expect(refused({ region: "Kronoberg" })).toEqual(["region:REGION_NOT_COVERED"]);
  });
  it("a note written after the day asked about, or on a day that does not exist", () => {
    expect(refused({ writtenOn: "2025-06-11" })).toEqual(["writtenOn:WRITTEN_AFTER_DAY"]);
    expect(refused({ writtenOn: "2025-13-01" })).toEqual(["writtenOn:DATE_FORMAT"]);
  });
  it("an age and a birth date together, or neither", () => {
    expect(refused({ patientBirthDate: "1980-01-01" })).toEqual(["patientAgeThen:BOTH_AGE_AND_BIRTH_DATE"]);
    expect(refused({ patientAgeThen: null })).toEqual(["patientBirthDate:AGE_MISSING"]);
  });
  it("an admission outside psychiatry, or a discharge before the admission", () => {
    expect(refused({ admittedFrom: "2025-01-01" })).toEqual(["admittedFrom:ADMISSION_NOT_PSYCHIATRIC"]);
    expect(refused({ unitKind: "ADULT_PSYCHIATRY", admittedFrom: "2025-01-10", dischargedOn: "2025-01-01" })).toEqual(["dischargedOn:ENDS_BEFORE_START"]);
  });
});
