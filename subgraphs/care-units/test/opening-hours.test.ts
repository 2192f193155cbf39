import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectBadUserInput, expectData, expectCode, type TestSubgraph } from "@vardportal/kit/testing";
import { createUnit, spans, startCareUnits, writeHours } from "./helpers.js";

interface Status {
  at: string;
  open: boolean;
  closesAt: string | null;
  opensNext: string | null;
  hoursKnown: boolean;
  today: { date: string; weekday: number; source: string; note: { sv: string } | null; spans: { opens: string; closes: string; closesNextDay: boolean }[] };
}

const STATUS = `query($hsaId: String!, $at: DateTimeISO) { careUnitByHsaId(hsaId: $hsaId) {
  openingStatus(at: $at) { at open closesAt opensNext hoursKnown today { date weekday source note { sv } spans { opens closes closesNextDay } } }
} }`;

const KALIX = "SE2321000230-EX17";
const BODEN = "SE2321000230-EX08";
const HERTSON = "SE2321000230-EX04";
const SUNDERBY_ED = "SE2321000230-EX01";
const NARAKUTEN = "SE2321000230-EX26";
const KRONOBERG = "SE2321000065-EX01";

let t: TestSubgraph;
beforeAll(async () => {
  t = await startCareUnits();
  const nights = await createUnit(t, { hsaId: "SE2321000230-NIGHTS", name: "Nattmottagning (test)", closedOnPublicHolidays: false }, { publish: true });
  await writeHours(t.subgraph.dataSource, nights.id, { weekly: spans([6], "22:00", "06:00") });
  const late = await createUnit(t, { hsaId: "SE2321000230-LATE", name: "Sen mottagning (test)", closedOnPublicHolidays: false }, { publish: true });
  await writeHours(t.subgraph.dataSource, late.id, { weekly: spans([6], "22:00", "02:30") });
});
afterAll(async () => {
  await t.close();
});

async function status(hsaId: string, at?: string): Promise<Status> {
  return expectData(await t.query<{ careUnitByHsaId: { openingStatus: Status } }>(STATUS, { variables: { hsaId, at } })).careUnitByHsaId.openingStatus;
}

