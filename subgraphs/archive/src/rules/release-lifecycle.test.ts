import { describe, expect, it } from "vitest";
import { checkStep, nextSteps, type RequestState, type StepInput } from "./release-lifecycle.js";

const TODAY = "2026-03-02";
const at = (status: RequestState["status"], harmDecision: RequestState["harmDecision"] = null): RequestState => ({ status, harmDecision });
const step = (s: StepInput["step"], extra: Partial<StepInput> = {}): StepInput => ({ step: s, ...extra });

describe("the order of the archive's work (Region Kronoberg, 003)", () => {
  it("goes received → retrieving → assessed → sent → invoiced → closed, one step at a time", () => {
    expect(nextSteps(at("RECEIVED"))).toEqual(["START_RETRIEVAL"]);
    expect(nextSteps(at("RETRIEVING"))).toEqual(["RECORD_HARM_ASSESSMENT"]);
    expect(nextSteps(at("ASSESSED", "RELEASE_IN_PART"))).toEqual(["MARK_SENT"]);
    expect(nextSteps(at("SENT"))).toEqual(["MARK_INVOICED"]);
    expect(nextSteps(at("INVOICED"))).toEqual(["CLOSE"]);
    expect(nextSteps(at("CLOSED"))).toEqual([]);
  });

  it("a refusal is not sent or invoiced: it can only be closed", () => {
    expect(nextSteps(at("ASSESSED", "REFUSE"))).toEqual(["CLOSE"]);
    const sent = checkStep(at("ASSESSED", "REFUSE"), step("MARK_SENT", { sentChannel: "REGISTERED_MAIL", sentOn: TODAY }), TODAY);
    expect(sent).toMatchObject({ ok: false, outOfOrder: true });
    expect(checkStep(at("ASSESSED", "REFUSE"), step("CLOSE"), TODAY)).toEqual({ ok: true, to: "CLOSED" });
  });

  it.each([
    ["RECEIVED", "MARK_SENT"],
    ["RECEIVED", "RECORD_HARM_ASSESSMENT"],
    ["RETRIEVING", "START_RETRIEVAL"],
    ["SENT", "CLOSE"],
    ["CLOSED", "START_RETRIEVAL"],
  ] as const)("from %s, %s is refused as out of order", (status, s) => {
    const outcome = checkStep(at(status), step(s, { harmDecision: "RELEASE_IN_FULL", harmReasons: "x", sentChannel: "REGISTERED_MAIL", sentOn: TODAY }), TODAY);
    expect(outcome).toMatchObject({ ok: false, outOfOrder: true, problems: [{ field: "step", problem: "STEP_OUT_OF_ORDER" }] });
  });

  it("a harm assessment needs a decision and reasons; a refusal also a decision text", () => {
    const missing = checkStep(at("RETRIEVING"), step("RECORD_HARM_ASSESSMENT"), TODAY);
    expect(missing.ok ? [] : missing.problems.map((p) => p.field)).toEqual(["harmDecision", "harmReasons"]);
    const refusal = checkStep(at("RETRIEVING"), step("RECORD_HARM_ASSESSMENT", { harmDecision: "REFUSE", harmReasons: "Men för patienten." }), TODAY);
    expect(refusal.ok ? [] : refusal.problems.map((p) => p.field)).toEqual(["decisionText"]);
    const ok = checkStep(at("RETRIEVING"), step("RECORD_HARM_ASSESSMENT", { harmDecision: "RELEASE_IN_PART", harmReasons: "Uppgifter om tredje man maskade." }), TODAY);
    expect(ok).toEqual({ ok: true, to: "ASSESSED" });
  });

  it("sending needs a channel and a date that is a real day, not in the future", () => {
    const check = (extra: Partial<StepInput>) => {
      const outcome = checkStep(at("ASSESSED", "RELEASE_IN_FULL"), step("MARK_SENT", extra), TODAY);
      return outcome.ok ? "ok" : outcome.problems.map((p) => `${p.field}:${p.problem}`).join(",");
    };
    expect(check({})).toBe("sentChannel:REQUIRED,sentOn:REQUIRED");
    expect(check({ sentChannel: "DIGITAL_MAILBOX", sentOn: "2026-02-30" })).toBe("sentOn:FORMAT");
    expect(check({ sentChannel: "DIGITAL_MAILBOX", sentOn: "2026-03-03" })).toBe("sentOn:IN_FUTURE");
    expect(check({ sentChannel: "DIGITAL_MAILBOX", sentOn: TODAY })).toBe("ok");
  });
});
