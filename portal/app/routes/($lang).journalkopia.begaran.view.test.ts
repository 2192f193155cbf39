import { describe, expect, it } from "vitest";
import { readRequestForm, readSubmitResult, readUploadRefusal, toRequestInput } from "./($lang).journalkopia.begaran.view";

describe("the release request form", () => {
  it("keeps the filled-in fields, trimmed, and leaves the empty ones out", () => {
    const form = new FormData();
    form.set("subject", "SELF");
    form.set("careUnit", "  Ortopeden ");
    form.set("injuryOrCause", "");
    expect(readRequestForm(form)).toEqual({ subject: "SELF", careUnit: "Ortopeden" });
  });

  it("sends no patient fields for one's own record", () => {
    expect(toRequestInput({ subject: "SELF", patientName: "X", careUnit: "A" }, [])).toEqual({ subject: "SELF", careUnit: "A", attachmentIds: [] });
    expect(toRequestInput({ subject: "OTHER_PERSON", patientName: "X", patientPersonnummer: "1" }, ["a"])).toMatchObject({ patientName: "X", patientPersonnummer: "1", attachmentIds: ["a"] });
  });

  it("reads the new id, or every field's message, or a failure", () => {
    expect(readSubmitResult({ data: { submitReleaseRequest: { id: "r1" } }, errors: [] })).toEqual({ id: "r1" });
    expect(readSubmitResult({ data: null, errors: [{ message: "x", extensions: { code: "BAD_USER_INPUT", fieldErrors: { careUnit: ["Fyll i vårdenheten."] } } }] })).toEqual({ fieldErrors: { careUnit: ["Fyll i vårdenheten."] }, swedish: [] });
    expect(readSubmitResult({ data: null, errors: [{ message: "down", extensions: { code: "GATEWAY_UNAVAILABLE" } }] })).toEqual({ failed: true });
  });

  it("shows the archive's own words for a refused file", () => {
    expect(readUploadRefusal({ errors: [{ extensions: { code: "BAD_USER_INPUT", messages: { sv: "Filen är inte det som namnet säger." } } }] })).toBe("Filen är inte det som namnet säger.");
    expect(readUploadRefusal({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] })).toBe("Filen är större än 10 MB.");
  });

  it("on an English page, gives the named field the archive's English and marks the other fields' Swedish", () => {
    const refusal = {
      data: null,
      errors: [{ message: "x", extensions: { code: "BAD_USER_INPUT", field: "careUnit", messages: { sv: "Fyll i vårdenheten.", en: "Fill in the care unit." }, fieldErrors: { careUnit: ["Fyll i vårdenheten."], injuryOrCause: ["Beskriv skadan."] } } }],
    };
    expect(readSubmitResult(refusal, "en")).toEqual({ fieldErrors: { careUnit: ["Fill in the care unit."], injuryOrCause: ["Beskriv skadan."] }, swedish: ["injuryOrCause"] });
    expect(readSubmitResult(refusal, "sv")).toEqual({ fieldErrors: { careUnit: ["Fyll i vårdenheten."], injuryOrCause: ["Beskriv skadan."] }, swedish: [] });
  });

  it("shows a refused file in English on an English page, our own words when the archive has none", () => {
    expect(readUploadRefusal({ errors: [{ extensions: { code: "BAD_USER_INPUT", messages: { sv: "Filen är inte det som namnet säger.", en: "The file is not what its name says." } } }] }, "en")).toBe("The file is not what its name says.");
    expect(readUploadRefusal({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] }, "en")).toBe("The file is larger than 10 MB.");
    expect(readUploadRefusal({ errors: [{ extensions: { code: "BAD_USER_INPUT", messages: { sv: "Något annat." } } }] }, "en")).toBe("The file could not be received. Please try again.");
  });
});
