import { ageOn } from "@vardportal/kit/personnummer";
import { addDays, parseIsoDate, within } from "./calendar.js";
import { DATE_FORMAT, finish, problem, type Checked, type InputProblem } from "./input-problem.js";
import { findRegion, regionNames, type NoteCutoffs } from "./regions.js";
import type { RuleCode } from "./rule-catalogue.js";

/** The journal templates; the last four are never shown online. */
export type NoteTemplate = "STANDARD" | "EARLY_HYPOTHESES" | "VIOLENCE_IN_CLOSE_RELATIONSHIPS" | "CHILD_AT_RISK" | "SOCIAL_SERVICES_HEALTH_EXAMINATION";
export type NoteKind = "NOTE" | "REFERRAL" | "REFERRAL_ANSWER";
export type UnitKind = "SOMATIC" | "ADULT_PSYCHIATRY" | "CHILD_PSYCHIATRY" | "FORENSIC_PSYCHIATRY";

export interface NoteInput {
  region: string;
  /** The day asked about, "YYYY-MM-DD" (the inpatient delay is counted to it). */
  on: string;
  template: NoteTemplate;
  kind: NoteKind;
  unitKind: UnitKind;
  writtenOn: string;
  /** Give this or `patientAgeThen`. */
  patientBirthDate?: string | null;
  patientAgeThen?: number | null;
  /** Definitively signed; matters for referral answers. Defaults to yes. */
  signed?: boolean | null;
  /** A psychiatric inpatient admission the note was written in. */
  admittedFrom?: string | null;
  /** Left out while the patient is still admitted. */
  dischargedOn?: string | null;
}

export interface CheckedNote {
  cutoffs: NoteCutoffs;
  on: string;
  template: NoteTemplate;
  kind: NoteKind;
  unitKind: UnitKind;
  writtenOn: string;
  ageThen: number;
  signed: boolean;
  admission: { from: string; until: string | null } | null;
}

export interface NoteAnswer {
  visible: boolean;
  /** When a hidden note will show by itself (the inpatient delay); null when it never will. */
  visibleFrom: string | null;
  reasons: RuleCode[];
}

const HIDDEN_TEMPLATES: readonly NoteTemplate[] = ["EARLY_HYPOTHESES", "VIOLENCE_IN_CLOSE_RELATIONSHIPS", "CHILD_AT_RISK", "SOCIAL_SERVICES_HEALTH_EXAMINATION"];
const blank = (text: string | null | undefined) => (text ?? "").trim() === "";

export function checkNote(input: NoteInput): Checked<CheckedNote> {
  const problems: InputProblem[] = [];
  const region = findRegion(input.region ?? "");
  if (!region?.noteRules) {
    const covered = regionNames.filter((name) => findRegion(name)?.noteRules);
    problems.push(
      problem(
        "region",
        "REGION_NOT_COVERED",
        `Reglerna för vad som visas via nätet finns för ${covered.join(", ")}. Välj en av dem.`,
        `The rules on what is shown online are known for ${covered.join(", ")}. Choose one of them.`,
      ),
    );
  }
  const date = (field: string, text: string | null | undefined, required: boolean, label: { sv: string; en: string }) => {
    if (blank(text)) {
      if (required) problems.push(problem(field, "DATE_MISSING", `Fyll i ${label.sv}. ${DATE_FORMAT.sv}`, `Give ${label.en}. ${DATE_FORMAT.en}`));
      return null;
    }
    const parsed = parseIsoDate(text);
    if (!parsed) problems.push(problem(field, "DATE_FORMAT", `${label.sv[0]!.toUpperCase()}${label.sv.slice(1)} är inte ett giltigt datum. ${DATE_FORMAT.sv}`, `${label.en} is not a valid date. ${DATE_FORMAT.en}`));
    return parsed;
  };
  const on = date("on", input.on, true, { sv: "dagen frågan gäller", en: "the day asked about" });
  const writtenOn = date("writtenOn", input.writtenOn, true, { sv: "datumet anteckningen skrevs", en: "the date the note was written" });
  if (on && writtenOn && writtenOn > on) problems.push(problem("writtenOn", "WRITTEN_AFTER_DAY", "Anteckningen kan inte vara skriven efter dagen frågan gäller.", "The note cannot be written after the day asked about."));

  let ageThen: number | null = null;
  const hasBirth = !blank(input.patientBirthDate);
  const hasAge = input.patientAgeThen !== null && input.patientAgeThen !== undefined;
  if (hasBirth && hasAge) problems.push(problem("patientAgeThen", "BOTH_AGE_AND_BIRTH_DATE", "Fyll i antingen födelsedatum eller ålder, inte båda.", "Give either a date of birth or an age, not both."));
  else if (!hasBirth && !hasAge) problems.push(problem("patientBirthDate", "AGE_MISSING", "Fyll i patientens födelsedatum eller ålder när anteckningen skrevs.", "Give the patient's date of birth or age when the note was written."));
  else if (hasAge) {
    const age = input.patientAgeThen!;
    if (!Number.isInteger(age) || age < 0 || age > 130) problems.push(problem("patientAgeThen", "AGE_OUT_OF_RANGE", "Åldern ska vara ett heltal mellan 0 och 130.", "The age must be a whole number from 0 to 130."));
    else ageThen = age;
  } else {
    const birthDate = date("patientBirthDate", input.patientBirthDate, true, { sv: "födelsedatumet", en: "The date of birth" });
    if (birthDate && writtenOn) {
      if (birthDate > writtenOn) problems.push(problem("patientBirthDate", "BORN_AFTER_NOTE", "Födelsedatumet ligger efter anteckningens datum.", "The date of birth is after the note's date."));
      else ageThen = ageOn(birthDate, writtenOn);
    }
  }

  const admittedFrom = date("admittedFrom", input.admittedFrom, false, { sv: "inskrivningsdatumet", en: "The admission date" });
  const dischargedOn = date("dischargedOn", input.dischargedOn, false, { sv: "utskrivningsdatumet", en: "The discharge date" });
  if (dischargedOn && !admittedFrom && !blank(input.dischargedOn)) problems.push(problem("admittedFrom", "DATE_MISSING", "Fyll i inskrivningsdatum när du anger utskrivning.", "Give the admission date when giving a discharge date."));
  if (admittedFrom && dischargedOn && dischargedOn < admittedFrom) problems.push(problem("dischargedOn", "ENDS_BEFORE_START", "Utskrivningen kan inte vara före inskrivningen.", "The discharge cannot be before the admission."));
  if (admittedFrom && input.unitKind === "SOMATIC") problems.push(problem("admittedFrom", "ADMISSION_NOT_PSYCHIATRIC", "Inskrivningsdatum anges bara för psykiatrisk heldygnsvård.", "An admission is given only for psychiatric inpatient care."));

  return finish(problems, () => ({
    cutoffs: region!.noteRules!,
    on: on!,
    template: input.template,
    kind: input.kind,
    unitKind: input.unitKind,
    writtenOn: writtenOn!,
    ageThen: ageThen!,
    signed: input.signed ?? true,
    admission: admittedFrom ? { from: admittedFrom, until: dischargedOn } : null,
  }));
}

