import { describe, expect, it } from "vitest";
import { readStepForm, readStepRefusal, toStaffRequestView } from "./arkiv.arenden.$id.view";

describe("the archive staff's request page", () => {
  it("adds who filed it, who handles it and the next steps", () => {
    const view = toStaffRequestView({
      data: { releaseRequest: { id: "r", referenceNumber: "ARK-2026-00001", status: "RECEIVED", receivedOn: "2026-03-02", subject: "SELF", injuryOrCause: "Knä", careUnit: "Ort", legalBasis: "CONSENT", deliveryWanted: "REGISTERED_MAIL", attachments: [], history: [], submitterPersonnummer: "198505172826", assigneeName: "Ada", nextSteps: ["START_RETRIEVAL"] } },
      errors: [],
    });
    expect(view.status === "ok" && [view.data.submitter, view.data.assignee, view.data.nextSteps]).toEqual(["19850517-2826", "Ada", ["START_RETRIEVAL"]]);
  });

  it("reads a step form and the reasons a step was refused", () => {
    const form = new FormData();
    form.set("step", "MARK_SENT");
    form.set("sentOn", " 2026-03-02 ");
    form.set("note", "");
    expect(readStepForm(form)).toEqual({ step: "MARK_SENT", sentOn: "2026-03-02" });
    expect(readStepRefusal({ data: null, errors: [{ message: "x", extensions: { code: "CONFLICT", messages: { sv: "Det steget kan inte tas nu." } } }] })).toEqual({ formError: "Det steget kan inte tas nu.", fieldErrors: {} });
    expect(readStepRefusal({ data: null, errors: [{ message: "x", extensions: { code: "BAD_USER_INPUT", fieldErrors: { sentChannel: ["Välj."] } } }] })).toEqual({ formError: null, fieldErrors: { sentChannel: ["Välj."] } });
    expect(readStepRefusal({ data: { advanceReleaseRequest: { id: "r" } }, errors: [] })).toBeNull();
  });
});
