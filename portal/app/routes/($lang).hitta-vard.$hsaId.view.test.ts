import { describe, expect, it } from "vitest";
import type { GatewayResult } from "~/utils/gateway.server";
import { toCareUnitPage } from "./($lang).hitta-vard.$hsaId.view";

/** A content text as a Swedish page shows it. */
const sv = (text: string) => ({ text, lang: "sv", fallback: false });

const span = (opens: string, closes: string, closesNextDay = false) => ({ opens, closes, closesNextDay });
const day = (date: string, weekday: number, spans: ReturnType<typeof span>[], source = "REGULAR", note: string | null = null) => ({
  date,
  weekday,
  source,
  note: note ? { sv: note } : null,
  spans,
});

const unit = {
  id: "u1",
  hsaId: "SE2321000230-EX17",
  name: "Kalix hälsocentral",
  kind: "HEALTH_CENTRE",
  region: "Norrbotten",
  municipality: "Kalix",
  address: "Storgatan 36, Kalix",
  phone: "0920-28 40 00",
  webUrl: null,
  description: { sv: "Exempeluppgifter. Hälsocentral för invånarna i Kalix med omnejd." },
  coordinates: { lat: 65.8573, lon: 23.1406 },
  closedOnPublicHolidays: true,
  openingStatus: {
    at: "2026-04-02T15:30:00.000Z",
    open: false,
    closesAt: null,
    opensNext: "2026-04-07T06:00:00.000Z",
    hoursKnown: true,
    today: day("2026-04-02", 4, [span("08:00", "17:00")]),
  },
  openingDays: [
    day("2026-04-02", 4, [span("08:00", "17:00")]),
    day("2026-04-03", 5, [], "PUBLIC_HOLIDAY", "Långfredagen"),
    day("2026-04-04", 6, []),
  ],
  regularHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, spans: weekday <= 5 ? [span("08:00", "17:00")] : [] })),
  upcomingExceptions: [
    { fromDate: "2026-04-03", toDate: "2026-04-03", reason: "PUBLIC_HOLIDAY", label: { sv: "Långfredagen" }, closed: true, spans: [] },
    {
      fromDate: "2026-06-22",
      toDate: "2026-08-09",
      reason: "EXCEPTION",
      label: { sv: "Sommartider" },
      closed: false,
      spans: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, ...span("08:00", "16:00") })),
    },
    { fromDate: "2026-12-24", toDate: "2026-12-24", reason: "EXCEPTION", label: { sv: "Julafton" }, closed: false, spans: [{ weekday: null, ...span("10:00", "14:00") }] },
  ],
  fees: [{ visitKind: "HEALTH_CENTRE_VISIT", label: { sv: "Besök på hälsocentral" }, amountSek: 300 }],
};

const staffPart = {
  internalPhone: "070-174 06 26",
  contactRoutes: [
    { kind: "OUT_OF_HOURS", label: { sv: "Jourhavande läkare" }, value: "070-174 06 26", hours: { sv: "Vardagar 17.00–08.00" } },
    { kind: "SERVICE_NUMBER", label: { sv: "Tjänstenummer" }, value: "8570", hours: null },
    { kind: "FAX", label: { sv: "Fax" }, value: "0470-58 30 04", hours: null },
    { kind: "OTHER", label: { sv: "E-post" }, value: "Journalarkiv@skane.se", hours: null },
  ],
};

const ok = (data: Record<string, unknown>, errors: GatewayResult["errors"] = []): GatewayResult => ({ data: { careUnitByHsaId: data }, errors });

const page = (result: GatewayResult, staff = false) => {
  const outcome = toCareUnitPage(result, { staff });
  if (outcome.status !== "ok") throw new Error(`expected a page, got ${outcome.status}`);
  return outcome.view;
};

