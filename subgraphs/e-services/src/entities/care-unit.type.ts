import { Directive, Field, ID, ObjectType } from "type-graphql";
import { EService } from "./e-service.entity.js";

/** The care-units subgraph owns CareUnit; this subgraph adds the e-services a unit offers. */
@ObjectType("CareUnit")
@Directive('@key(fields: "id")')
export class CareUnitEServices {
  @Field(() => ID)
  id!: string;

  @Field(() => [EService], {
    nullable: true,
    description: "The e-services this unit offers that the viewer may read, by Swedish name. Null only beside an error, so a failure here leaves the care unit intact.",
  })
  eServices?: EService[] | null;
}
