/**
 * The archive's work on a release request, in order (Region Kronoberg, 003): received → retrieving
 * → harm assessment (release in full, in part, or refuse) → sent → invoiced → closed. A refusal is
 * not sent or invoiced: it is closed once the decision (which can be appealed) is recorded.
 */
import type { DeliveryChannel, HarmDecision, ReleaseStatus, ReleaseStep } from "../entities/release-enums.js";

export interface StepInput {
  step: `${ReleaseStep}`;
  harmDecision?: `${HarmDecision}` | null;
  harmReasons?: string | null;
  decisionText?: string | null;
  sentChannel?: `${DeliveryChannel}` | null;
  sentOn?: string | null;
  note?: string | null;
}

export interface RequestState {
  status: `${ReleaseStatus}`;
  harmDecision: `${HarmDecision}` | null;
}

/** Which status each step starts from, and where it leads. */
const transitions: Record<StepInput["step"], { from: RequestState["status"]; to: RequestState["status"] }> = {
  START_RETRIEVAL: { from: "RECEIVED", to: "RETRIEVING" },
  RECORD_HARM_ASSESSMENT: { from: "RETRIEVING", to: "ASSESSED" },
  MARK_SENT: { from: "ASSESSED", to: "SENT" },
  MARK_INVOICED: { from: "SENT", to: "INVOICED" },
  CLOSE: { from: "INVOICED", to: "CLOSED" },
};

export type StepProblem = { field: string; problem: string; sv: string; en: string };
export type StepOutcome = { ok: true; to: RequestState["status"] } | { ok: false; outOfOrder: boolean; problems: [StepProblem, ...StepProblem[]] };

const MAX_TEXT = 4_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The steps allowed next, for the staff page's buttons. */
export function nextSteps(state: RequestState): StepInput["step"][] {
  if (state.status === "ASSESSED" && state.harmDecision === "REFUSE") return ["CLOSE"];
  return (Object.keys(transitions) as StepInput["step"][]).filter((step) => transitions[step].from === state.status);
}

/** Checks a step against the request's state and the step's own fields; `today` is "YYYY-MM-DD", Swedish time. */
export function checkStep(state: RequestState, input: StepInput, today: string): StepOutcome {
  if (!nextSteps(state).includes(input.step)) {
    return {
      ok: false,
      outOfOrder: true,
      problems: [{ field: "step", problem: "STEP_OUT_OF_ORDER", sv: "Det steget kan inte tas nu: ärendet är inte där i arbetet.", en: "That step cannot be taken now: the case is not at that point." }],
    };
  }
  const problems: StepProblem[] = [];
  const tooLong = (field: string, value: string | null | undefined) => {
    if (value && value.length > MAX_TEXT) problems.push({ field, problem: "TOO_LONG", sv: `Högst ${MAX_TEXT} tecken.`, en: `At most ${MAX_TEXT} characters.` });
  };
  tooLong("note", input.note);
  if (input.step === "RECORD_HARM_ASSESSMENT") {
    if (!input.harmDecision) problems.push({ field: "harmDecision", problem: "REQUIRED", sv: "Välj beslut.", en: "Choose a decision." });
    if (!input.harmReasons?.trim()) problems.push({ field: "harmReasons", problem: "REQUIRED", sv: "Skriv skälen för bedömningen.", en: "Write the reasons for the assessment." });
    if (input.harmDecision === "REFUSE" && !input.decisionText?.trim()) {
      problems.push({ field: "decisionText", problem: "REQUIRED", sv: "Ett avslag behöver en beslutstext med hur man överklagar.", en: "A refusal needs a decision text saying how to appeal." });
    }
    tooLong("harmReasons", input.harmReasons);
    tooLong("decisionText", input.decisionText);
  }
  if (input.step === "MARK_SENT") {
    if (!input.sentChannel) problems.push({ field: "sentChannel", problem: "REQUIRED", sv: "Välj hur kopian skickades.", en: "Choose how the copy was sent." });
    const sentOn = input.sentOn?.trim() ?? "";
    if (!sentOn) problems.push({ field: "sentOn", problem: "REQUIRED", sv: "Ange datum då kopian skickades.", en: "Give the date the copy was sent." });
    else if (!isIsoDate(sentOn)) problems.push({ field: "sentOn", problem: "FORMAT", sv: "Skriv datumet som ÅÅÅÅ-MM-DD.", en: "Write the date as YYYY-MM-DD." });
    else if (sentOn > today) problems.push({ field: "sentOn", problem: "IN_FUTURE", sv: "Datumet kan inte vara senare än i dag.", en: "The date cannot be later than today." });
  }
  const [first, ...rest] = problems;
  if (first) return { ok: false, outOfOrder: false, problems: [first, ...rest] };
  return { ok: true, to: targetOf(input.step) };
}

/** Where a step leads; CLOSE leads to CLOSED from INVOICED and, after a refusal, from ASSESSED (see `nextSteps`). */
export function targetOf(step: StepInput["step"]): RequestState["status"] {
  return transitions[step].to;
}
