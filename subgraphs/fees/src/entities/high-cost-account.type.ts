import { Field, Int, ObjectType } from "type-graphql";
import { Connection } from "@vardportal/kit";
import { HighCostPayment } from "./high-cost-payment.entity.js";

@ObjectType({ description: "An exemption card: no patient fee that counts towards the limit is paid while it is valid." })
export class Frikort {
  @Field(() => String, { description: "The day the limit was reached." })
  validFrom!: string;

  @Field(() => String, { description: "The last day of the high-cost period, included." })
  validUntil!: string;
}

@ObjectType("HighCostPeriod", { description: "A high-cost protection period: from the first counting payment, for the schedule's number of months." })
export class HighCostPeriodView {
  @Field(() => String)
  startsOn!: string;

  @Field(() => String, { description: "The period's last day, included." })
  endsOn!: string;

  @Field(() => Int)
  limitSek!: number;

  @Field(() => Int, { description: "What has counted towards the limit in the period." })
  paidSek!: number;

  @Field(() => Int)
  remainingSek!: number;

  @Field(() => Frikort, { nullable: true, description: "Null until the limit is reached." })
  frikort!: Frikort | null;

  @Field(() => [HighCostPayment], { description: "The payments made in the period, oldest first, those that do not count included." })
  payments!: HighCostPayment[];
}

export const HighCostPaymentConnection = Connection(HighCostPayment, "HighCostPayment");

@ObjectType({ description: "A resident's high-cost protection in a region. Personal data: the resident's own, or for staff." })
export class HighCostAccount {
  @Field(() => String)
  region!: string;

  @Field(() => String, { description: "Twelve digits." })
  personnummer!: string;

  @Field(() => String, { description: 'The day the account is shown for: today in Sweden, "YYYY-MM-DD".' })
  asOf!: string;

  @Field(() => Int, { description: "The limit of the current period, or of the schedule in force today when no period is open." })
  limitSek!: number;

  @Field(() => Int)
  periodMonths!: number;

  @Field(() => HighCostPeriodView, { nullable: true, description: "The period open today; null when none is (no counting payment in the last period)." })
  currentPeriod!: HighCostPeriodView | null;
}
