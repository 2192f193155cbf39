import { describe, expect, it } from "vitest";
import { readSearch, toRegisterView } from "./arkiv.register.view";

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
    expect(view.found?.status === "ok" && view.found.data.rows[0]).toMatchObject({ personnummer: "19310412-1280", location: "Kartong MK-1, Hylla 12", period: "1958-03-01 – 1969-09-30" });
    expect(view.log.status === "ok" && view.log.data[0]).toMatchObject({ who: "ada", purpose: "Ärende 1", at: "2026-03-02 09:00" });
  });
});
