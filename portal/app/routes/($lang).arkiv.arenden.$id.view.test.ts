import { describe, expect, it } from "vitest";
import { readStepForm, readStepRefusal, toStaffRequestView } from "./($lang).arkiv.arenden.$id.view";

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
    expect(readStepRefusal({ data: null, errors: [{ message: "x", extensions: { code: "CONFLICT", messages: { sv: "Det steget kan inte tas nu." } } }] })).toEqual({ formError: "Det steget kan inte tas nu.", fieldErrors: {}, swedish: [] });
    expect(readStepRefusal({ data: null, errors: [{ message: "x", extensions: { code: "BAD_USER_INPUT", fieldErrors: { sentChannel: ["Välj."] } } }] })).toEqual({ formError: null, fieldErrors: { sentChannel: ["Välj."] }, swedish: [] });
    expect(readStepRefusal({ data: { advanceReleaseRequest: { id: "r" } }, errors: [] })).toBeNull();
  });

  it("refuses a step in English on an English page", () => {
    const conflict = { data: null, errors: [{ message: "x", extensions: { code: "CONFLICT", messages: { sv: "Det steget kan inte tas nu.", en: "That step cannot be taken now." } } }] };
    expect(readStepRefusal(conflict, "en")).toEqual({ formError: "That step cannot be taken now.", fieldErrors: {}, swedish: [] });
    // Without English from the archive: our own words, never its Swedish on an English page.
    expect(readStepRefusal({ data: null, errors: [{ message: "x", extensions: { code: "CONFLICT", messages: { sv: "Ändrat." } } }] }, "en")?.formError).toBe("The step could not be taken: the case has changed.");
    expect(readStepRefusal({ data: null, errors: [{ message: "x", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }, "en")?.formError).toBe("The step could not be saved right now. Please try again in a while.");
    const fields = { data: null, errors: [{ message: "x", extensions: { code: "BAD_USER_INPUT", field: "sentChannel", messages: { sv: "Välj hur kopian skickades.", en: "Choose how the copy was sent." }, fieldErrors: { sentChannel: ["Välj hur kopian skickades."], sentOn: ["Ange datum då kopian skickades."] } } }] };
    expect(readStepRefusal(fields, "en")).toEqual({ formError: null, fieldErrors: { sentChannel: ["Choose how the copy was sent."], sentOn: ["Ange datum då kopian skickades."] }, swedish: ["sentOn"] });
  });
});
