import { describe, expect, it } from "vitest";
import type { GatewayResult } from "~/utils/gateway.server";
import { checkInRefusal, parseCheckInForm, toCheckInPage, untilText, visitState } from "./($lang).checka-in._index.view";
import { toReceipt } from "./($lang).checka-in.kvitto.$id.view";

// Monday 2 March 2026, 09:00 Swedish time (UTC+1).
const NOW = new Date("2026-03-02T08:00:00.000Z");
const visit = (id: string, startsAt: string, fields: Record<string, unknown> = {}) => {
  const start = new Date(startsAt).getTime();
  return {
    id,
    patientName: "Anna Andersson",
    forDependant: false,
    careUnitName: "Hälsocentralen Exempelby",
    startsAt,
    mode: "PHYSICAL",
    checkInOpensAt: new Date(start - 30 * 60_000).toISOString(),
    checkInClosesAt: new Date(start + 15 * 60_000).toISOString(),
    fee: { amountSek: 300, free: false, explanation: { sv: "Besök på hälsocentral." } },
    checkIn: null,
    ...fields,
  };
};
const result = (visits: unknown[], charges = false): GatewayResult => ({ data: { myVisitsToday: visits, cardPayment: { provider: "local", charges } }, errors: [] });

describe("today's visits", () => {
  it("a visit in 20 minutes is open, with its fee and the clock times in Swedish time", () => {
    const view = toCheckInPage(result([visit("soon", "2026-03-02T08:20:00.000Z")]), NOW);
    expect(view.cardCharges).toBe(false);
    expect(view.visits.status === "ok" && view.visits.data[0]).toMatchObject({
      state: "open",
      startsAtText: "kl. 09.20",
      closesAtText: "kl. 09.35",
      secondsUntilOpen: 0,
      fee: { amount: "300 kr", free: false },
      receiptHref: null,
    });
  });

  it("a visit later today waits, with the countdown from the server's clock", () => {
    const view = toCheckInPage(result([visit("later", "2026-03-02T11:00:00.000Z", { mode: "VIDEO" })]), NOW);
    expect(view.visits.status === "ok" && view.visits.data[0]).toMatchObject({ state: "waiting", opensAtText: "kl. 11.30", secondsUntilOpen: 9000, modeLabel: "Videobesök" });
  });

  it("opens at its first minute and closes at its end, as the API does", () => {
    const v = visit("x", "2026-03-02T09:00:00.000Z");
    expect(visitState(v, new Date("2026-03-02T08:29:00.000Z"))).toBe("waiting");
    expect(visitState(v, new Date("2026-03-02T08:30:00.000Z"))).toBe("open");
    expect(visitState(v, new Date("2026-03-02T09:14:59.000Z"))).toBe("open");
    expect(visitState(v, new Date("2026-03-02T09:15:00.000Z"))).toBe("closed");
    expect(visitState({ ...v, checkIn: { id: "c1" } }, new Date("2026-03-02T08:00:00.000Z"))).toBe("done");
  });

  it("a checked-in visit links its receipt; a child's visit says whose it is", () => {
    const view = toCheckInPage(result([visit("done", "2026-03-02T08:20:00.000Z", { checkIn: { id: "c-1" }, forDependant: true, patientName: "Alice" })]), NOW);
    expect(view.visits.status === "ok" && view.visits.data[0]).toMatchObject({ state: "done", receiptHref: "/checka-in/kvitto/c-1", forDependant: true, patientName: "Alice" });
  });

  it("a visit whose fee could not be worked out still shows, without an amount", () => {
    const view = toCheckInPage(result([visit("nofee", "2026-03-02T08:20:00.000Z", { fee: null })]), NOW);
    expect(view.visits.status === "ok" && view.visits.data[0]!.fee).toBeNull();
  });

  it("is unavailable, not empty, when e-services is down", () => {
    expect(toCheckInPage({ data: null, errors: [{ message: "down" }] }, NOW)).toEqual({ visits: { status: "unavailable" }, cardCharges: null });
  });

  it("counts down in words", () => {
    expect(untilText(30)).toBe("om mindre än en minut");
    expect(untilText(61)).toBe("om 2 minuter");
    expect(untilText(3600)).toBe("om 1 timme");
    expect(untilText(9000)).toBe("om 2 timmar och 30 minuter");
  });
});

