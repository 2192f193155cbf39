import { Field, InputType } from "type-graphql";
import { MaxLength } from "class-validator";
import { CareUnitKind } from "../../entities/care-unit-kind.js";

@InputType({ description: "All given conditions must hold." })
export class CareUnitFilter {
  @Field(() => String, { nullable: true, description: "Part of the unit's name, municipality or address, in any letter case." })
  @MaxLength(100)
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'The owning region, e.g. "Norrbotten".' })
  @MaxLength(64)
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'The municipality, e.g. "Luleå".' })
  @MaxLength(64)
  municipality?: string | null;

  @Field(() => CareUnitKind, { nullable: true })
  kind?: CareUnitKind | null;

  @Field(() => Date, {
    nullable: true,
    description: "Only units open at this instant: their hours on that Swedish date, exceptions and public holidays applied, and the night before's hours that run past midnight.",
  })
  openAt?: Date | null;
}