describe("the unit page", () => {
  it("shows today's status first, in words, with the hours of the day", () => {
    const { hours } = page(ok(unit));
    expect(hours.known).toBe(true);
    expect(hours.status).toEqual({ tone: "closed", badge: "Stängt", detail: "öppnar tis 08:00" });
    expect(hours.today).toEqual({ label: "torsdag 2 april", hours: "08:00–17:00", note: null });
  });

  it("lists the coming days with holidays named, and marks today", () => {
    expect(page(ok(unit)).hours.week).toEqual([
      { date: "2026-04-02", label: "torsdag 2 april", hours: "08:00–17:00", note: null, isToday: true },
      { date: "2026-04-03", label: "fredag 3 april", hours: "Stängt", note: sv("Långfredagen"), isToday: false },
      { date: "2026-04-04", label: "lördag 4 april", hours: "Stängt", note: null, isToday: false },
    ]);
  });

  it("folds the regular week and says how holidays work", () => {
    const { hours } = page(ok(unit));
    expect(hours.regular).toEqual([
      { days: "mån–fre", hours: "08:00–17:00", closed: false },
      { days: "lör–sön", hours: "Stängt", closed: true },
    ]);
    expect(hours.holidays).toContain("Stängt på helgdagar");
    expect(page(ok({ ...unit, closedOnPublicHolidays: false })).hours.holidays).toBe("Öppet även på helgdagar.");
  });

  it("describes each coming exception: closed, hours per weekday, or hours every day", () => {
    expect(page(ok(unit)).hours.exceptions.map(({ when, label, hours }) => [when, label.text, hours])).toEqual([
      ["fredag 3 april", "Långfredagen", "Stängt."],
      ["22 juni–9 augusti", "Sommartider", "mån–fre 08:00–16:00, lör–sön stängt."],
      ["torsdag 24 december", "Julafton", "Öppet 10:00–14:00."],
    ]);
  });

  it("calls a unit open around the clock so", () => {
    const allDay = [span("00:00", "24:00")];
    const view = page(
      ok({
        ...unit,
        openingStatus: { ...unit.openingStatus, open: true, closesAt: null, opensNext: null, today: day("2026-04-02", 4, allDay) },
        regularHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, spans: allDay })),
      }),
    );
    expect(view.hours.status.badge).toBe("Öppet dygnet runt");
    expect(view.hours.today.hours).toBe("Dygnet runt");
    expect(view.hours.regular).toEqual([{ days: "mån–sön", hours: "Dygnet runt", closed: false }]);
  });

  it("links directions and the map on openstreetmap.org, and the phone", () => {
    const { unit: shown } = page(ok(unit));
    expect(shown.map).toEqual({
      mapHref: "https://www.openstreetmap.org/?mlat=65.8573&mlon=23.1406#map=16/65.8573/23.1406",
      directionsHref: "https://www.openstreetmap.org/directions?to=65.8573%2C23.1406",
    });
    expect(shown.phone).toEqual({ text: "0920-28 40 00", href: "tel:0920284000" });
    expect(shown.kindLabel).toBe("Vårdcentral");
  });

  it("has no map links for a unit whose position is not known, and no web link that is not http(s)", () => {
    const { unit: shown } = page(ok({ ...unit, coordinates: null, webUrl: "javascript:alert(1)" }));
    expect(shown.map).toBeNull();
    expect(shown.webUrl).toBeNull();
  });

  it("says when a unit has no hours at all", () => {
    const view = page(ok({ ...unit, openingStatus: { ...unit.openingStatus, hoursKnown: false, opensNext: null } }));
    expect(view.hours.known).toBe(false);
    expect(view.hours.status.badge).toBe("Öppettider saknas");
  });

  it("prices the fees that apply at the unit", () => {
    expect(page(ok(unit)).fees).toEqual({ status: "ok", data: [{ key: "HEALTH_CENTRE_VISIT", label: sv("Besök på hälsocentral"), amount: "300 kr" }] });
    expect(page(ok({ ...unit, fees: null })).fees).toEqual({ status: "ok", data: null });
  });

  it("marks only the fees unavailable when the fees subgraph fails", () => {
    const view = page(ok({ ...unit, fees: null }, [{ message: "down", path: ["careUnitByHsaId", "fees"] }]));
    expect(view.fees).toEqual({ status: "unavailable" });
    expect(view.hours.status.badge).toBe("Stängt");
    const wholeFetch = page(ok({ ...unit, fees: null }, [{ message: "down", extensions: { code: "SERVICE_UNAVAILABLE" } }]));
    expect(wholeFetch.fees).toEqual({ status: "unavailable" });
  });
});

