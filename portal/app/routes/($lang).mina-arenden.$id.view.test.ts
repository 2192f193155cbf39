import { describe, expect, it } from "vitest";
import { toRequestView } from "./($lang).mina-arenden.$id.view";

const request = {
  id: "r1", referenceNumber: "ARK-2026-00001", status: "ASSESSED", receivedOn: "2026-03-02", subject: "SELF", patientName: null,
  periodFrom: "2001-01-01", periodTo: "2003-12-31", injuryDate: null, injuryOrCause: "Knä", careUnit: "Ortopeden", legalBasis: "PATIENT_OWN_RECORD",
  deliveryWanted: "E_SERVICE_1177", harmDecision: "REFUSE", harmReasons: "Men.", decisionText: "Kan överklagas.", sentChannel: null, sentOn: null,
  attachments: [{ id: "a1", fileName: "fullmakt.pdf", mediaType: "application/pdf", sizeBytes: 2048 }],
  history: [{ seq: 1, at: "2026-03-02T08:00:00.000Z", action: "RECEIVED", toStatus: "RECEIVED", note: null }],
};

describe("a resident's request page", () => {
  it("shows the status, the facts in Swedish, a refusal's decision text and the history", () => {
    const view = toRequestView({ data: { releaseRequest: request }, errors: [] });
    expect(view.status).toBe("ok");
    if (view.status !== "ok") return;
    expect(view.data.status).toBe("Menprövning klar");
    expect(view.data.facts.find((f) => f.term === "Beslut")?.value).toBe("Avslag");
    expect(view.data.facts.find((f) => f.term === "Period")?.value).toBe("2001-01-01 – 2003-12-31");
    expect(view.data.decisionText).toBe("Kan överklagas.");
    expect(view.data.attachments).toEqual([{ id: "a1", label: "fullmakt.pdf (2 kB)" }]);
    expect(view.data.history).toEqual([{ key: 1, at: "2026-03-02 09:00", what: "Mottagen", note: null, who: null }]);
  });

  it("speaks English on an English page, keeping the archive's and the requester's Swedish marked", () => {
    const view = toRequestView({ data: { releaseRequest: { ...request, subject: "CHILD", patientName: "Kalle Åström" } }, errors: [] }, "en");
    if (view.status !== "ok") throw new Error(view.status);
    expect(view.data.status).toBe("Confidentiality review done");
    expect(view.data.facts.map((f) => f.term)).toEqual(["Status", "Received", "Concerns", "Period", "Injury or reason", "Care unit", "Grounds", "How the copy should be sent", "Decision", "Reasons"]);
    expect(view.data.facts.find((f) => f.term === "Concerns")).toEqual({ term: "Concerns", value: "My child's record (child under 13)", name: "Kalle Åström" });
    expect(view.data.facts.find((f) => f.term === "Care unit")).toMatchObject({ value: "Ortopeden", sv: true });
    expect(view.data.facts.find((f) => f.term === "Decision")).toEqual({ term: "Decision", value: "Refused" });
    expect(view.data.history).toEqual([{ key: 1, at: "2 Mar 2026, 09:00", what: "Received", note: null, who: null }]);
  });

  it("another person's request is missing (404), a down archive is unavailable", () => {
    expect(toRequestView({ data: null, errors: [{ message: "x", path: ["releaseRequest"], extensions: { code: "NOT_FOUND" } }] })).toEqual({ status: "missing" });
    expect(toRequestView({ data: null, errors: [{ message: "down" }] })).toEqual({ status: "unavailable" });
  });
});
