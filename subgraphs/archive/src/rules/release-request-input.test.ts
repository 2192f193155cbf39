import { describe, expect, it } from "vitest";
import { personnummerFor } from "@vardportal/kit/personnummer";
import { checkRequestInput, type RawRequestInput } from "./release-request-input.js";

const TODAY = "2026-03-02";
const me = { personnummer: personnummerFor("1985-05-17", 282) };
const complete: RawRequestInput = {
  subject: "SELF",
  periodFrom: "2001-01-01",
  periodTo: "2003-12-31",
  injuryOrCause: "Knäskada",
  careUnit: "Ortopedkliniken, Sunderby sjukhus",
  legalBasis: "PATIENT_OWN_RECORD",
  deliveryWanted: "REGISTERED_MAIL",
};
const fields = (raw: RawRequestInput) => {
  const result = checkRequestInput(raw, me, TODAY);
  return result.ok ? [] : result.problems.map((p) => `${p.field}:${p.problem}`);
};

describe("what a release request must say", () => {
  it("a complete request for oneself passes, for the requester's own personnummer", () => {
    const result = checkRequestInput(complete, me, TODAY);
    expect(result.ok && result.value.patientPersonnummer).toBe(me.personnummer);
  });

  it("an empty request names every missing field at once", () => {
    expect(fields({})).toEqual([
      "subject:REQUIRED",
      "periodFrom:REQUIRED",
      "injuryOrCause:REQUIRED",
      "careUnit:REQUIRED",
      "legalBasis:REQUIRED",
      "deliveryWanted:REQUIRED",
    ]);
  });

  it("an injury date is enough instead of a period; a period must not end before it starts or lie in the future", () => {
    expect(fields({ ...complete, periodFrom: null, periodTo: null, injuryDate: "2020-06-01" })).toEqual([]);
    expect(fields({ ...complete, periodTo: "2000-01-01" })).toEqual(["periodTo:BEFORE_START"]);
    expect(fields({ ...complete, periodFrom: "2027-01-01", periodTo: null })).toEqual(["periodFrom:IN_FUTURE"]);
  });

  it("a child's request needs the child under 13; from 13 the child's consent is needed instead", () => {
    const child = { ...complete, subject: "CHILD" as const, patientName: "Alice", legalBasis: "GUARDIAN" };
    expect(fields({ ...child, patientPersonnummer: personnummerFor("2017-03-08", 124) })).toEqual([]);
    expect(fields({ ...child, patientPersonnummer: personnummerFor("2013-03-02", 139) })).toEqual(["patientPersonnummer:CHILD_13_OR_OLDER"]);
    expect(fields({ ...child, patientPersonnummer: "20170308-0000" })).toEqual(["patientPersonnummer:INVALID"]);
  });

  it("a request for someone else without an attachment is refused, on the attachment field", () => {
    const other = { ...complete, subject: "OTHER_PERSON" as const, patientName: "Per", patientPersonnummer: personnummerFor("1950-02-14", 228), legalBasis: "CONSENT" };
    expect(fields(other)).toEqual(["attachment:ATTACHMENT_REQUIRED"]);
    expect(fields({ ...other, attachmentIds: ["a"] })).toEqual([]);
    expect(fields({ ...other, patientPersonnummer: me.personnummer, attachmentIds: ["a"] })).toEqual(["patientPersonnummer:IS_REQUESTER"]);
  });
});
