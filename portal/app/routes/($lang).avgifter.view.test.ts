import { describe, expect, it } from "vitest";
import { personnummerFor } from "@vardportal/kit/personnummer";
import type { GatewayResult } from "~/utils/gateway.server";
import {
  emptyQuoteValues,
  isQuoteRequested,
  quoteAddress,
  readQuoteValues,
  readTableParams,
  refusedFields,
  toAccountView,
  toFeesPageView,
  toQuoteInput,
  type FeesPageContext,
} from "./($lang).avgifter.view";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
/** A content text as picked for a Swedish page. */
const sv = (text: string) => ({ text, lang: "sv", fallback: false });
const TODAY = "2026-03-02";
const ANNA = personnummerFor("1985-05-17", 282);

const schedule = {
  id: "fs-1",
  title: { sv: "Patientavgifter i Region Norrbotten" },
  validFrom: "2025-01-01",
  validTo: null,
  freeUnderAge: 20,
  freeFromAge: null,
  ageExemptionCoversMissedVisits: true,
  highCostLimitSek: 1450,
  highCostPeriodMonths: 12,
  items: [
    { visitKind: "HEALTH_CENTRE_VISIT", label: { sv: "Besök på hälsocentral" }, amountSek: 300, countsTowardsHighCost: true, chargedWhenMissed: true },
    { visitKind: "DIGITAL_CHAT", label: { sv: "Chatt i Digitalen" }, amountSek: 0, countsTowardsHighCost: false, chargedWhenMissed: false },
    { visitKind: "MISSED_VISIT", label: { sv: "Uteblivet besök" }, amountSek: 400, countsTowardsHighCost: false, chargedWhenMissed: false },
  ],
};

const feeQuote = {
  amountSek: 250,
  reason: "REACHES_HIGH_COST_LIMIT",
  explanation: { sv: "Besök på hälsocentral kostar 300 kr …" },
  visitDate: "2026-03-02",
  missed: false,
  ageOnVisitDate: 40,
  standardAmountSek: 300,
  highCostAccountApplied: true,
  item: { label: { sv: "Besök på hälsocentral" } },
  schedule: { validFrom: "2025-01-01" },
};

const payment = (id: string, paidOn: string, amountSek: number, more: Record<string, unknown> = {}) => ({
  id,
  paidOn,
  amountSek,
  visitKind: "HEALTH_CENTRE_VISIT",
  missed: false,
  countsTowardsHighCost: true,
  sample: true,
  ...more,
});

const myHighCostAccount = {
  personnummer: ANNA,
  asOf: TODAY,
  limitSek: 1450,
  periodMonths: 12,
  currentPeriod: {
    startsOn: "2025-12-17",
    endsOn: "2026-12-16",
    paidSek: 900,
    remainingSek: 550,
    frikort: null,
    payments: [payment("p1", "2025-12-17", 300), payment("p2", "2026-02-18", 400, { missed: true, countsTowardsHighCost: false }), payment("p3", "2026-02-25", 300, { visitKind: "SOMETHING_NEW" })],
  },
};

const context: FeesPageContext = { region: "Norrbotten", on: TODAY, dateValue: "", dateError: null, today: TODAY, quoteAsked: true, accountAsked: true };
const everything: GatewayResult = { data: { feeScheduleRegions: ["Norrbotten"], schedule, feeQuote, myHighCostAccount }, errors: [] };

