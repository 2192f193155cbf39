import { accessCases, refusedCases } from "@vardportal/guidelines/scenarios";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederation, type Federation } from "./federation.js";
import { startTestIssuer, type TestIssuer } from "./test-issuer.js";

/**
 * The journal-access scenarios of DOMAIN.md through the gateway, the same list the rules' unit tests
 * run, as a nurse with a real access token; and what everyone else gets.
 */
let idp: TestIssuer;
let federation: Federation;

beforeAll(async () => {
  idp = await startTestIssuer();
  federation = await startFederation({ verifyAccessToken: idp.verifier });
});
afterAll(async () => {
  await federation?.close();
  await idp?.close();
});

const bearer = (claims: Record<string, unknown>) => idp.bearer(claims);
const nurse = () => bearer({ sub: "nils", roles: ["staff"], region: "Skåne" });

const ACCESS = `query($s: AccessScenarioInput!) {
  journalAccess(scenario: $s) {
    parties { party name eServices journal visibleUnits hiddenUnits reasons { rule source { seedFile } } }
    flags { code }
  }
}`;
type Party = { party: string; name: string | null; eServices: boolean; journal: string; visibleUnits: string[]; hiddenUnits: string[]; reasons: { rule: string; source: { seedFile: string } }[] };

describe("journal access through the gateway, scenario by scenario", () => {
  for (const scenario of accessCases) {
    it(scenario.name, async () => {
      const result = await federation.query<{ journalAccess: { parties: Party[]; flags: { code: string }[] } }>(ACCESS, { s: scenario.input }, await nurse());
      expect(result.errors).toBeUndefined();
      const parties = result.data!.journalAccess.parties;
      const byKey = new Map(parties.map((p) => [p.party === "PERSON" ? "person" : p.party === "LEGAL_REPRESENTATIVE" ? "representative" : p.name!, p]));
      for (const [key, expected] of Object.entries(scenario.expect)) {
        const party = byKey.get(key)!;
        expect({ key, eServices: party.eServices, journal: party.journal }).toEqual({ key, eServices: expected.eServices, journal: expected.journal });
        if (expected.visibleUnits) expect(party.visibleUnits).toEqual(expected.visibleUnits);
        expect(party.hiddenUnits).toEqual(expected.hiddenUnits ?? []);
        expect(party.reasons.map((r) => r.rule)).toEqual(expect.arrayContaining(expected.reasons));
        for (const r of party.reasons) expect(r.source.seedFile).toMatch(/^shared\/seeds\//);
      }
      if (scenario.flags) {
        const codes = result.data!.journalAccess.flags.map((f) => f.code).filter((c) => c !== "LOCK_ENDS_AUTOMATICALLY" || scenario.flags!.includes(c as never));
        expect(codes).toEqual(scenario.flags);
      }
    });
  }

  for (const refused of refusedCases) {
    it(`refuses ${refused.name}: ${refused.field} ${refused.problem}, with the field errors passed to the client`, async () => {
      const result = await federation.query(ACCESS, { s: refused.input }, await nurse());
      const error = result.errors?.[0];
      expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(Object.keys((error?.extensions?.fieldErrors ?? {}) as object)).toContain(refused.field);
      if (error?.extensions?.field === refused.field) expect(error.extensions.problem).toBe(refused.problem);
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|127\.0\.0\.1:\d+\/graphql/);
    });
  }
});

describe("who may ask", () => {
  const scenario = accessCases[0]!.input;
  it("anonymous, a resident and an archivist are FORBIDDEN the staff tool", async () => {
    const tokens = [{}, await bearer({ sub: "anna", roles: ["resident"], region: "Skåne", personnummer: "198001019802" }), await bearer({ sub: "ada", roles: ["archivist"], region: "Skåne" })];
    for (const headers of tokens) {
      const result = await federation.query(ACCESS, { s: scenario }, headers);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const note = await federation.query(`{ noteVisibility(note: { region: "Skåne", writtenOn: "2020-01-01", patientAgeThen: 30 }) { visible } }`, {}, headers);
      expect(note.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("anyone gets the residents' explainer from the same rules", async () => {
    const result = await federation.query<{ explainJournalAccess: { you: { journal: string; reasons: { rule: string }[] } } }>(
      `{ explainJournalAccess(question: { region: "Skåne", childAge: 14 }) { you { journal reasons { rule } } } }`,
    );
    expect(result.data?.explainJournalAccess.you.journal).toBe("NONE");
    expect(result.data?.explainJournalAccess.you.reasons.map((r) => r.rule)).toContain("JOURNAL_CLOSED_13_TO_15");
  });
});