/** Whether a note shows in the journal online on `on`, and every rule that decides it. */
export function noteVisibility(note: CheckedNote): NoteAnswer {
  const { cutoffs } = note;
  const never: RuleCode[] = [];
  if (HIDDEN_TEMPLATES.includes(note.template)) never.push("NOTE_TEMPLATE_HIDDEN");
  if (note.ageThen < 16) never.push("NOTE_BEFORE_16");
  if (note.unitKind === "ADULT_PSYCHIATRY" && note.writtenOn < cutoffs.adultPsychiatryFrom) never.push("NOTE_ADULT_PSYCHIATRY_BEFORE_2015");
  if ((note.unitKind === "CHILD_PSYCHIATRY" || note.unitKind === "FORENSIC_PSYCHIATRY") && note.writtenOn < cutoffs.childAndForensicPsychiatryFrom) {
    never.push("NOTE_CHILD_FORENSIC_PSYCHIATRY_BEFORE_2019");
  }
  if (note.kind === "REFERRAL" && note.writtenOn < cutoffs.referralsFrom) never.push("NOTE_REFERRAL_BEFORE_2020");
  if (note.kind === "REFERRAL_ANSWER" && note.writtenOn < cutoffs.referralAnswersFrom) never.push("NOTE_REFERRAL_ANSWER_BEFORE_2014");
  if (note.kind === "REFERRAL_ANSWER" && !note.signed) never.push("NOTE_REFERRAL_ANSWER_UNSIGNED");

  // The delay runs from the day written, for notes written during a psychiatric inpatient stay.
  const inpatient = note.admission !== null && note.unitKind !== "SOMATIC" && within(note.writtenOn, note.admission.from, note.admission.until);
  const delayedUntil = inpatient ? addDays(note.writtenOn, cutoffs.psychiatricInpatientDelayDays) : null;
  const delayed = delayedUntil !== null && note.on < delayedUntil;

  if (never.length > 0) {
    return { visible: false, visibleFrom: null, reasons: [...never, ...(delayed ? (["NOTE_PSYCHIATRIC_INPATIENT_DELAY"] as const) : []), "NOTE_PAPER_AFTER_HARM_ASSESSMENT"] };
  }
  if (delayed) return { visible: false, visibleFrom: delayedUntil, reasons: ["NOTE_PSYCHIATRIC_INPATIENT_DELAY", "NOTE_PAPER_AFTER_HARM_ASSESSMENT"] };
  return { visible: true, visibleFrom: null, reasons: inpatient ? ["NOTE_PSYCHIATRIC_INPATIENT_DELAY", "NOTE_SHOWN"] : ["NOTE_SHOWN"] };
}
