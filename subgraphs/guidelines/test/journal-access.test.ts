import { expectData, startTestSubgraph, type TestSubgraph } from "@vardportal/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { definition } from "../src/index.js";

/** The journal-access API in the subgraph itself: defaults, refusals and the resident's explainer. */
let t: TestSubgraph;
beforeAll(async () => {
  t = await startTestSubgraph(definition, { seed: false });
});
afterAll(async () => {
  await t.close();
});

const ACCESS = `query($s: AccessScenarioInput!) {
  journalAccess(scenario: $s) {
    region on age
    parties { party name eServices journal visibleUnits hiddenUnits reasons { rule text { sv en } source { id region seedFile } } }
    flags { code field date reason { rule } }
  }
}`;

describe("journalAccess", () => {
  it("answers a Skåne family with reasons that name their rule and source", async () => {
    const { journalAccess } = expectData(
      await t.query<{ journalAccess: { age: number; parties: { name: string | null; journal: string; reasons: { rule: string; text: { sv: string }; source: { region: string; seedFile: string } }[] }[] } }>(ACCESS, {
        as: "staff",
        variables: { s: { region: "Skåne", on: "2025-06-10", person: { age: 9 }, guardians: [{ name: "Mamma" }], loginLock: { initiatedBy: "CARE", from: "2025-06-01" } } },
      }),
    );
    const mamma = journalAccess.parties.find((p) => p.name === "Mamma")!;
    expect(mamma.journal).toBe("NONE");
    const seal = mamma.reasons.find((r) => r.rule === "LOCK_SEALS_CHILD_JOURNAL_SKANE")!;
    expect(seal.text.sv).toContain("förseglas hela barnets journal");
    expect(seal.source).toEqual({ id: "SKANE_JOURNALEN_VIA_NATET", region: "Skåne", seedFile: "shared/seeds/004_50562764b7ab6852.txt" });
  });

  it("takes today in Sweden when no day is given", async () => {
    const { journalAccess } = expectData(await t.query<{ journalAccess: { on: string } }>(ACCESS, { as: "staff", variables: { s: { region: "Kronoberg", person: { age: 3 } } } }));
    expect(journalAccess.on).toBe(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm" }).format(t.clock()));
  });

  it("refuses a care seal without an end date and a lock over three months, with every field's message", async () => {
    const result = await t.query(ACCESS, {
      as: "staff",
      variables: { s: { region: "Skåne", on: "2025-06-10", person: { age: 9 }, loginLock: { initiatedBy: "CARE", from: "2025-06-01", until: "2025-12-01" }, seals: [{ initiatedBy: "CARE" }] } },
    });
    expect(result.data?.journalAccess ?? null).toBeNull();
    const error = result.errors![0]!;
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "loginLock.until", problem: "LOCK_LONGER_THAN_THREE_MONTHS" });
    expect(Object.keys(error.extensions!.fieldErrors as object)).toEqual(["loginLock.until", "seals.0.until"]);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\s{4}at /);
  });
});

describe("noteVisibility", () => {
  it("a psychiatric inpatient note is delayed 28 days, with the day it shows", async () => {
    const { noteVisibility } = expectData(
      await t.query<{ noteVisibility: { visible: boolean; visibleFrom: string; reasons: { rule: string }[] } }>(
        `{ noteVisibility(note: { region: "Skåne", on: "2025-06-10", unitKind: ADULT_PSYCHIATRY, writtenOn: "2025-06-01", patientAgeThen: 30, admittedFrom: "2025-05-30" }) { visible visibleFrom reasons { rule } } }`,
        { as: "staff" },
      ),
    );
    expect(noteVisibility).toEqual({ visible: false, visibleFrom: "2025-06-29", reasons: [{ rule: "NOTE_PSYCHIATRIC_INPATIENT_DELAY" }, { rule: "NOTE_PAPER_AFTER_HARM_ASSESSMENT" }] });
  });

  it("refuses a region without published note rules", async () => {
    const result = await t.query(`{ noteVisibility(note: { region: "Kronoberg", writtenOn: "2025-01-01", patientAgeThen: 30 }) { visible } }`, { as: "staff" });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "region", problem: "REGION_NOT_COVERED" });
  });
});

describe("explainJournalAccess (public)", () => {
  const EXPLAIN = `query($q: ResidentAccessQuestionInput!) { explainJournalAccess(question: $q) { you { eServices journal reasons { rule text { sv } } } child { eServices journal } } }`;
  type Explained = { explainJournalAccess: { you: { eServices: boolean; journal: string; reasons: { rule: string }[] }; child: { eServices: boolean; journal: string } } };

  it("why can't I read my 14-year-old's journal: closed from 13 to 16 unless care decides", async () => {
    const { explainJournalAccess } = expectData(await t.query<Explained>(EXPLAIN, { variables: { q: { region: "Kronoberg", childAge: 14 } } }));
    expect(explainJournalAccess.you).toMatchObject({ eServices: false, journal: "NONE" });
    expect(explainJournalAccess.you.reasons.map((r) => r.rule)).toEqual(["PROXY_ENDS_AT_13", "JOURNAL_CLOSED_13_TO_15"]);
    expect(explainJournalAccess.child).toEqual({ eServices: true, journal: "NONE" });
  });

  it("with a decision from care, the guardian of a 14-year-old reads the journal", async () => {
    const { explainJournalAccess } = expectData(await t.query<Explained>(EXPLAIN, { variables: { q: { region: "Skåne", childAge: 14, guardianGranted: true } } }));
    expect(explainJournalAccess.you.journal).toBe("FULL");
  });

  it("refuses an age over 17", async () => {
    const result = await t.query(EXPLAIN, { variables: { q: { region: "Skåne", childAge: 18 } } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "childAge", problem: "AGE_OUT_OF_RANGE" });
  });
});
