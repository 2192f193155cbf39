/**
 * What a release request must say (Region Kronoberg's order, 003): the period or injury date, the
 * injury or cause, the care unit, the legal basis, the delivery wanted; for someone else, a signed
 * power of attorney or consent. Pure: every problem found at once, each with its field.
 */
import { ageOn, parsePersonnummer, personnummerMessages } from "@vardportal/kit/personnummer";
import { isIsoDate } from "./release-lifecycle.js";

export type Subject = "SELF" | "CHILD" | "OTHER_PERSON";

export interface RawRequestInput {
  subject?: Subject | null;
  patientPersonnummer?: string | null;
  patientName?: string | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  injuryDate?: string | null;
  injuryOrCause?: string | null;
  careUnit?: string | null;
  legalBasis?: string | null;
  otherInformation?: string | null;
  deliveryWanted?: string | null;
  attachmentIds?: string[] | null;
}

export interface CheckedRequest {
  subject: Subject;
  patientPersonnummer: string;
  patientName: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  injuryDate: string | null;
  injuryOrCause: string;
  careUnit: string;
  legalBasis: string;
  otherInformation: string | null;
  deliveryWanted: string;
  attachmentIds: string[];
}

export interface InputProblem {
  field: string;
  problem: string;
  sv: string;
  en: string;
}

export const LIMITS = { injuryOrCause: 2_000, careUnit: 200, patientName: 200, otherInformation: 2_000, attachments: 5 } as const;
/** A guardian requests a child's record until the child turns 13 (003). */
export const GUARDIAN_AGE_LIMIT = 13;

const required = (field: string, sv: string, en: string): InputProblem => ({ field, problem: "REQUIRED", sv, en });
const clean = (value: string | null | undefined) => value?.trim() || null;

export function checkRequestInput(
  raw: RawRequestInput,
  requester: { personnummer: string },
  today: string,
): { ok: true; value: CheckedRequest } | { ok: false; problems: [InputProblem, ...InputProblem[]] } {
  const problems: InputProblem[] = [];
  const subject = raw.subject ?? null;
  if (!subject) problems.push(required("subject", "Välj vems journal du begär.", "Choose whose record you ask for."));

  let patientPersonnummer = requester.personnummer;
  const patientName = clean(raw.patientName);
  if (subject === "CHILD" || subject === "OTHER_PERSON") {
    const parsed = parsePersonnummer(raw.patientPersonnummer ?? "");
    if (!parsed.ok) {
      problems.push({ field: "patientPersonnummer", problem: parsed.problem, ...personnummerMessages[parsed.problem] });
    } else {
      patientPersonnummer = parsed.personnummer.value;
      if (patientPersonnummer === requester.personnummer) {
        problems.push({ field: "patientPersonnummer", problem: "IS_REQUESTER", sv: "Det är ditt eget personnummer: välj ”Min egen journal”.", en: "That is your own number: choose “My own record”." });
      } else if (subject === "CHILD" && ageOn(parsed.personnummer.birthDate, today) >= GUARDIAN_AGE_LIMIT) {
        problems.push({
          field: "patientPersonnummer",
          problem: "CHILD_13_OR_OLDER",
          sv: "Barnet har fyllt 13 år: välj ”Någon annans journal” och bifoga barnets samtycke.",
          en: "The child is 13 or older: choose “Someone else's record” and attach the child's consent.",
        });
      }
    }
    if (!patientName) problems.push(required("patientName", "Fyll i personens namn.", "Enter the person's name."));
  }
  if (patientName && patientName.length > LIMITS.patientName) problems.push(tooLong("patientName", LIMITS.patientName));

  const dates = { periodFrom: clean(raw.periodFrom), periodTo: clean(raw.periodTo), injuryDate: clean(raw.injuryDate) };
  for (const [field, value] of Object.entries(dates)) {
    if (!value) continue;
    if (!isIsoDate(value)) problems.push({ field, problem: "FORMAT", sv: "Skriv datumet som ÅÅÅÅ-MM-DD.", en: "Write the date as YYYY-MM-DD." });
    else if (value > today) problems.push({ field, problem: "IN_FUTURE", sv: "Datumet kan inte vara senare än i dag.", en: "The date cannot be later than today." });
  }
  if (!dates.injuryDate && !dates.periodFrom) {
    problems.push(required("periodFrom", "Ange vilken period journalen gäller, eller datum för skadan.", "Give the period the record covers, or the date of the injury."));
  }
  if (dates.periodTo && !dates.periodFrom) problems.push(required("periodFrom", "Ange när perioden börjar.", "Give the start of the period."));
  if (dates.periodFrom && dates.periodTo && isIsoDate(dates.periodFrom) && isIsoDate(dates.periodTo) && dates.periodTo < dates.periodFrom) {
    problems.push({ field: "periodTo", problem: "BEFORE_START", sv: "Periodens slut kan inte vara före dess början.", en: "The period cannot end before it starts." });
  }

  const injuryOrCause = clean(raw.injuryOrCause);
  if (!injuryOrCause) problems.push(required("injuryOrCause", "Beskriv skadan eller orsaken till vården.", "Describe the injury or the reason for the care."));
  else if (injuryOrCause.length > LIMITS.injuryOrCause) problems.push(tooLong("injuryOrCause", LIMITS.injuryOrCause));

  const careUnit = clean(raw.careUnit);
  if (!careUnit) problems.push(required("careUnit", "Fyll i vårdenheten.", "Enter the care unit."));
  else if (careUnit.length > LIMITS.careUnit) problems.push(tooLong("careUnit", LIMITS.careUnit));

  const legalBasis = clean(raw.legalBasis);
  if (!legalBasis) problems.push(required("legalBasis", "Välj grund för begäran.", "Choose the legal basis."));
  const deliveryWanted = clean(raw.deliveryWanted);
  if (!deliveryWanted) problems.push(required("deliveryWanted", "Välj hur du vill få kopian.", "Choose how you want the copy."));

  const otherInformation = clean(raw.otherInformation);
  if (otherInformation && otherInformation.length > LIMITS.otherInformation) problems.push(tooLong("otherInformation", LIMITS.otherInformation));

  const attachmentIds = [...new Set((raw.attachmentIds ?? []).map((id) => id.trim()).filter(Boolean))];
  if (attachmentIds.length > LIMITS.attachments) {
    problems.push({ field: "attachment", problem: "TOO_MANY", sv: `Högst ${LIMITS.attachments} bilagor.`, en: `At most ${LIMITS.attachments} attachments.` });
  }
  if (subject === "OTHER_PERSON" && attachmentIds.length === 0) {
    problems.push({
      field: "attachment",
      problem: "ATTACHMENT_REQUIRED",
      sv: "Bifoga en underskriven fullmakt eller ett samtycke från personen (PDF, JPEG eller PNG).",
      en: "Attach a signed power of attorney or consent from the person (PDF, JPEG or PNG).",
    });
  }

  const [first, ...rest] = problems;
  if (first) return { ok: false, problems: [first, ...rest] };
  return {
    ok: true,
    value: {
      subject: subject!,
      patientPersonnummer,
      patientName: subject === "SELF" ? null : patientName,
      ...dates,
      injuryOrCause: injuryOrCause!,
      careUnit: careUnit!,
      legalBasis: legalBasis!,
      otherInformation,
      deliveryWanted: deliveryWanted!,
      attachmentIds,
    },
  };
}

function tooLong(field: string, max: number): InputProblem {
  return { field, problem: "TOO_LONG", sv: `Högst ${max} tecken.`, en: `At most ${max} characters.` };
}
