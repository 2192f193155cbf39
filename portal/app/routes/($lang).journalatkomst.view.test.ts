import { describe, expect, it } from "vitest";
import type { Lang } from "~/i18n/languages";
import { isAsked, readAccessForm, refusedFields, toAnswerView, toScenario } from "./($lang).journalatkomst.view";

const form = (query: string, lang: Lang = "sv") => readAccessForm(new URLSearchParams(query), "2025-06-10", lang);

describe("the access tool's form", () => {
  it("starts with Skåne, today and one guardian, and is not yet a question", () => {
    const values = form("");
    expect(values).toMatchObject({ region: "Skåne", on: "2025-06-10", "guardians.0.name": "Vårdnadshavare 1" });
    expect(isAsked(new URLSearchParams(""))).toBe(false);
  });

  it("names the first guardian in English on an English page; the region stays the API's value", () => {
    expect(form("", "en")).toMatchObject({ region: "Skåne", "guardians.0.name": "Guardian 1" });
  });

  it("sends only the guardians named, and the measures ticked, in the API's shape", () => {
    const { scenario, grantFields } = toScenario(
      form("region=Kronoberg&on=2025-06-10&person.age=14&guardians.0.name=Mamma&guardians.1.name=&guardians.0.blocked=on&loginLock.on=on&loginLock.from=2025-06-01&seals.0.unit=BUP&guardianGrant=Mamma&childGrantUnit=BUP"),
      "sv",
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

  it("refuses an age that is not a whole number before asking the API, in the page's language", () => {
    expect(toScenario(form("region=Skåne&person.age=fjorton"), "sv").localErrors).toEqual({ "person.age": "Skriv åldern som ett heltal, till exempel 14." });
    expect(toScenario(form("region=Skåne&person.age=fourteen", "en"), "en").localErrors).toEqual({ "person.age": "Write the age as a whole number, for example 14." });
  });

  const refused = {
    data: { journalAccess: null },
    errors: [
      {
        message: "x",
        path: ["journalAccess"],
        extensions: {
          code: "BAD_USER_INPUT",
          field: "seals.0.until",
          messages: { sv: "Slutdatum krävs.", en: "An end date is required." },
          fieldErrors: { "seals.0.until": ["Slutdatum krävs."], "grants.1.guardian": ["Okänd."] },
        },
      },
    ],
  };

  it("puts the API's field errors beside the form's fields, grants included", () => {
    expect(refusedFields(refused, ["childGrantUnit", "guardianGrant"], "sv")).toEqual({ errors: { "seals.0.until": "Slutdatum krävs.", guardianGrant: "Okänd." }, swedish: [] });
    expect(refusedFields({ data: { journalAccess: {} }, errors: [] }, [], "sv")).toBeNull();
  });

  it("on an English page, shows the first field's English message and marks the messages the API gave only in Swedish", () => {
    expect(refusedFields(refused, ["childGrantUnit", "guardianGrant"], "en")).toEqual({
      errors: { "seals.0.until": "An end date is required.", guardianGrant: "Okänd." },
      swedish: ["guardianGrant"],
    });
  });
});

describe("the answer", () => {
  const reason = { rule: "UNIT_SEALED", text: { sv: "Enheten är förseglad.", en: "The unit is sealed." }, source: { title: "Journalen via nätet", publisher: "Region Skåne", url: null } };
  const answer = (flagText: { sv: string; en: string | null }) => ({
    data: {
      journalAccess: {
        region: "Skåne",
        on: "2025-06-10",
        age: 16,
        parties: [
          { party: "PERSON", name: null, eServices: true, journal: "FULL", visibleUnits: [], hiddenUnits: ["BUP"], reasons: [reason] },
          { party: "GUARDIAN", name: "Mamma", eServices: false, journal: "NONE", visibleUnits: [], hiddenUnits: [], reasons: [] },
          { party: "LEGAL_REPRESENTATIVE", name: "Sven", eServices: false, journal: "PARTIAL", visibleUnits: ["VC Norr"], hiddenUnits: [], reasons: [] },
        ],
        flags: [
          { code: "SEAL_ENDS_WITHIN_A_WEEK", field: "seals.0", date: "2025-06-15", reason: { text: flagText } },
          { code: "SOMETHING_NEW", field: "seals.0", date: null, reason: { text: flagText } },
        ],
      },
    },
    errors: [],
  });

  it("says per party yes or no, the units, and each reason with its source", () => {
    const view = toAnswerView(answer({ sv: "Påminnelse.", en: "Reminder." }), "sv");
    expect(view.status).toBe("ok");
    if (view.status !== "ok") return;
    expect(view.data).toMatchObject({ region: "Skåne", on: "2025-06-10", age: 16 });
    expect(view.data.parties.map((p) => [p.heading, p.reasonsHeading, p.eServices, p.journal])).toEqual([
      ["Personen själv", "Varför – personen själv", "Ja", "Ja, hela journalen utom BUP"],
      ["Vårdnadshavare: Mamma", "Varför – vårdnadshavare: Mamma", "Nej", "Nej"],
      ["God man/förvaltare: Sven", "Varför – god man/förvaltare: Sven", "Nej", "Bara från VC Norr"],
    ]);
    expect(view.data.parties[0]!.reasons[0]).toEqual({ rule: "UNIT_SEALED", text: { text: "Enheten är förseglad.", lang: "sv", fallback: false }, source: "Journalen via nätet (Region Skåne)", url: null });
    expect(view.data.flags[0]).toEqual({ label: "Förseglingen upphör inom en vecka – påminnelse till verksamheten", date: "2025-06-15", reason: { text: "Påminnelse.", lang: "sv", fallback: false } });
  });

  it("speaks English on an English page: the words, the rules' English texts, and a flag without English marked", () => {
    const view = toAnswerView(answer({ sv: "Påminnelse.", en: null }), "en");
    if (view.status !== "ok") throw new Error("unavailable");
    expect(view.data.parties.map((p) => [p.heading, p.reasonsHeading, p.eServices, p.journal])).toEqual([
      ["The person themselves", "Why – the person themselves", "Yes", "Yes, the whole record except BUP"],
      ["Guardian: Mamma", "Why – guardian: Mamma", "No", "No"],
      ["Trustee/administrator: Sven", "Why – trustee/administrator: Sven", "No", "Only from VC Norr"],
    ]);
    expect(view.data.parties[0]!.reasons[0]!.text).toEqual({ text: "The unit is sealed.", lang: "en", fallback: false });
    expect(view.data.flags[0]).toEqual({ label: "The seal ends within a week – a reminder to the care unit", date: "2025-06-15", reason: { text: "Påminnelse.", lang: "sv", fallback: true } });
  });

  it("names a flag it has no words for by its code", () => {
    const view = toAnswerView(answer({ sv: "Påminnelse.", en: "Reminder." }), "en");
    expect(view.status === "ok" && view.data.flags[1]!.label).toBe("SOMETHING_NEW");
  });

  it("is unavailable when the guidelines subgraph is down", () => {
    expect(toAnswerView({ data: null, errors: [{ message: "down" }] }, "sv")).toEqual({ status: "unavailable" });
  });
});
