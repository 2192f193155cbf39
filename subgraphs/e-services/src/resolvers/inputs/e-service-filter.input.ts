import { Field, InputType, Int } from "type-graphql";
import { EServiceChannel } from "../../entities/e-service-channel.js";

@InputType()
export class EServiceFilter {
  @Field(() => EServiceChannel, { nullable: true })
  channel?: EServiceChannel | null;

  @Field(() => String, { nullable: true, description: "The owning region, e.g. Norrbotten." })
  region?: string | null;

  @Field(() => String, { nullable: true, description: "Only services offered to someone living here, e.g. Kalix (any case)." })
  municipality?: string | null;

  @Field(() => Int, { nullable: true, description: "Only services for someone of this age, in whole years (0–130)." })
  age?: number | null;
}
