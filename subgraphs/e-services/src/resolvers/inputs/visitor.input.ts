import { Field, InputType, Int } from "type-graphql";

@InputType({ description: "What the visitor says about themselves; leave out what they did not say." })
export class VisitorInput {
  @Field(() => Int, { nullable: true, description: "Age in whole years, 0–130." })
  age?: number | null;

  @Field(() => String, { nullable: true, description: "The municipality the visitor lives in, e.g. Kalix (any case)." })
  municipality?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the visitor has an e-ID." })
  hasEid?: boolean | null;
}