describe("the e-services the unit offers", () => {
  const offered = [{ slug: "folktandvardens-chatt", name: { sv: "Folktandvårdens chatt" }, summary: { sv: "Chatta med tandvården." }, channel: "CHAT" }];

  it("lists each with a link to its page", () => {
    expect(page(ok({ ...unit, eServices: offered })).eServices).toEqual({
      status: "ok",
      data: [{ slug: "folktandvardens-chatt", href: "/e-tjanster/folktandvardens-chatt", name: sv("Folktandvårdens chatt"), summary: sv("Chatta med tandvården."), channelLabel: "Chatt" }],
    });
    expect(page(ok({ ...unit, eServices: [] })).eServices).toEqual({ status: "ok", data: [] });
  });

  it("marks only the e-services unavailable when that subgraph fails", () => {
    const view = page(ok({ ...unit, eServices: null }, [{ message: "down", path: ["careUnitByHsaId", "eServices"] }]));
    expect(view.eServices).toEqual({ status: "unavailable" });
    expect(view.unit.name).toBe(unit.name);
  });
});

describe("the staff part", () => {
  it("is absent for everyone who does not read staff fields", () => {
    expect(page(ok(unit)).staff).toBeNull();
  });

  it("lists the routes for staff, linking full numbers and addresses but not extensions or fax", () => {
    expect(page(ok({ ...unit, ...staffPart }), true).staff).toEqual({
      status: "ok",
      data: {
        internalPhone: { text: "070-174 06 26", href: "tel:0701740626" },
        routes: [
          { key: "0", kind: "Jourtid", label: sv("Jourhavande läkare"), value: "070-174 06 26", href: "tel:0701740626", hours: sv("Vardagar 17.00–08.00") },
          { key: "1", kind: "Tjänstenummer", label: sv("Tjänstenummer"), value: "8570", href: null, hours: null },
          { key: "2", kind: "Fax", label: sv("Fax"), value: "0470-58 30 04", href: null, hours: null },
          { key: "3", kind: "Annan kontaktväg", label: sv("E-post"), value: "Journalarkiv@skane.se", href: "mailto:Journalarkiv@skane.se", hours: null },
        ],
      },
    });
  });

  it("is unavailable, not empty, when the routes were refused or failed", () => {
    const refused = ok({ ...unit, internalPhone: null, contactRoutes: null }, [{ message: "no", path: ["careUnitByHsaId", "contactRoutes"], extensions: { code: "FORBIDDEN" } }]);
    expect(page(refused, true).staff).toEqual({ status: "unavailable" });
  });

  it("is empty when the unit has no routes", () => {
    expect(page(ok({ ...unit, internalPhone: null, contactRoutes: [] }), true).staff).toEqual({ status: "ok", data: { internalPhone: null, routes: [] } });
  });
});