describe("reading the page's address", () => {
  it("defaults to the site's region and today, and takes another region and date from the address", () => {
    expect(readTableParams(new URLSearchParams(), { region: "Norrbotten", today: TODAY })).toEqual({ region: "Norrbotten", on: TODAY, dateValue: "", dateError: null });
    expect(readTableParams(new URLSearchParams("region=Kronoberg&datum=2025-06-01"), { region: "Norrbotten", today: TODAY })).toMatchObject({ region: "Kronoberg", on: "2025-06-01" });
  });

  it("says so when the date is not a date, and shows today's fees meanwhile", () => {
    const read = readTableParams(new URLSearchParams("datum=2025-02-30"), { region: "Norrbotten", today: TODAY });
    expect(read).toMatchObject({ on: TODAY, dateValue: "2025-02-30" });
    expect(read.dateError).toMatch(/ÅÅÅÅ-MM-DD/);
  });

  it("reads a quote from the address but never a personnummer there", () => {
    const search = new URLSearchParams("besokstyp=HEALTH_CENTRE_VISIT&besoksdatum=2026-03-02&fodelsedatum=2010-01-01&uteblivet=1&personnummer=198505172828");
    expect(isQuoteRequested(search)).toBe(true);
    expect(readQuoteValues(search, { fromAddress: true })).toEqual({
      besokstyp: "HEALTH_CENTRE_VISIT",
      besoksdatum: "2026-03-02",
      fodelsedatum: "2010-01-01",
      personnummer: "",
      uteblivet: true,
      egen: false,
    });
    expect(isQuoteRequested(new URLSearchParams("region=Norrbotten"))).toBe(false);
  });
});

describe("the quote form", () => {
  const values = { ...emptyQuoteValues(TODAY), besokstyp: "HEALTH_CENTRE_VISIT" };

  it("asks with the birth date given", () => {
    expect(toQuoteInput("Norrbotten", { ...values, fodelsedatum: "2010-01-01", uteblivet: true }, null)).toEqual({
      input: { region: "Norrbotten", visitKind: "HEALTH_CENTRE_VISIT", visitDate: TODAY, birthDate: "2010-01-01", personnummer: null, missed: true },
      birthDate: "2010-01-01",
      own: false,
    });
  });

  it("leaves a personnummer that cannot exist to the API, which checks every field at once, and has no birth date for it", () => {
    expect(toQuoteInput("Norrbotten", { ...values, personnummer: "19850517-2829" }, null)).toEqual({
      input: { region: "Norrbotten", visitKind: "HEALTH_CENTRE_VISIT", visitDate: TODAY, birthDate: null, personnummer: "19850517-2829", missed: false },
      birthDate: null,
      own: false,
    });
  });

  it("takes a typed personnummer's birth date for the address, and knows the resident's own number", () => {
    const someone = personnummerFor("1985-12-31", 123);
    const other = toQuoteInput("Norrbotten", { ...values, personnummer: `${someone.slice(2, 8)}-${someone.slice(8)}` }, ANNA);
    expect(other).toMatchObject({ birthDate: "1985-12-31", own: false });
    expect(toQuoteInput("Norrbotten", { ...values, personnummer: `${ANNA.slice(0, 8)}-${ANNA.slice(8)}` }, ANNA)).toMatchObject({ own: true });
  });

  it("uses a logged-in resident's own number for their own visit, and nobody's for an anonymous visitor", () => {
    expect(toQuoteInput("Norrbotten", { ...values, egen: true }, ANNA)).toMatchObject({ own: true, input: { personnummer: ANNA, birthDate: null } });
    expect(toQuoteInput("Norrbotten", { ...values, egen: true }, null)).toMatchObject({ own: false, input: { personnummer: null, birthDate: null } });
  });

  it("shows the answer at an address that holds the birth date or 'egen', never the personnummer", () => {
    const typed = { ...values, personnummer: ANNA };
    const address = quoteAddress("Norrbotten", typed, { birthDate: "1985-05-17", own: false });
    expect(address).toBe("/avgifter?region=Norrbotten&besokstyp=HEALTH_CENTRE_VISIT&besoksdatum=2026-03-02&fodelsedatum=1985-05-17#din-kostnad-rubrik");
    expect(address).not.toContain(ANNA.slice(2, 8));
    expect(quoteAddress("Norrbotten", { ...typed, uteblivet: true }, { birthDate: "1985-05-17", own: true })).toContain("egen=1&uteblivet=1");
  });

  it("puts the API's refusal beside the form's own fields", () => {
    const result: GatewayResult = {
      data: { feeQuote: null },
      errors: [
        {
          message: "Besöksdatumet är inte ett giltigt datum. / The visit date is not a valid date.",
          path: ["feeQuote"],
          extensions: { code: "BAD_USER_INPUT", fieldErrors: { visitDate: ["Besöksdatumet är inte ett giltigt datum."], birthDate: ["Fyll i födelsedatum."] } },
        },
      ],
    };
    expect(refusedFields(result, "feeQuote")).toEqual({ besoksdatum: "Besöksdatumet är inte ett giltigt datum.", fodelsedatum: "Fyll i födelsedatum." });
  });

  it("a refusal without field messages becomes the form's message, in Swedish", () => {
    const result: GatewayResult = { data: null, errors: [{ message: "Personnumret finns inte. / That number cannot exist.", path: ["highCostAccount"], extensions: { code: "BAD_USER_INPUT" } }] };
    expect(refusedFields(result, "highCostAccount")).toEqual({ form: "Personnumret finns inte." });
    expect(refusedFields(result, "feeQuote")).toBeNull();
  });
});

