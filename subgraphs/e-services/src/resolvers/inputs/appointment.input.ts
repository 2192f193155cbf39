import { Field, InputType } from "type-graphql";
import { VisitMode } from "../../entities/appointment.entity.js";

@InputType({ description: "A visit staff book for a patient." })
export class CreateAppointmentInput {
  @Field(() => String)
  region!: string;

  @Field(() => String, { description: "Twelve digits (or ten, or with a hyphen)." })
  patientPersonnummer!: string;

  @Field(() => String)
  patientName!: string;

  @Field(() => String)
  careUnitId!: string;

  @Field(() => String)
  careUnitName!: string;

  @Field(() => String, { description: "A visit-kind code of the fee schedule." })
  visitKind!: string;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => VisitMode)
  mode!: VisitMode;

  @Field(() => Boolean)
  smsConsent!: boolean;

  @Field(() => String, { nullable: true })
  smsNumber?: string | null;
}
