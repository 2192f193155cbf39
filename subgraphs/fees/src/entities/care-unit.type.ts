import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CareUnitKind } from "./care-unit-kind.js";
import { FeeItem } from "./fee-item.entity.js";
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

  @Field(() => CareUnitKind)
  @Directive("@external")
  kind!: string;

  @Field(() => FeeSchedule, { nullable: true, description: "The fee schedule in force today in the unit's region." })
  @Directive('@requires(fields: "region")')
  feeSchedule?: FeeSchedule | null;

  @Field(() => [FeeItem], {
    nullable: true,
    description:
      "The lines of today's schedule in the unit's region that apply at a unit of its kind; none where the schedule does not apply (dental care has tariffs of its own). Null only beside an error, so a failure here leaves the care unit intact.",
  })
  @Directive('@requires(fields: "region kind")')
  fees?: FeeItem[];
}
