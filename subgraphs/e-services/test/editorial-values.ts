/** Valid values of a test e-service for the editorial API; `n` makes the slug unique. */
export function eServiceValues(n: number, overrides: Record<string, unknown> = {}) {
  return {
    audience: "PUBLIC",
    region: "Norrbotten",
    slug: `testtjanst-${n}`,
    name: { sv: `Testtjänst ${n}`, en: `Test service ${n}` },
    summary: { sv: "Boka tid på nätet.", en: "Book online." },
    channel: "WEB",
    provider: "1177",
    minAge: null,
    maxAge: null,
    requiresEid: true,
    eidMethods: ["BankID"],
    eligibility: { sv: "För dig som är över 18 år.", en: null },
    availability: null,
    openingHours: null,
    description: { sv: "**Boka** tid.", en: null },
    cost: null,
    webUrl: "https://www.1177.se/e-tjanster",
    offeredOnlyIn: [],
    notOfferedIn: ["Boden"],
    residentsOf: "Norrbotten",
    staffedHours: [
      { weekday: "1", opens: "08:00", closes: "12:00" },
      { weekday: "1", opens: "13:00", closes: "16:30" },
    ],
    ...overrides,
  };
}
