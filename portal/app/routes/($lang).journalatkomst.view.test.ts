import { describe, expect, it } from "vitest";
import { isAsked, readAccessForm, refusedFields, toAnswerView, toScenario } from "./journalatkomst.view";

const form = (query: string) => readAccessForm(new URLSearchParams(query), "2025-06-10");

describe("the access tool's form", () => {
  it("starts with Skåne, today and one guardian, and is not yet a question", () => {
    const values = form("");
    expect(values).toMatchObject({ region: "Skåne", on: "2025-06-10", "guardians.0.name": "Vårdnadshavare 1" });
    expect(isAsked(new URLSearchParams(""))).toBe(false);
  });

  it("sends only the guardians named, and the measures ticked, in the API's shape", () => {
    const { scenario, grantFields } = toScenario(
      form("region=Kronoberg&on=2025-06-10&person.age=14&guardians.0.name=Mamma&guardians.1.name=&guardians.0.blocked=on&loginLock.on=on&loginLock.from=2025-06-01&seals.0.unit=BUP&guardianGrant=Mamma&childGrantUnit=BUP"),
    );
    expect(scenario).toMatchObject({
      region: "Kronoberg",
      person: { age: 14, birthDate: null, hasEId: true, fullPersonnummer: true },
      guardians: [{ name: "Mamma", blocked: true, protectedIdentity: false, ownJournalSealed: false }],
      loginLock: { initiatedBy: "CARE", from: "2025-06-01", until: null },
      seals: [],
      grants: [{ to: "CHILD", unit: "BUP" }, { to: "GUARDIAN", guardian: "Mamma" }],
    });
    expect(grantFields).toEqual(["childGrantUnit", "guardianGrant"]);
  });

  it("refuses an age that is not a whole number before asking the API", () => {
    expect(toScenario(form("region=Skåne&person.age=fjorton")).localErrors).toEqual({ "person.age": "Skriv åldern som ett heltal, till exempel 14." });
  });

  it("puts the API's field errors beside the form's fields, grants included", () => {
    const result = {
      data: { journalAccess: null },
      errors: [{ message: "x", path: ["journalAccess"], extensions: { code: "BAD_USER_INPUT", fieldErrors: { "seals.0.until": ["Slutdatum krävs."], "grants.1.guardian": ["Okänd."] } } }],
    };
    expect(refusedFields(result, ["childGrantUnit", "guardianGrant"])).toEqual({ "seals.0.until": "Slutdatum krävs.", guardianGrant: "Okänd." });
    expect(refusedFields({ data: { journalAccess: {} }, errors: [] }, [])).toBeNull();
  });
});

describe("the answer", () => {
  it("says per party yes or no, the units, and each reason with its source", () => {
    const reason = { rule: "UNIT_SEALED", text: { sv: "Enheten är förseglad." }, source: { title: "Journalen via nätet", publisher: "Region Skåne", url: null } };
    const view = toAnswerView({
      data: {
        journalAccess: {
          region: "Skåne",
          on: "2025-06-10",
          age: 16,
          parties: [
            { party: "PERSON", name: null, eServices: true, journal: "FULL", visibleUnits: [], hiddenUnits: ["BUP"], reasons: [reason] },
            { party: "GUARDIAN", name: "Mamma", eServices: false, journal: "NONE", visibleUnits: [], hiddenUnits: [], reasons: [] },
          ],
          flags: [{ code: "SEAL_ENDS_WITHIN_A_WEEK", field: "seals.0", date: "2025-06-15", reason: { text: { sv: "Påminnelse." } } }],
        },
      },
      errors: [],
    });
    expect(view.status).toBe("ok");
    if (view.status !== "ok") return;
    expect(view.data.parties.map((p) => [p.heading, p.eServices, p.journal])).toEqual([
      ["Personen själv", "Ja", "Ja, hela journalen utom BUP"],
      ["Vårdnadshavare: Mamma", "Nej", "Nej"],
    ]);
    expect(view.data.parties[0]!.reasons[0]).toEqual({ rule: "UNIT_SEALED", text: "Enheten är förseglad.", source: "Journalen via nätet (Region Skåne)", url: null });
    expect(view.data.flags[0]).toContain("(2025-06-15)");
  });

  it("is unavailable when the guidelines subgraph is down", () => {
    expect(toAnswerView({ data: null, errors: [{ message: "down" }] })).toEqual({ status: "unavailable" });
  });
});
