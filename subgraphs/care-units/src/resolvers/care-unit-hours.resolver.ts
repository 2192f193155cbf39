import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from "type-graphql";
import { badUserInput, localized, type SubgraphContext } from "@vardportal/kit";
import { scheduleOf } from "../care-unit-hours-store.js";
import { CareUnit } from "../entities/care-unit.entity.js";
import {
  Coordinates,
  DayHours,
  DeviationReason,
  HoursDeviation,
  HoursSource,
  OpeningSpan,
  OpeningStatus,
  WeekdayHours,
} from "../entities/opening-hours.types.js";
import { haversineKm } from "../rules/geo.js";
import {
  clockTime,
  hoursOn,
  openingStatus,
  upcomingDeviations,
  type DayHours as RuleDayHours,
  type Span,
} from "../rules/opening-hours.js";
import { addDays, MINUTES_PER_DAY, parseIsoDate, swedishDate, type Weekday } from "../rules/stockholm-time.js";
import { checkedPoint } from "./geo-input.js";
import { GeoPointInput } from "./inputs/geo-point.input.js";

const MAX_DAYS = 31;
const MAX_EXCEPTION_DAYS = 366;
const WEEK: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

const openingSpan = (span: Span): OpeningSpan => ({ opens: clockTime(span.opens), closes: clockTime(span.closes), closesNextDay: span.closes > MINUTES_PER_DAY });

function dayHours(day: RuleDayHours): DayHours {
  const note = day.exception?.label ?? day.holiday?.name ?? null;
  return {
    date: day.date,
    weekday: day.weekday,
    spans: day.spans.map(openingSpan),
    source: HoursSource[day.source],
    note: note ? localized(note.sv, note.en) : null,
  };
}

function checkedCount(value: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw badUserInput(`Must be a whole number from 1 to ${max}.`, argument);
  return value;
}

/** Where a unit is and when it is open: computed from its stored hours by the rules, in Swedish time. */
@Resolver(() => CareUnit)
export class CareUnitHoursResolver {
  @FieldResolver(() => Coordinates, { nullable: true, description: "Where the unit is; null when not known." })
  coordinates(@Root() unit: CareUnit): Coordinates | null {
    return unit.latitude === null || unit.longitude === null ? null : { lat: unit.latitude, lon: unit.longitude };
  }

  @FieldResolver(() => Float, { nullable: true, description: "Great-circle kilometres from the point to the unit; null when the unit's position is not known." })
  distanceKm(@Root() unit: CareUnit, @Arg("from", () => GeoPointInput) from: GeoPointInput): number | null {
    const point = checkedPoint(from, "from");
    return unit.latitude === null || unit.longitude === null ? null : haversineKm(point, { lat: unit.latitude, lon: unit.longitude });
  }

  @FieldResolver(() => [WeekdayHours], { description: "The regular week, Monday first, before exceptions and public holidays." })
  async regularHours(@Root() unit: CareUnit, @Ctx() ctx: SubgraphContext): Promise<WeekdayHours[]> {
    const { weekly } = await scheduleOf(ctx, unit);
    return WEEK.map((weekday) => ({
      weekday,
      spans: weekly
        .filter((span) => span.weekday === weekday)
        .sort((a, b) => a.opens - b.opens)
        .map(openingSpan),
    }));
  }

  @FieldResolver(() => OpeningStatus, { description: "Open or closed at an instant (default: now), when that changes, and that day's hours." })
  async openingStatus(
    @Root() unit: CareUnit,
    @Arg("at", () => Date, { nullable: true }) at: Date | null | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OpeningStatus> {
    const status = openingStatus(await scheduleOf(ctx, unit), at ?? ctx.now);
    return { ...status, today: dayHours(status.today) };
  }

  @FieldResolver(() => [DayHours], { description: "The hours of each date from `from` (default: today in Sweden), exceptions and public holidays applied." })
  async openingDays(
    @Root() unit: CareUnit,
    @Arg("from", () => String, { nullable: true, description: '"YYYY-MM-DD"' }) from: string | null | undefined,
    @Arg("days", () => Int, { defaultValue: 7, description: `How many dates, 1 to ${MAX_DAYS}.` }) days: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<DayHours[]> {
    const first = from === null || from === undefined ? swedishDate(ctx.now) : parseIsoDate(from);
    if (!first) throw badUserInput('Expected a date written "YYYY-MM-DD".', "from");
    const count = checkedCount(days, MAX_DAYS, "days");
    const schedule = await scheduleOf(ctx, unit);
    return Array.from({ length: count }, (_, i) => dayHours(hoursOn(schedule, addDays(first, i))));
  }

  @FieldResolver(() => [HoursDeviation], {
    description:
      "Coming exceptions to the regular week within `days` days from today: the unit's own (summer hours, a closed day) and the public holidays on which it closes.",
  })
  async upcomingExceptions(
    @Root() unit: CareUnit,
    @Arg("days", () => Int, { defaultValue: 60, description: `How far ahead, 1 to ${MAX_EXCEPTION_DAYS} days.` }) days: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HoursDeviation[]> {
    const count = checkedCount(days, MAX_EXCEPTION_DAYS, "days");
    const deviations = upcomingDeviations(await scheduleOf(ctx, unit), swedishDate(ctx.now), count);
    return deviations.map((d) => ({
      fromDate: d.fromDate,
      toDate: d.toDate,
      reason: DeviationReason[d.reason],
      label: localized(d.label.sv, d.label.en),
      closed: d.closed,
      spans: d.spans.map((span) => ({ ...openingSpan(span), weekday: span.weekday })),
    }));
  }
}
