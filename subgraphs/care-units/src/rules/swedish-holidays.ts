import { addDays, type IsoDate } from "./stockholm-time.js";

/**
 * Sweden's public holidays (allmänna helgdagar, lag 1989:253), computed rather than listed by hand,
 * and the three eves that semesterlagen (3 §) counts as Sundays. Those sixteen days are the days a
 * unit that "closes on public holidays" is closed; see docs/decisions/008-opening-hours-and-distance.md.
 */
export type HolidayKind = "PUBLIC_HOLIDAY" | "EVE";

export interface SwedishHoliday {
  date: IsoDate;
  kind: HolidayKind;
  name: { sv: string; en: string };
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDate = (year: number, month: number, day: number): IsoDate => `${year}-${pad(month)}-${pad(day)}`;

/** Easter Sunday in the Gregorian calendar: the anonymous computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`No Gregorian Easter for ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The date in [first, first + 6] that falls on the ISO weekday (1 Monday … 7 Sunday). */
function weekdayFrom(year: number, month: number, firstDay: number, weekday: number): IsoDate {
  const first = new Date(Date.UTC(year, month - 1, firstDay));
  const isoWeekday = first.getUTCDay() === 0 ? 7 : first.getUTCDay();
  return addDays(isoDate(year, month, firstDay), (weekday - isoWeekday + 7) % 7);
}

const holiday = (date: IsoDate, sv: string, en: string, kind: HolidayKind = "PUBLIC_HOLIDAY"): SwedishHoliday => ({ date, kind, name: { sv, en } });

/** Every closing day of the year, in date order. */
export function swedishHolidays(year: number): SwedishHoliday[] {
  const easter = easterSunday(year);
  return [
    holiday(isoDate(year, 1, 1), "Nyårsdagen", "New Year's Day"),
    holiday(isoDate(year, 1, 6), "Trettondedag jul", "Epiphany"),
    holiday(addDays(easter, -2), "Långfredagen", "Good Friday"),
    holiday(easter, "Påskdagen", "Easter Sunday"),
    holiday(addDays(easter, 1), "Annandag påsk", "Easter Monday"),
    holiday(isoDate(year, 5, 1), "Första maj", "May Day"),
    holiday(addDays(easter, 39), "Kristi himmelsfärdsdag", "Ascension Day"),
    holiday(addDays(easter, 49), "Pingstdagen", "Whitsunday"),
    holiday(isoDate(year, 6, 6), "Sveriges nationaldag", "National Day of Sweden"),
    holiday(weekdayFrom(year, 6, 19, 5), "Midsommarafton", "Midsummer Eve", "EVE"),
    holiday(weekdayFrom(year, 6, 20, 6), "Midsommardagen", "Midsummer Day"),
    holiday(weekdayFrom(year, 10, 31, 6), "Alla helgons dag", "All Saints' Day"),
    holiday(isoDate(year, 12, 24), "Julafton", "Christmas Eve", "EVE"),
    holiday(isoDate(year, 12, 25), "Juldagen", "Christmas Day"),
    holiday(isoDate(year, 12, 26), "Annandag jul", "Boxing Day"),
    holiday(isoDate(year, 12, 31), "Nyårsafton", "New Year's Eve", "EVE"),
  ].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const byYear = new Map<number, Map<IsoDate, SwedishHoliday>>();

/** The closing day on that date, or null for an ordinary day. */
export function swedishHolidayOn(date: IsoDate): SwedishHoliday | null {
  const year = Number(date.slice(0, 4));
  let days = byYear.get(year);
  if (!days) {
    days = new Map(swedishHolidays(year).map((day) => [day.date, day]));
    byYear.set(year, days);
  }
  return days.get(date) ?? null;
}