describe("openingStatus through the API", () => {
  it("defaults to now: a health centre on Monday morning is open until 17:00, with today's hours", async () => {
    const s = await status(KALIX);
    expect(s).toMatchObject({ at: "2026-03-02T08:00:00.000Z", open: true, closesAt: "2026-03-02T16:00:00.000Z", opensNext: null, hoursKnown: true });
    expect(s.today).toEqual({ date: "2026-03-02", weekday: 1, source: "REGULAR", note: null, spans: [{ opens: "08:00", closes: "17:00", closesNextDay: false }] });
  });

  it("over Easter a health centre opens next on the Tuesday, in summer time", async () => {
    expect(await status(KALIX, "2026-04-02T17:00:00Z")).toMatchObject({ open: false, closesAt: null, opensNext: "2026-04-07T06:00:00.000Z" });
    const goodFriday = await status(KALIX, "2026-04-03T09:00:00Z");
    expect(goodFriday.today).toMatchObject({ source: "PUBLIC_HOLIDAY", note: { sv: "Långfredagen" }, spans: [] });
  });

  it("on the seeded closed day the unit is closed and says why", async () => {
    const s = await status(BODEN, "2026-03-25T09:00:00Z");
    expect(s).toMatchObject({ open: false, opensNext: "2026-03-26T07:00:00.000Z" });
    expect(s.today).toMatchObject({ source: "EXCEPTION", note: { sv: "Stängt för utbildningsdag" }, spans: [] });
  });

  it("on the seeded special day the unit opens at noon", async () => {
    const s = await status(HERTSON, "2026-03-19T08:00:00Z");
    expect(s).toMatchObject({ open: false, opensNext: "2026-03-19T11:00:00.000Z" });
    expect(s.today.spans).toEqual([{ opens: "12:00", closes: "19:00", closesNextDay: false }]);
  });

  it("an emergency department is open around the clock, through the night the clocks change", async () => {
    for (const at of ["2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", "2026-12-24T20:00:00Z"]) {
      expect(await status(SUNDERBY_ED, at)).toMatchObject({ open: true, closesAt: null, opensNext: null });
    }
  });

  it("hours that cross midnight keep a unit open on the next date, and close when they say", async () => {
    const s = await status(NARAKUTEN, "2026-03-07T23:30:00Z"); // Sunday 00:30, on Saturday's 10:00–01:00
    expect(s).toMatchObject({ open: true, closesAt: "2026-03-08T00:00:00.000Z" });
    expect(s.today).toMatchObject({ date: "2026-03-08", spans: [{ opens: "10:00", closes: "22:00", closesNextDay: false }] });
    expect((await status(NARAKUTEN, "2026-03-06T15:30:00Z")).today.spans).toEqual([{ opens: "16:00", closes: "01:00", closesNextDay: true }]);
  });

  it("Christmas Eve's special hours, then Christmas Day's regular Friday hours at a unit open on holidays", async () => {
    const eve = await status(NARAKUTEN, "2026-12-24T16:00:00Z");
    expect(eve).toMatchObject({ open: false, opensNext: "2026-12-25T15:00:00.000Z" });
    expect(eve.today).toMatchObject({ source: "EXCEPTION", note: { sv: "Julafton" }, spans: [{ opens: "10:00", closes: "16:00" }] });
  });

  it("across the March change a Saturday-night span 22:00–06:00 lasts seven hours, one ending at 02:30 ends when the clocks jump", async () => {
    expect(await status("SE2321000230-NIGHTS", "2026-03-29T01:30:00Z")).toMatchObject({ open: true, closesAt: "2026-03-29T04:00:00.000Z" }); // 03:30 CEST
    expect(await status("SE2321000230-LATE", "2026-03-29T00:30:00Z")).toMatchObject({ open: true, closesAt: "2026-03-29T01:00:00.000Z" }); // 01:30 CET
    expect((await status("SE2321000230-LATE", "2026-03-29T01:00:00Z")).open).toBe(false); // 03:00 CEST
  });

  it("across the October change 22:00–06:00 lasts eleven hours, and a span ending at 02:30 does not reopen in the repeated hour", async () => {
    expect(await status("SE2321000230-NIGHTS", "2026-10-25T01:15:00Z")).toMatchObject({ open: true, closesAt: "2026-10-25T05:00:00.000Z" }); // 02:15 CET
    expect(await status("SE2321000230-LATE", "2026-10-25T00:15:00Z")).toMatchObject({ open: true, closesAt: "2026-10-25T00:30:00.000Z" }); // 02:15 CEST
    expect((await status("SE2321000230-LATE", "2026-10-25T01:15:00Z")).open).toBe(false); // 02:15 CET, the second pass
  });

  it("a unit without any hours is not 'closed': its hours are unknown", async () => {
    expect(await status(KRONOBERG)).toMatchObject({ open: false, closesAt: null, opensNext: null, hoursKnown: false });
  });
});

