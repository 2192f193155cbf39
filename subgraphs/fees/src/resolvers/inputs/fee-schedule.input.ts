import { Field, InputType, Int } from "type-graphql";
import { Audience, LocalizedInput } from "@vardportal/kit";
import { CareUnitKind } from "../../entities/care-unit-kind.js";

@InputType({ description: "One line of a schedule." })
export class FeeItemInput {
  @Field(() => String, { description: "A code: capital letters, digits and _, e.g. HEALTH_CENTRE_VISIT; MISSED_VISIT is the missed-visit fee." })
  visitKind!: string;

  @Field(() => LocalizedInput)
  label!: LocalizedInput;

  @Field(() => Int)
  amountSek!: number;

  @Field(() => Boolean)
  countsTowardsHighCost!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  chargedWhenMissed!: boolean;

  @Field(() => [CareUnitKind], { defaultValue: [] })
  unitKinds!: CareUnitKind[];
}

@InputType({ description: "A whole schedule, its lines in the order they are shown." })
export class FeeScheduleInput {
  @Field(() => String)
  region!: string;

  @Field(() => Audience, { defaultValue: Audience.PUBLIC })
  audience!: Audience;

  @Field(() => LocalizedInput)
  title!: LocalizedInput;

  @Field(() => String)
  validFrom!: string;

  @Field(() => String, { nullable: true })
  validTo?: string | null;

  @Field(() => Int, { nullable: true })
  freeUnderAge?: number | null;

  @Field(() => Int, { nullable: true })
  freeFromAge?: number | null;

  @Field(() => Boolean, { defaultValue: true })
  ageExemptionCoversMissedVisits!: boolean;

  @Field(() => Int)
  highCostLimitSek!: number;

  @Field(() => Int, { defaultValue: 12 })
  highCostPeriodMonths!: number;

  @Field(() => [FeeItemInput])
  items!: FeeItemInput[];
}
