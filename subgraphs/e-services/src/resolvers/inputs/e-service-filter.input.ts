import { Field, InputType } from "type-graphql";
import { EServiceChannel } from "../../entities/e-service-channel.js";

@InputType()
export class EServiceFilter {
  @Field(() => EServiceChannel, { nullable: true })
  channel?: EServiceChannel | null;

  @Field(() => String, { nullable: true, description: "The owning region, e.g. Norrbotten." })
  region?: string | null;
}
