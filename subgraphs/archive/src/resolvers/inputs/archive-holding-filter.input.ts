import { Field, InputType } from "type-graphql";
import { HoldingKind } from "../../entities/holding-kind.js";

@InputType()
export class ArchiveHoldingFilter {
  @Field(() => Boolean, { nullable: true, description: "True: what the archive keeps; false: what it does not keep." })
  held?: boolean | null;

  @Field(() => HoldingKind, { nullable: true })
  kind?: HoldingKind | null;
}
