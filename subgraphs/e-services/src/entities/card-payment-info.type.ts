import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Who takes card payments at check-in, and whether money is actually drawn." })
export class CardPaymentInfo {
  @Field(() => String, { description: 'The name of the provider, e.g. "local".' })
  provider!: string;

  @Field(() => Boolean, { description: "False for the built-in local provider: it records the payment and charges nothing." })
  charges!: boolean;
}