describe("the week, the days ahead and the coming exceptions", () => {
  const DAYS = `query($hsaId: String!, $from: String, $days: Int!) { careUnitByHsaId(hsaId: $hsaId) {
    openingDays(from: $from, days: $days) { date weekday source note { sv } spans { opens closes } }
  } }`;
  type Day = { date: string; weekday: number; source: string; note: { sv: string } | null; spans: { opens: string; closes: string }[] };
  const days = async (variables: Record<string, unknown>) =>
    expectData(await t.query<{ careUnitByHsaId: { openingDays: Day[] } }>(DAYS, { variables: { hsaId: KALIX, ...variables } })).careUnitByHsaId.openingDays;

  it("openingDays starts today by default and gives a week", async () => {
    const week = await days({ days: 7 });
    expect(week.map((d) => `${d.date} ${d.weekday} ${d.spans.map((s) => `${s.opens}–${s.closes}`).join(",") || "stängt"}`)).toEqual([
      "2026-03-02 1 08:00–17:00",
      "2026-03-03 2 08:00–17:00",
      "2026-03-04 3 08:00–17:00",
      "2026-03-05 4 08:00–17:00",
      "2026-03-06 5 08:00–17:00",
      "2026-03-07 6 stängt",
      "2026-03-08 7 stängt",
    ]);
  });

  it("openingDays over Easter names the holidays that close the unit", async () => {
    const easter = await days({ from: "2026-04-02", days: 5 });
    expect(easter.map((d) => [d.date, d.source, d.note?.sv ?? null, d.spans.length])).toEqual([
      ["2026-04-02", "REGULAR", null, 1],
      ["2026-04-03", "PUBLIC_HOLIDAY", "Långfredagen", 0],
      ["2026-04-04", "REGULAR", null, 0],
      ["2026-04-05", "PUBLIC_HOLIDAY", "Påskdagen", 0],
      ["2026-04-06", "PUBLIC_HOLIDAY", "Annandag påsk", 0],
    ]);
  });

  it("openingDays in summer shows the summer hours, and Midsummer Eve closed despite them", async () => {
    const midsummer = await days({ from: "2026-06-18", days: 5 });
    expect(midsummer.map((d) => [d.date, d.source, d.spans.map((s) => `${s.opens}–${s.closes}`).join(",")])).toEqual([
      ["2026-06-18", "REGULAR", "08:00–17:00"],
      ["2026-06-19", "PUBLIC_HOLIDAY", ""],
      ["2026-06-20", "PUBLIC_HOLIDAY", ""],
      ["2026-06-21", "REGULAR", ""],
      ["2026-06-22", "EXCEPTION", "08:00–16:00"],
    ]);
  });

  it("regularHours lists all seven weekdays, Monday first", async () => {
    const result = await t.query<{ careUnitByHsaId: { regularHours: { weekday: number; spans: unknown[] }[] } }>(
      `query($hsaId: String!) { careUnitByHsaId(hsaId: $hsaId) { regularHours { weekday spans { opens closes } } } }`,
      { variables: { hsaId: HERTSON } },
    );
    const week = expectData(result).careUnitByHsaId.regularHours;
    expect(week.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(week[3]?.spans).toEqual([{ opens: "08:00", closes: "19:00" }]);
    expect(week[5]?.spans).toEqual([]);
  });

  it("upcomingExceptions looks 60 days ahead by default", async () => {
    const result = await t.query<{ careUnitByHsaId: { upcomingExceptions: { fromDate: string; reason: string; label: { sv: string } }[] } }>(
      `query($hsaId: String!) { careUnitByHsaId(hsaId: $hsaId) { upcomingExceptions { fromDate toDate reason label { sv } closed spans { weekday opens closes } } } }`,
      { variables: { hsaId: BODEN } },
    );
    expect(expectData(result).careUnitByHsaId.upcomingExceptions.map((e) => `${e.fromDate} ${e.reason} ${e.label.sv}`)).toEqual([
      "2026-03-25 EXCEPTION Stängt för utbildningsdag",
      "2026-04-03 PUBLIC_HOLIDAY Långfredagen",
      "2026-04-06 PUBLIC_HOLIDAY Annandag påsk",
    ]);
  });

  it("an exception's spans say which weekday they are for", async () => {
    const result = await t.query<{ careUnitByHsaId: { upcomingExceptions: { reason: string; spans: unknown[] }[] } }>(
      `{ careUnitByHsaId(hsaId: "SE2321000230-EX07") { upcomingExceptions(days: 366) { reason label { sv } spans { weekday opens closes closesNextDay } } } }`,
    );
    const summer = expectData(result).careUnitByHsaId.upcomingExceptions.find((e) => e.reason === "EXCEPTION");
    expect(summer?.spans).toEqual([
      { weekday: 2, opens: "10:00", closes: "15:00", closesNextDay: false },
      { weekday: 4, opens: "10:00", closes: "15:00", closesNextDay: false },
    ]);
  });
});

describe("bad input to the hours fields", () => {
  const query = (fields: string) => t.query(`{ careUnitByHsaId(hsaId: "${KALIX}") { ${fields} } }`);

  it.each([
    ["openingDays(days: 0) { date }", "days"],
    ["openingDays(days: 32) { date }", "days"],
    ['openingDays(from: "2026-02-30") { date }', "from"],
    ['openingDays(from: "2 mars") { date }', "from"],
    ["upcomingExceptions(days: 367) { fromDate }", "days"],
  ])("%s is refused with BAD_USER_INPUT naming the argument", async (fields, field) => {
    const error = expectBadUserInput(await query(fields));
    expect(error.extensions?.field).toBe(field);
  });

  it("an instant that is not a date-time is refused before anything runs", async () => {
    const result = await query('openingStatus(at: "tomorrow") { open }');
    expect(result.status).toBe(400);
    expectCode(result, "GRAPHQL_VALIDATION_FAILED");
  });
});
