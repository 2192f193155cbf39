import { Field, Int, ObjectType } from "type-graphql";
import { Localized } from "@vardportal/kit";

@ObjectType({ description: "What checking in will cost, from the fee rules with the patient's high-cost account applied." })
export class VisitFee {
  @Field(() => Int, { description: "In kronor; 0 when the visit is free (age, a free kind of visit, or a frikort)." })
  amountSek!: number;

  @Field(() => Boolean, { description: "Nothing to pay: check in without paying." })
  free!: boolean;

  @Field(() => Localized, { description: "Why the amount is what it is." })
  explanation!: Localized;
}