describe("the check-in form", () => {
  const form = (fields: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.set(k, v);
    return parseCheckInForm(f);
  };

  it("maps the choice to the API's payment, a free visit to none", () => {
    expect(form({ besok: "a1", betalning: "faktura" })).toEqual({ ok: true, appointmentId: "a1", payment: "INVOICE" });
    expect(form({ besok: "a1", betalning: "kort" })).toEqual({ ok: true, appointmentId: "a1", payment: "CARD" });
    expect(form({ besok: "a1", betalning: "gratis" })).toEqual({ ok: true, appointmentId: "a1", payment: null });
  });

  it("refuses a missing visit or payment choice with a message for that field", () => {
    expect(form({ betalning: "kort" })).toMatchObject({ ok: false, field: "besok" });
    expect(form({ besok: "a1" })).toEqual({ ok: false, appointmentId: "a1", field: "betalning", message: "Välj hur du vill betala: med kort eller mot faktura." });
    expect(form({ besok: "a1", betalning: "bitcoin" })).toMatchObject({ ok: false, field: "betalning" });
  });

  it("shows the API's own words for a refusal: too early says when it opens", () => {
    const early: GatewayResult = {
      data: null,
      errors: [{ message: "Check-in opens at 11:30.", path: ["checkIn"], extensions: { code: "BAD_USER_INPUT", field: "appointmentId", problem: "CHECK_IN_NOT_OPEN", messages: { sv: "Incheckningen öppnar kl. 11:30.", en: "x" } } }],
    };
    expect(checkInRefusal(early)).toEqual({ field: "besok", message: "Incheckningen öppnar kl. 11:30." });
    const noMethod: GatewayResult = { data: null, errors: [{ message: "m", path: ["checkIn"], extensions: { code: "BAD_USER_INPUT", field: "payment", messages: { sv: "Välj att betala med kort eller mot faktura." } } }] };
    expect(checkInRefusal(noMethod).field).toBe("betalning");
    expect(checkInRefusal({ data: null, errors: [{ message: "x", path: ["checkIn"], extensions: { code: "NOT_FOUND" } }] }).message).toMatch(/finns inte/);
    expect(checkInRefusal({ data: null, errors: [{ message: "x" }] }).message).toMatch(/kunde inte göras/);
  });
});

describe("the receipt", () => {
  const receipt = (fields: Record<string, unknown>): GatewayResult => ({
    data: {
      checkInReceipt: {
        id: "c-1",
        payment: "INVOICE",
        amountSek: 300,
        explanationSv: "Besök på hälsocentral.",
        invoiceReference: "1234567890123452",
        provider: null,
        providerReference: null,
        charged: false,
        checkedInAt: "2026-03-02T08:01:00.000Z",
        appointment: { patientName: "Anna Andersson", careUnitName: "HC Exempelby", startsAt: "2026-03-02T08:20:00.000Z", mode: "PHYSICAL" },
        ...fields,
      },
    },
    errors: [],
  });

  it("an invoice shows its reference number, and no word about a card", () => {
    const outcome = toReceipt(receipt({}));
    expect(outcome.status === "ok" && outcome.view).toMatchObject({ amount: "300 kr", paymentText: "Faktura", invoiceReference: "1234567890123452", notChargedText: null, checkedInAtText: "kl. 09.01" });
  });

  it("a card payment the local provider only recorded says that nothing was drawn", () => {
    const outcome = toReceipt(receipt({ payment: "CARD", invoiceReference: null, provider: "local", charged: false }));
    expect(outcome.status === "ok" && outcome.view.notChargedText).toMatch(/inga pengar har dragits/);
    const real = toReceipt(receipt({ payment: "CARD", invoiceReference: null, provider: "acquirer", charged: true }));
    expect(real.status === "ok" && real.view.notChargedText).toBeNull();
  });

  it("someone else's receipt, or none, is not found; a down subgraph is unavailable", () => {
    expect(toReceipt({ data: { checkInReceipt: null }, errors: [] })).toEqual({ status: "not-found" });
    expect(toReceipt({ data: null, errors: [{ message: "down" }] })).toEqual({ status: "unavailable" });
  });
});