describe("toFeesPageView", () => {
  it("shows the table with its exemptions and which fees count, the quote, and the resident's running total", () => {
    const view = toFeesPageView(everything, context);
    expect(view.regions).toEqual(["Norrbotten"]);
    expect(view.schedule).toMatchObject({
      status: "ok",
      data: {
        title: sv("Patientavgifter i Region Norrbotten"),
        validity: "Gäller från 1 januari 2025",
        exemptions: ["Vården är avgiftsfri för barn och unga under 20 år."],
        items: [
          { key: "HEALTH_CENTRE_VISIT", label: sv("Besök på hälsocentral"), amount: "300 kr", countsTowardsHighCost: true },
          { key: "DIGITAL_CHAT", label: sv("Chatt i Digitalen"), amount: "Avgiftsfritt", countsTowardsHighCost: false },
          { key: "MISSED_VISIT", label: sv("Uteblivet besök"), amount: "400 kr", countsTowardsHighCost: false },
        ],
        highCostMonths: 12,
        missedVisitFee: "400 kr",
      },
    });
    expect(view.quote).toEqual({
      status: "ok",
      result: {
        amount: "250 kr",
        free: false,
        reason: "Besöket når gränsen för högkostnadsskyddet",
        explanation: sv("Besök på hälsocentral kostar 300 kr …"),
        visit: sv("Besök på hälsocentral"),
        missed: false,
        visitDate: "2 mars 2026",
        scheduleFrom: "1 januari 2025",
        age: 40,
        standardAmount: "300 kr",
        accountApplied: true,
      },
    });
    const account = view.account?.status === "ok" ? view.account.data : null;
    expect(account?.period).toMatchObject({ dates: "17 december 2025 – 16 december 2026", paid: "900 kr", remaining: "550 kr", frikortUntil: null });
    expect(plain(account?.limit ?? "")).toBe("1 450 kr");
  });

  it("names each payment by the schedule's words, a missed visit as such (its name then in lower case), an unknown kind as a visit", () => {
    const view = toFeesPageView(everything, context);
    const payments = view.account?.status === "ok" ? view.account.data?.period?.payments : [];
    expect(payments?.map((p) => [p.what.text, p.missed, p.amount, p.counts, p.sample])).toEqual([
      ["Besök på hälsocentral", false, "300 kr", true, true],
      ["besök på hälsocentral", true, "400 kr", false, true],
      ["Besök", false, "300 kr", true, true],
    ]);
  });

  it("a frikort shows with its last day; no open period shows none", () => {
    const withFrikort = { ...myHighCostAccount, currentPeriod: { ...myHighCostAccount.currentPeriod, paidSek: 1450, remainingSek: 0, frikort: { validFrom: "2026-02-25", validUntil: "2026-12-16" } } };
    expect(toAccountView(withFrikort, new Map()).period?.frikortUntil).toBe("16 december 2026");
    expect(toAccountView({ ...myHighCostAccount, currentPeriod: null }, new Map())).toMatchObject({ period: null, periodMonths: 12 });
  });

  it("tells an age from upwards and a missed-visit fee the exemption does not waive", () => {
    const other = { ...schedule, freeUnderAge: 18, freeFromAge: 85, ageExemptionCoversMissedVisits: false };
    const view = toFeesPageView({ data: { ...everything.data, schedule: other }, errors: [] }, context);
    expect(view.schedule.status === "ok" && view.schedule.data?.exemptions).toEqual([
      "Vården är avgiftsfri för barn och unga under 18 år.",
      "Vården är avgiftsfri för dig som är 85 år eller äldre.",
      "Avgiften för ett uteblivet besök tas ut även då.",
    ]);
  });

  it("a refused quote leaves the rest of the page and gives the form its field messages", () => {
    const result: GatewayResult = {
      data: { feeScheduleRegions: ["Norrbotten"], schedule, feeQuote: null, myHighCostAccount },
      errors: [{ message: "x / y", path: ["feeQuote"], extensions: { code: "BAD_USER_INPUT", fieldErrors: { birthDate: ["Födelsedatumet gäller någon som ännu inte är född."] } } }],
    };
    const view = toFeesPageView(result, context);
    expect(view.quote).toEqual({ status: "invalid", errors: { fodelsedatum: "Födelsedatumet gäller någon som ännu inte är född." } });
    expect(view.schedule.status).toBe("ok");
    expect(view.account?.status).toBe("ok");
  });

  it("with no schedule that day the table is empty, not failed; nothing asked is nothing shown", () => {
    const view = toFeesPageView({ data: { feeScheduleRegions: ["Norrbotten"], schedule: null }, errors: [] }, { ...context, on: "2024-06-01", quoteAsked: false, accountAsked: false });
    expect(view).toMatchObject({ schedule: { status: "ok", data: null }, quote: { status: "none" }, account: null, isToday: false });
  });

  it("when the fees subgraph is down every part says so, and the region list falls back to the one chosen", () => {
    const down: GatewayResult = {
      data: { feeScheduleRegions: null, schedule: null, feeQuote: null, myHighCostAccount: null },
      errors: [{ message: "This part of the answer is unavailable right now.", extensions: { code: "SERVICE_UNAVAILABLE" } }],
    };
    const view = toFeesPageView(down, context);
    expect(view).toMatchObject({ regions: ["Norrbotten"], schedule: { status: "unavailable" }, quote: { status: "unavailable" }, account: { status: "unavailable" } });
  });

  it("when the gateway cannot be reached at all, the same", () => {
    const view = toFeesPageView({ data: null, errors: [{ message: "The gateway could not be reached.", extensions: { code: "GATEWAY_UNAVAILABLE" } }] }, context);
    expect(view).toMatchObject({ schedule: { status: "unavailable" }, quote: { status: "unavailable" }, account: { status: "unavailable" } });
  });
});

