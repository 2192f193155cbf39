import { describe, expect, it } from "vitest";
import { readSearch, toRegisterView } from "./($lang).arkiv.register.view";

describe("the record-index search page", () => {
  it("searches nothing until a purpose and a criterion are given", () => {
    expect(readSearch(new URLSearchParams("")).input).toBeNull();
    expect(readSearch(new URLSearchParams("name=Karin&purpose=")).errors).toEqual({ purpose: [expect.stringContaining("syftet")] });
    expect(readSearch(new URLSearchParams("purpose=Ärende 1")).errors.personnummer).toBeDefined();
    expect(readSearch(new URLSearchParams("name=Karin&yearFrom=1950&purpose=Ärende 1")).input).toEqual({ purpose: "Ärende 1", name: "Karin", yearFrom: 1950 });
  });

  it("shows where each record is, and the access log", () => {
    const view = toRegisterView({
      data: {
        recordIndexSearch: { totalCount: 1, edges: [{ node: { id: "e", patientName: "Karin", personnummer: "193104121280", birthDate: "1931-04-12", unit: "Medicin", enterprise: "Sjukhuset", firstContact: "1958-03-01", lastContact: "1969-09-30", diagnosisCode: "A15", diagnosisText: "Tbc", box: "MK-1", shelf: "Hylla 12", scanned: false } }] },
        recordIndexAccessLog: { edges: [{ node: { id: "l", at: "2026-03-02T08:00:00.000Z", actorSubject: "ada", action: "SEARCH", criteria: "{\"name\":\"Karin\"}", resultCount: 1, purpose: "Ärende 1" } }] },
      },
      errors: [],
    }, true);
    expect(view.found?.status === "ok" && view.found.data.rows[0]).toMatchObject({ personnummer: "19310412-1280", location: "Kartong MK-1", shelf: "Hylla 12", period: "1958-03-01 – 1969-09-30" });
    expect(view.log.status === "ok" && view.log.data[0]).toMatchObject({ who: "ada", purpose: "Ärende 1", at: "2026-03-02 09:00", action: "Sökning", criteria: "{\"name\":\"Karin\"}", resultCount: 1 });
  });

  it("speaks English on an English page: its own messages, the box and the log's action; the archive's Swedish refusal is marked", () => {
    expect(readSearch(new URLSearchParams("name=Karin&purpose="), "en").errors).toEqual({ purpose: ["Give the purpose of the search (at least 5 characters), for example the case number."] });
    expect(readSearch(new URLSearchParams("purpose=Case 1&yearFrom=19"), "en").errors).toEqual({ yearFrom: ["Write a year with four digits."] });
    expect(readSearch(new URLSearchParams("purpose=Case 1"), "en").errors).toEqual({ personnummer: ["Give at least one search term: personal identity number, name, period or unit."] });
    const view = toRegisterView({
      data: {
        recordIndexSearch: { totalCount: 2, edges: [
          { node: { id: "e", patientName: "Karin", personnummer: null, birthDate: "1931-04-12", unit: "Medicin", enterprise: "Sjukhuset", firstContact: null, lastContact: null, diagnosisCode: null, diagnosisText: null, box: "MK-1", shelf: "Hylla 12", scanned: false } },
          { node: { id: "f", patientName: "Olle", personnummer: null, birthDate: null, unit: "Kirurgi", enterprise: "Sjukhuset", firstContact: null, lastContact: null, diagnosisCode: null, diagnosisText: null, box: "MK-2", shelf: "Hylla 3", scanned: true } },
        ] },
        recordIndexAccessLog: { edges: [{ node: { id: "l", at: "2026-03-02T08:00:00.000Z", actorSubject: "ada", action: "VIEW", criteria: "{}", resultCount: 1, purpose: "Ärende 1" } }] },
      },
      errors: [],
    }, true, "en");
    expect(view.found?.status === "ok" && view.found.data.rows.map((r) => [r.location, r.shelf])).toEqual([["Box MK-1", "Hylla 12"], ["Scanned", null]]);
    expect(view.log.status === "ok" && view.log.data[0]).toMatchObject({ action: "View", at: "2 Mar 2026, 09:00" });
    const refused = toRegisterView({ data: null, errors: [{ message: "x", extensions: { code: "VALIDATION_FAILED", fieldErrors: { purpose: ["Högst 200 tecken."] } } }] }, true, "en");
    expect(refused).toMatchObject({ found: null, fieldErrors: { purpose: ["Högst 200 tecken."] }, swedish: ["purpose"] });
  });
});
