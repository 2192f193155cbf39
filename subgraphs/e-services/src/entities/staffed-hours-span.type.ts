import { Field, Int, ObjectType } from "type-graphql";
import { formatClock, type StaffedSpan } from "../rules/staffed-hours.js";

@ObjectType("StaffedHoursSpan", { description: "One weekly stretch when staff answer, in Swedish time." })
export class StaffedHoursSpan {
  @Field(() => Int, { description: "ISO weekday: 1 is Monday, 7 is Sunday." })
  weekday!: number;

  @Field(() => String, { description: '"HH:MM", inclusive.' })
  opens!: string;

  @Field(() => String, { description: '"HH:MM", exclusive; "24:00" is midnight.' })
  closes!: string;
}

export const toStaffedHoursSpan = (span: StaffedSpan): StaffedHoursSpan =>
  Object.assign(new StaffedHoursSpan(), { weekday: span.weekday, opens: formatClock(span.opens), closes: formatClock(span.closes) });