describe("in English", () => {
  it("the visit speaks English, with the clock in Swedish time, and an explanation with no English is a marked fallback", () => {
    const view = toCheckInPage(result([visit("soon", "2026-03-02T08:20:00.000Z")]), NOW, "en");
    expect(view.visits.status === "ok" && view.visits.data[0]).toMatchObject({
      startsAtText: "09:20",
      closesAtText: "09:35",
      modeLabel: "Visit in person",
      fee: { amount: "SEK 300", free: false, explanation: { text: "Besök på hälsocentral.", lang: "sv", fallback: true } },
    });
    const translated = toCheckInPage(result([visit("x", "2026-03-02T08:20:00.000Z", { fee: { amountSek: 0, free: true, explanation: { sv: "Avgiftsfritt.", en: "Free of charge." } } })]), NOW, "en");
    expect(translated.visits.status === "ok" && translated.visits.data[0]!.fee).toEqual({
      amount: "Free of charge",
      free: true,
      explanation: { text: "Free of charge.", lang: "en", fallback: false },
    });
  });

  it("counts down in English, one and many", () => {
    expect(untilText(30, "en")).toBe("in less than a minute");
    expect(untilText(61, "en")).toBe("in 2 minutes");
    expect(untilText(3600, "en")).toBe("in 1 hour");
    expect(untilText(3660, "en")).toBe("in 1 hour and 1 minute");
    expect(untilText(9000, "en")).toBe("in 2 hours and 30 minutes");
    expect(untilText(3660)).toBe("om 1 timme och 1 minut");
  });

  it("the form's and the API's refusals are in English; an API refusal without English gets our words", () => {
    const f = new FormData();
    f.set("besok", "a1");
    expect(parseCheckInForm(f, "en")).toMatchObject({ ok: false, field: "betalning", message: "Choose how you want to pay: by card or by invoice." });
    const early: GatewayResult = {
      data: null,
      errors: [{ message: "m", path: ["checkIn"], extensions: { code: "BAD_USER_INPUT", field: "appointmentId", messages: { sv: "Incheckningen öppnar kl. 11:30.", en: "Check-in opens at 11:30." } } }],
    };
    expect(checkInRefusal(early, "en")).toEqual({ field: "besok", message: "Check-in opens at 11:30." });
    const swedishOnly: GatewayResult = { data: null, errors: [{ message: "m", path: ["checkIn"], extensions: { code: "BAD_USER_INPUT", field: "payment", messages: { sv: "Välj betalning." } } }] };
    expect(checkInRefusal(swedishOnly, "en")).toEqual({ field: "betalning", message: "Choose how you want to pay: by card or by invoice." });
    expect(checkInRefusal({ data: null, errors: [{ message: "x", path: ["checkIn"], extensions: { code: "NOT_FOUND" } }] }, "en").message).toBe(
      "The visit does not exist, or you cannot check it in.",
    );
  });

  it("the receipt speaks English and marks a Swedish-only explanation; an English one is used", () => {
    const base = {
      id: "c-1",
      payment: "CARD",
      amountSek: 300,
      explanationSv: "Besök på hälsocentral.",
      invoiceReference: null,
      provider: "local",
      providerReference: "p-1",
      charged: false,
      checkedInAt: "2026-03-02T08:01:00.000Z",
      appointment: { patientName: "Anna Andersson", careUnitName: "HC Exempelby", startsAt: "2026-03-02T08:20:00.000Z", mode: "VIDEO" },
    };
    const outcome = toReceipt({ data: { checkInReceipt: base }, errors: [] }, "en");
    expect(outcome.status === "ok" && outcome.view).toMatchObject({
      amount: "SEK 300",
      paymentText: "Paid by card",
      checkedInAtText: "09:01",
      notChargedText: "Test environment: the payment is recorded, but no money has been taken from your card.",
      explanation: { text: "Besök på hälsocentral.", lang: "sv", fallback: true },
      visit: { startsAtText: "09:20", afterText: "The clinic will call you in the app when it is time." },
    });
    const english = toReceipt({ data: { checkInReceipt: { ...base, explanationEn: "Health centre visit." } }, errors: [] }, "en");
    expect(english.status === "ok" && english.view.explanation).toEqual({ text: "Health centre visit.", lang: "en", fallback: false });
    const swedish = toReceipt({ data: { checkInReceipt: { ...base, explanationEn: "Health centre visit." } }, errors: [] });
    expect(swedish.status === "ok" && swedish.view.explanation).toEqual({ text: "Besök på hälsocentral.", lang: "sv", fallback: false });
  });
});
