import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Localized } from "@vardportal/kit";

/**
 * How opening hours look in the API. The stored shape (minutes in rows) is for SQL; these are for
 * readers: clock times, dates and instants.
 */
export enum HoursSource {
  REGULAR = "REGULAR",
  EXCEPTION = "EXCEPTION",
  PUBLIC_HOLIDAY = "PUBLIC_HOLIDAY",
}
registerEnumType(HoursSource, {
  name: "HoursSource",
  description: "What decided a day's hours: the regular week, an exception, or a public holiday on which the unit is closed.",
});

export enum DeviationReason {
  EXCEPTION = "EXCEPTION",
  PUBLIC_HOLIDAY = "PUBLIC_HOLIDAY",
}
registerEnumType(DeviationReason, { name: "DeviationReason", description: "Why the hours differ from the regular week." });

@ObjectType({ description: "A point in WGS 84 degrees." })
export class Coordinates {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lon!: number;
}

@ObjectType({ description: "A stretch of time a unit is open, on a Swedish clock." })
export class OpeningSpan {
  @Field(() => String, { description: '"HH:mm".' })
  opens!: string;

  @Field(() => String, { description: '"HH:mm"; "24:00" for midnight, and the next morning\'s clock when closesNextDay.' })
  closes!: string;

  @Field(() => Boolean, { description: "The span runs past midnight into the next day, e.g. 16:00–01:00." })
  closesNextDay!: boolean;
}

@ObjectType({ description: "The regular hours of one weekday." })
export class WeekdayHours {
  @Field(() => Int, { description: "ISO weekday: 1 Monday … 7 Sunday." })
  weekday!: number;

  @Field(() => [OpeningSpan], { description: "Empty: closed that day." })
  spans!: OpeningSpan[];
}

@ObjectType({ description: "A unit's hours on one date, exceptions and public holidays applied." })
export class DayHours {
  @Field(() => String, { description: '"YYYY-MM-DD", a Swedish calendar date.' })
  date!: string;

  @Field(() => Int, { description: "ISO weekday: 1 Monday … 7 Sunday." })
  weekday!: number;

  @Field(() => [OpeningSpan], { description: "Empty: closed all day." })
  spans!: OpeningSpan[];

  @Field(() => HoursSource)
  source!: HoursSource;

  @Field(() => Localized, { nullable: true, description: "The exception's label or the public holiday's name, when the day has one." })
  note!: Localized | null;
}

@ObjectType({ description: "Whether a unit is open at an instant, and when that changes." })
export class OpeningStatus {
  @Field(() => Date, { description: "The instant asked about." })
  at!: Date;

  @Field(() => Boolean)
  open!: boolean;

  @Field(() => Date, { nullable: true, description: "When open: the next closing; null when it is more than 14 days away (open around the clock)." })
  closesAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When closed: the next opening within 14 days, or null." })
  opensNext!: Date | null;

  @Field(() => DayHours, { description: "The hours of the Swedish date of `at`." })
  today!: DayHours;

  @Field(() => Boolean, { description: "False when the unit has no opening hours at all: not closed, unknown." })
  hoursKnown!: boolean;
}

@ObjectType({ description: "A span of an exception: on one weekday of the period, or on every day of it." })
export class DeviationSpan extends OpeningSpan {
  @Field(() => Int, { nullable: true, description: "ISO weekday, or null for every day of the period." })
  weekday!: number | null;
}

@ObjectType({ description: "A coming date or period when the hours differ from the regular week." })
export class HoursDeviation {
  @Field(() => String, { description: '"YYYY-MM-DD", first day.' })
  fromDate!: string;

  @Field(() => String, { description: '"YYYY-MM-DD", last day (the same day for a single date).' })
  toDate!: string;

  @Field(() => DeviationReason)
  reason!: DeviationReason;

  @Field(() => Localized)
  label!: Localized;

  @Field(() => Boolean, { description: "Closed for the whole period." })
  closed!: boolean;

  @Field(() => [DeviationSpan])
  spans!: DeviationSpan[];
}
