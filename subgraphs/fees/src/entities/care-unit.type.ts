import { Directive, Field, ID, ObjectType } from "type-graphql";
import { FeeSchedule } from "./fee-schedule.entity.js";

/** The care-units subgraph owns CareUnit; this subgraph adds the fees that apply at a unit. */
@ObjectType("CareUnit")
@Directive('@key(fields: "id")')
export class CareUnitFees {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  @Directive("@external")
  region!: string;

  @Field(() => FeeSchedule, { nullable: true, description: "The fee schedule in force today in the unit's region." })
  @Directive('@requires(fields: "region")')
  feeSchedule?: FeeSchedule | null;
}
