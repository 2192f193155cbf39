import { Brackets, type SelectQueryBuilder } from "typeorm";
import type { CareUnit } from "../entities/care-unit.entity.js";
import { HoursExceptionRow } from "../entities/hours-exception.entity.js";
import { WeeklySpanRow } from "../entities/weekly-span.entity.js";
import { openAtProbes, type DayProbe } from "../rules/opening-hours.js";

/**
 * "Open at this instant", in SQL, so that counts, pages and cursors all see the same units. The code
 * works out the Swedish date, weekday and minute (rules/opening-hours.ts: `openAtProbes`) and whether
 * the date is a public holiday; the database tests the stored spans against them, today's and
 * yesterday's (those that run past midnight), with the same precedence as `hoursOn`: an exception
 * for that single date, then holiday closure, then an exception period, then the regular week.
 */
export function whereOpenAt(qb: SelectQueryBuilder<CareUnit>, alias: string, at: Date): SelectQueryBuilder<CareUnit> {
  const { today, yesterday } = openAtProbes(at);
  return qb.andWhere(
    new Brackets((b) => b.where(openOn(qb, alias, "oaToday", today)).orWhere(openOn(qb, alias, "oaYesterday", yesterday))),
    {
      oaTodayDate: today.date,
      oaTodayWeekday: today.weekday,
      oaTodayMinute: today.minute,
      oaYesterdayDate: yesterday.date,
      oaYesterdayWeekday: yesterday.weekday,
      oaYesterdayMinute: yesterday.minute,
      oaOpenOnHolidays: false,
    },
  );
}

/** Whether the unit has a span on the probe's date that covers the probe's minute. */
function openOn(qb: SelectQueryBuilder<CareUnit>, alias: string, key: string, probe: DayProbe): string {
  const date = `:${key}Date`;
  const weekday = `:${key}Weekday`;
  const minute = `:${key}Minute`;
  const covers = (exception: string, unitId: string) => `${exception}.unitId = ${unitId} AND ${exception}.fromDate <= ${date} AND ${exception}.toDate >= ${date}`;
  const ex = `${key}Ex`;
  const rival = `${key}Rival`;
  const outranked = qb
    .subQuery()
    .select("1")
    .from(HoursExceptionRow, rival)
    .where(covers(rival, `${ex}.unitId`))
    .andWhere(
      `(${rival}.fromDate > ${ex}.fromDate OR (${rival}.fromDate = ${ex}.fromDate AND (${rival}.toDate < ${ex}.toDate OR (${rival}.toDate = ${ex}.toDate AND ${rival}.id < ${ex}.id))))`,
    )
    .getQuery();
  const exceptionHours = qb
    .subQuery()
    .select("1")
    .from(HoursExceptionRow, ex)
    .innerJoin(`${ex}.spans`, `${ex}Span`)
    .where(covers(ex, `${alias}.id`))
    .andWhere(`NOT EXISTS ${outranked}`)
    // On a holiday only an exception for that very date opens a unit that closes on holidays.
    .andWhere(probe.closingDay ? `(${ex}.fromDate = ${ex}.toDate OR ${alias}.closedOnPublicHolidays = :oaOpenOnHolidays)` : "1 = 1")
    .andWhere(`(${ex}Span.weekday IS NULL OR ${ex}Span.weekday = ${weekday})`)
    .andWhere(`${ex}Span.opens <= ${minute} AND ${ex}Span.closes > ${minute}`)
    .getQuery();
  const anyException = qb.subQuery().select("1").from(HoursExceptionRow, `${key}Any`).where(covers(`${key}Any`, `${alias}.id`)).getQuery();
  const span = `${key}Span`;
  const regularHours = qb
    .subQuery()
    .select("1")
    .from(WeeklySpanRow, span)
    .where(`${span}.unitId = ${alias}.id AND ${span}.weekday = ${weekday} AND ${span}.opens <= ${minute} AND ${span}.closes > ${minute}`)
    .getQuery();
  const holidayClosure = probe.closingDay ? ` AND ${alias}.closedOnPublicHolidays = :oaOpenOnHolidays` : "";
  return `(EXISTS ${exceptionHours} OR (NOT EXISTS ${anyException}${holidayClosure} AND EXISTS ${regularHours}))`;
}