describe("in English", () => {
  const english = (data: Record<string, unknown>, staff = false) => {
    const outcome = toCareUnitPage(ok(data), { staff, lang: "en" });
    if (outcome.status !== "ok") throw new Error(`expected a page, got ${outcome.status}`);
    return outcome.view;
  };
  const fallback = (text: string) => ({ text, lang: "sv", fallback: true });

  it("words the hours, the kind and the fees in English on the Swedish clock", () => {
    const { hours, unit: shown, fees } = english(unit);
    expect(hours.status).toEqual({ tone: "closed", badge: "Closed", detail: "opens Tue 08:00" });
    expect(hours.today).toEqual({ label: "Thursday 2 April", hours: "08:00–17:00", note: null });
    expect(hours.regular).toEqual([
      { days: "Mon–Fri", hours: "08:00–17:00", closed: false },
      { days: "Sat–Sun", hours: "Closed", closed: true },
    ]);
    expect(hours.holidays).toBe("Closed on public holidays and on Midsummer Eve, Christmas Eve and New Year's Eve, unless stated otherwise above.");
    expect(hours.exceptions.map(({ when, hours: h }) => [when, h])).toEqual([
      ["Friday 3 April", "Closed."],
      ["22 June–9 August", "Mon–Fri 08:00–16:00, Sat–Sun closed."],
      ["Thursday 24 December", "Open 10:00–14:00."],
    ]);
    expect(shown.kindLabel).toBe("Health centre");
    expect(fees).toEqual({ status: "ok", data: [{ key: "HEALTH_CENTRE_VISIT", label: fallback("Besök på hälsocentral"), amount: "SEK 300" }] });
  });

  it("shows English content where it was written and marks the Swedish it falls back to", () => {
    const view = english({
      ...unit,
      description: { sv: "Hälsocentral i Kalix.", en: "Health centre in Kalix." },
      upcomingExceptions: [{ ...unit.upcomingExceptions[0], label: { sv: "Långfredagen", en: "Good Friday" } }, { ...unit.upcomingExceptions[1], label: { sv: "Sommartider", en: "  " } }],
    });
    expect(view.unit.description).toEqual({ text: "Health centre in Kalix.", lang: "en", fallback: false });
    expect(view.hours.exceptions.map((e) => e.label)).toEqual([{ text: "Good Friday", lang: "en", fallback: false }, fallback("Sommartider")]);
    // A holiday note written only in Swedish is marked as Swedish.
    expect(view.hours.week[1]?.note).toEqual(fallback("Långfredagen"));
    expect(english(unit).unit.description).toEqual(fallback(unit.description.sv));
  });

  it("names contact routes and e-service channels in English and marks Swedish route texts", () => {
    const view = english(
      {
        ...unit,
        ...staffPart,
        eServices: [{ slug: "chatt", name: { sv: "Chatten", en: "The chat" }, summary: { sv: "Chatta med oss.", en: null }, channel: "CHAT" }],
      },
      true,
    );
    expect(view.staff?.status === "ok" && view.staff.data.routes[0]).toEqual({
      key: "0",
      kind: "Out of hours",
      label: fallback("Jourhavande läkare"),
      value: "070-174 06 26",
      href: "tel:0701740626",
      hours: fallback("Vardagar 17.00–08.00"),
    });
    expect(view.eServices).toEqual({
      status: "ok",
      data: [{ slug: "chatt", href: "/e-tjanster/chatt", name: { text: "The chat", lang: "en", fallback: false }, summary: fallback("Chatta med oss."), channelLabel: "Chat" }],
    });
  });
});

describe("when there is no page to show", () => {
  it("an HSA-id no unit has is not found", () => {
    expect(toCareUnitPage({ data: { careUnitByHsaId: null }, errors: [] }, { staff: false })).toEqual({ status: "not-found" });
  });

  it("text that is not an HSA-id is refused with the API's message", () => {
    const result: GatewayResult = {
      data: { careUnitByHsaId: null },
      errors: [{ message: "Not an HSA-id.", path: ["careUnitByHsaId"], extensions: { code: "BAD_USER_INPUT", field: "hsaId" } }],
    };
    expect(toCareUnitPage(result, { staff: false })).toEqual({ status: "bad-hsa-id", message: "Not an HSA-id." });
  });

  it("no answer from the gateway, or the care-units subgraph down, is unavailable, not 'not found'", () => {
    expect(toCareUnitPage({ data: null, errors: [{ message: "The gateway could not be reached.", extensions: { code: "GATEWAY_UNAVAILABLE" } }] }, { staff: false })).toEqual({
      status: "unavailable",
    });
    expect(toCareUnitPage({ data: { careUnitByHsaId: null }, errors: [{ message: "down", path: ["careUnitByHsaId"] }] }, { staff: false })).toEqual({ status: "unavailable" });
  });

  it("an answer of an unexpected shape is unavailable", () => {
    expect(toCareUnitPage(ok({ id: "u1", name: "x" }), { staff: false })).toEqual({ status: "unavailable" });
  });
});

describe("what the gateway passes on", () => {
  it("a refusal on the lookup is read as a bad HSA-id even when the gateway leaves out the field", () => {
    const result: GatewayResult = { data: { careUnitByHsaId: null }, errors: [{ message: "Not an HSA-id.", path: ["careUnitByHsaId"], extensions: { code: "BAD_USER_INPUT" } }] };
    expect(toCareUnitPage(result, { staff: false })).toEqual({ status: "bad-hsa-id", message: "Not an HSA-id." });
  });
});
