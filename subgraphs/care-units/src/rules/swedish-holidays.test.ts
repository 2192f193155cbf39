import { describe, expect, it } from "vitest";
import { addDays, weekdayOf } from "./stockholm-time.js";
import { easterSunday, swedishHolidayOn, swedishHolidays } from "./swedish-holidays.js";

const dateOf = (year: number, sv: string) => swedishHolidays(year).find((h) => h.name.sv === sv)?.date;

describe("easterSunday (the computus)", () => {
  it.each([
    [1818, "1818-03-22"], // the earliest possible date
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"], // the latest possible date
    [2285, "2285-03-22"],
  ])("Easter %i is on %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    for (let year = 1900; year <= 2200; year++) {
      const easter = easterSunday(year);
      expect(weekdayOf(easter)).toBe(7);
      expect(easter.slice(5) >= "03-22" && easter.slice(5) <= "04-25").toBe(true);
    }
  });

  it("refuses a year before the Gregorian calendar", () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
  });
});

describe("Sweden's closing days in 2026", () => {
  it("are the thirteen public holidays and the three eves counted as Sundays, in date order", () => {
    expect(swedishHolidays(2026).map((h) => [h.date, h.name.sv, h.kind])).toEqual([
      ["2026-01-01", "Nyårsdagen", "PUBLIC_HOLIDAY"],
      ["2026-01-06", "Trettondedag jul", "PUBLIC_HOLIDAY"],
      ["2026-04-03", "Långfredagen", "PUBLIC_HOLIDAY"],
      ["2026-04-05", "Påskdagen", "PUBLIC_HOLIDAY"],
      ["2026-04-06", "Annandag påsk", "PUBLIC_HOLIDAY"],
      ["2026-05-01", "Första maj", "PUBLIC_HOLIDAY"],
      ["2026-05-14", "Kristi himmelsfärdsdag", "PUBLIC_HOLIDAY"],
      ["2026-05-24", "Pingstdagen", "PUBLIC_HOLIDAY"],
      ["2026-06-06", "Sveriges nationaldag", "PUBLIC_HOLIDAY"],
      ["2026-06-19", "Midsommarafton", "EVE"],
      ["2026-06-20", "Midsommardagen", "PUBLIC_HOLIDAY"],
      ["2026-10-31", "Alla helgons dag", "PUBLIC_HOLIDAY"],
      ["2026-12-24", "Julafton", "EVE"],
      ["2026-12-25", "Juldagen", "PUBLIC_HOLIDAY"],
      ["2026-12-26", "Annandag jul", "PUBLIC_HOLIDAY"],
      ["2026-12-31", "Nyårsafton", "EVE"],
    ]);
  });

  it("give every day an English name too", () => {
    expect(swedishHolidays(2026).every((h) => h.name.en.length > 0)).toBe(true);
    expect(swedishHolidayOn("2026-06-19")?.name).toEqual({ sv: "Midsommarafton", en: "Midsummer Eve" });
  });
});

describe("the days computed from Easter", () => {
  it("Good Friday is two days before Easter, Easter Monday the day after", () => {
    expect(dateOf(2025, "Långfredagen")).toBe("2025-04-18");
    expect(dateOf(2025, "Annandag påsk")).toBe("2025-04-21");
    expect(dateOf(2027, "Långfredagen")).toBe("2027-03-26");
  });

  it("Ascension is the Thursday 39 days after Easter, Whitsun the Sunday 49 days after", () => {
    expect(dateOf(2025, "Kristi himmelsfärdsdag")).toBe("2025-05-29");
    expect(dateOf(2025, "Pingstdagen")).toBe("2025-06-08");
    for (let year = 2000; year <= 2100; year++) {
      expect(weekdayOf(dateOf(year, "Långfredagen")!)).toBe(5);
      expect(weekdayOf(dateOf(year, "Annandag påsk")!)).toBe(1);
      expect(weekdayOf(dateOf(year, "Kristi himmelsfärdsdag")!)).toBe(4);
      expect(weekdayOf(dateOf(year, "Pingstdagen")!)).toBe(7);
      expect(dateOf(year, "Pingstdagen")).toBe(addDays(easterSunday(year), 49));
    }
  });
});

describe("Midsummer and All Saints' Day", () => {
  it.each([
    [2021, "2021-06-25", "2021-06-26"],
    [2024, "2024-06-21", "2024-06-22"],
    [2025, "2025-06-20", "2025-06-21"],
    [2026, "2026-06-19", "2026-06-20"],
    [2027, "2027-06-25", "2027-06-26"],
  ])("Midsummer %i: Eve %s, Day %s", (year, eve, day) => {
    expect(dateOf(year, "Midsommarafton")).toBe(eve);
    expect(dateOf(year, "Midsommardagen")).toBe(day);
  });

  it("Midsummer Eve is always the Friday between 19 and 25 June, and Midsummer Day the Saturday after", () => {
    for (let year = 2000; year <= 2100; year++) {
      const eve = dateOf(year, "Midsommarafton")!;
      expect(weekdayOf(eve)).toBe(5);
      expect(eve >= `${year}-06-19` && eve <= `${year}-06-25`).toBe(true);
      expect(dateOf(year, "Midsommardagen")).toBe(addDays(eve, 1));
    }
  });

  it.each([
    [2021, "2021-11-06"],
    [2023, "2023-11-04"],
    [2024, "2024-11-02"],
    [2025, "2025-11-01"],
    [2026, "2026-10-31"],
  ])("All Saints' Day %i is %s", (year, date) => {
    expect(dateOf(year, "Alla helgons dag")).toBe(date);
  });

  it("All Saints' Day is always the Saturday between 31 October and 6 November", () => {
    for (let year = 2000; year <= 2100; year++) {
      const day = dateOf(year, "Alla helgons dag")!;
      expect(weekdayOf(day)).toBe(6);
      expect(day >= `${year}-10-31` && day <= `${year}-11-06`).toBe(true);
    }
  });
});

describe("swedishHolidayOn", () => {
  it("answers null for an ordinary day and for eves that are not closing days", () => {
    expect(swedishHolidayOn("2026-03-02")).toBeNull();
    expect(swedishHolidayOn("2026-01-05")).toBeNull(); // Trettondagsafton
    expect(swedishHolidayOn("2026-04-04")).toBeNull(); // Påskafton, a Saturday
    expect(swedishHolidayOn("2026-04-30")).toBeNull(); // Valborgsmässoafton
  });

  it("finds the holiday in any year", () => {
    expect(swedishHolidayOn("2031-12-25")?.name.sv).toBe("Juldagen");
    expect(swedishHolidayOn("2030-04-19")?.name.sv).toBe("Långfredagen");
  });
});
