import { describe, expect, it } from "vitest";
import { recordCopyAdvice, SWITCHBOARD, type AdviceInput } from "./record-copy-advice.js";

const own = (overrides: Partial<AdviceInput> = {}): AdviceInput => ({ whose: "OWN", period: "CURRENT", provider: "REGION", person: "LIVING", ...overrides });

/** One test per fact in shared/DOMAIN.md, "Archive holdings and how to get a copy of a record". */
describe("where to ask for a copy of a record (DOMAIN.md)", () => {
  it("a living person's recent record is asked for at the care unit, through 1177 or by phone via the switchboard", () => {
    const advice = recordCopyAdvice(own());
    expect(advice.answer).toBe("CARE_UNIT");
    expect(advice.requestHere).toBe(false);
    expect(advice.contact.sv).toContain("1177");
    expect(advice.contact.sv).toContain(SWITCHBOARD);
    expect(SWITCHBOARD).toBe("0920-28 40 00");
  });

  it("a recently deceased person's record is also asked for first at the care unit", () => {
    expect(recordCopyAdvice(own({ whose: "DECEASED_RELATIVE", person: "RECENTLY_DECEASED" })).answer).toBe("CARE_UNIT");
  });

  it("records written now, and already scanned ones, are not held: the care unit (period CURRENT or UNKNOWN)", () => {
    for (const period of ["CURRENT", "UNKNOWN"] as const) {
      const advice = recordCopyAdvice(own({ period }));
      expect(advice.answer).toBe("CARE_UNIT");
      expect(advice.reasons.map((r) => r.en).join(" ")).toMatch(/scanned/);
    }
  });

  it("older paper records from the region's hospitals and health centres are held: the archive, with the form", () => {
    const advice = recordCopyAdvice(own({ period: "OLDER_PAPER" }));
    expect(advice).toMatchObject({ answer: "ARCHIVE", requestHere: true });
    expect(advice.reasons[0]?.en).toMatch(/older paper records/);
  });

  it("the archive is for older documents: someone who died long ago, whatever the period", () => {
    for (const period of ["CURRENT", "OLDER_PAPER", "UNKNOWN"] as const) {
      expect(recordCopyAdvice(own({ whose: "DECEASED_RELATIVE", person: "DIED_LONG_AGO", period })).answer).toBe("ARCHIVE");
    }
  });

  it("a few closed private providers' records (Sensia, LKAB-hälsan) are held by the archive", () => {
    const advice = recordCopyAdvice(own({ provider: "CLOSED_PRIVATE_PROVIDER" }));
    expect(advice.answer).toBe("ARCHIVE");
    expect(advice.reasons[0]?.sv).toContain("Sensia");
  });

  it.each([
    ["PRIVATE_PROVIDER", /private provider/],
    ["MUNICIPAL_SCHOOL", /municipality/],
    ["OTHER_REGION", /region/],
  ] as const)("records of a %s are not held: another body, never the form", (provider, contact) => {
    for (const person of ["LIVING", "RECENTLY_DECEASED", "DIED_LONG_AGO"] as const) {
      const advice = recordCopyAdvice(own({ provider, person, period: "OLDER_PAPER" }));
      expect(advice).toMatchObject({ answer: "OTHER_BODY", requestHere: false });
      expect(advice.contact.en).toMatch(contact);
    }
  });

  it("a guardian is told about the age of 13; a legal representative about consent and the court order", () => {
    expect(recordCopyAdvice(own({ whose: "CHILD" })).requirements[0]?.en).toMatch(/under 13/);
    const principal = recordCopyAdvice(own({ whose: "PRINCIPAL", period: "OLDER_PAPER" }));
    expect(principal.requirements[0]?.en).toMatch(/consent.*court/);
    expect(recordCopyAdvice(own()).requirements).toEqual([]);
  });
});