describe("the fees page in English", () => {
  const en = { ...context, lang: "en" as const };
  const translated: GatewayResult = {
    data: {
      feeScheduleRegions: ["Norrbotten"],
      schedule: {
        ...schedule,
        title: { sv: "Patientavgifter i Region Norrbotten", en: "Patient fees in Region Norrbotten" },
        items: [
          { ...schedule.items[0], label: { sv: "Besök på hälsocentral", en: "Health centre visit" } },
          { ...schedule.items[1], label: { sv: "Chatt i Digitalen", en: null } },
          { ...schedule.items[2], label: { sv: "Uteblivet besök", en: "  " } },
        ],
      },
      feeQuote: { ...feeQuote, explanation: { sv: "Besök på hälsocentral kostar 300 kr …", en: null }, item: { label: { sv: "Besök på hälsocentral", en: "Health centre visit" } } },
      myHighCostAccount,
    },
    errors: [],
  };

  it("speaks English: validity, exemptions, amounts, dates and the quote's reason", () => {
    const view = toFeesPageView(translated, en);
    const table = view.schedule.status === "ok" ? view.schedule.data : null;
    expect(table).toMatchObject({
      title: { text: "Patient fees in Region Norrbotten", lang: "en", fallback: false },
      validity: "Valid from 1 January 2025",
      exemptions: ["Care is free of charge for children and young people under 20."],
      missedVisitFee: "SEK 400",
    });
    expect(plain(table?.highCostLimit ?? "")).toBe("SEK 1,450");
    expect(table?.items.map((i) => [i.label.text, i.amount])).toEqual([
      ["Health centre visit", "SEK 300"],
      ["Chatt i Digitalen", "Free of charge"],
      ["Uteblivet besök", "SEK 400"],
    ]);
    expect(view.quote).toMatchObject({
      status: "ok",
      result: { amount: "SEK 250", reason: "This visit reaches the high-cost protection limit", visitDate: "2 March 2026", scheduleFrom: "1 January 2025", standardAmount: "SEK 300" },
    });
    const account = view.account?.status === "ok" ? view.account.data : null;
    expect(account?.period).toMatchObject({ dates: "17 December 2025 – 16 December 2026", paid: "SEK 900", remaining: "SEK 550" });
    expect(account?.period?.payments.map((p) => [p.what.text, p.missed])).toEqual([
      ["Health centre visit", false],
      ["Health centre visit", true],
      ["Visit", false],
    ]);
  });

  it("marks a content text with no English as a Swedish fallback, and an empty English text counts as none", () => {
    const view = toFeesPageView(translated, en);
    const items = view.schedule.status === "ok" ? view.schedule.data?.items : [];
    expect(items?.map((i) => i.label)).toEqual([
      { text: "Health centre visit", lang: "en", fallback: false },
      { text: "Chatt i Digitalen", lang: "sv", fallback: true },
      { text: "Uteblivet besök", lang: "sv", fallback: true },
    ]);
    expect(view.quote.status === "ok" && view.quote.result.explanation).toEqual({ text: "Besök på hälsocentral kostar 300 kr …", lang: "sv", fallback: true });
    expect(view.quote.status === "ok" && view.quote.result.visit).toEqual({ text: "Health centre visit", lang: "en", fallback: false });
  });

  it("a Swedish page never marks the Swedish text, English or not", () => {
    const view = toFeesPageView(translated, context);
    const items = view.schedule.status === "ok" ? view.schedule.data?.items : [];
    expect(items?.every((i) => i.label.lang === "sv" && !i.label.fallback)).toBe(true);
  });

  it("says the date format in English", () => {
    expect(readTableParams(new URLSearchParams("datum=2025-02-30"), { region: "Norrbotten", today: TODAY }, "en").dateError).toBe(
      "Write the date as YYYY-MM-DD, for example 2026-03-02.",
    );
  });

  it("a refusal gives the API's English words to the first field and our own English to the others", () => {
    const result: GatewayResult = {
      data: { feeQuote: null },
      errors: [
        {
          message: "Välj vilken sorts besök det gäller. / Choose the kind of visit.",
          path: ["feeQuote"],
          extensions: {
            code: "BAD_USER_INPUT",
            field: "visitKind",
            problem: "VISIT_KIND_MISSING",
            messages: { sv: "Välj vilken sorts besök det gäller.", en: "Choose the kind of visit." },
            fieldErrors: { visitKind: ["Välj vilken sorts besök det gäller."], birthDate: ["Födelsedatumet gäller någon som ännu inte är född. Kontrollera datumet."] },
          },
        },
      ],
    };
    expect(refusedFields(result, "feeQuote", "en")).toEqual({ besokstyp: "Choose the kind of visit.", fodelsedatum: "Check the date of birth." });
    expect(refusedFields(result, "feeQuote")).toEqual({
      besokstyp: "Välj vilken sorts besök det gäller.",
      fodelsedatum: "Födelsedatumet gäller någon som ännu inte är född. Kontrollera datumet.",
    });
  });

  it("a refusal without field messages becomes the form's message in English", () => {
    const result: GatewayResult = { data: null, errors: [{ message: "Personnumret finns inte. / That number cannot exist.", path: ["highCostAccount"], extensions: { code: "BAD_USER_INPUT" } }] };
    expect(refusedFields(result, "highCostAccount", "en")).toEqual({ form: "That number cannot exist." });
  });
});
