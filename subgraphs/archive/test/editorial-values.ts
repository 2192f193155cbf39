/** Valid values of a test archive holding for the editorial API; `n` makes the slug unique. */
export function holdingValues(n: number, overrides: Record<string, unknown> = {}) {
  return {
    audience: "PUBLIC",
    region: "Norrbotten",
    slug: `testsamling-${n}`,
    title: { sv: `Testsamling ${n}`, en: null },
    description: { sv: "Journaler från en sjukstuga.", en: "Records from a cottage hospital." },
    kind: "PATIENT_RECORDS",
    held: true,
    whereToAsk: null,
    periodFrom: 1920,
    periodTo: 1967,
    extentMeters: 12.5,
    creator: "Norrbottens läns landsting",
    whereKept: "Regionarkivet, Luleå",
    accessConditions: { sv: "Sekretess enligt OSL 25 kap.", en: null },
    ...overrides,
  };
}
