import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A visit to quote: give the patient's date of birth or personnummer, one of them." })
export class FeeQuoteInput {
  @Field(() => String, { description: 'The region whose fees apply, e.g. "Norrbotten".' })
  region!: string;

  @Field(() => String, { description: "A visit kind code of the schedule in force on the visit day, e.g. HEALTH_CENTRE_VISIT." })
  visitKind!: string;

  @Field(() => String, { description: '"YYYY-MM-DD": the schedule in force that day applies, and the age is taken that day.' })
  visitDate!: string;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"; leave out when giving a personnummer.' })
  birthDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Instead of the date of birth. A logged-in resident's own number also applies their high-cost account.",
  })
  personnummer?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "The visit was booked and missed without cancelling." })
  missed!: boolean;
}

@InputType({ description: "A fee paid for a visit: the amount comes from the fee rules, never from the caller." })
export class RecordFeePaymentInput {
  @Field(() => String)
  region!: string;

  @Field(() => String, { description: "In any form people write it." })
  personnummer!: string;

  @Field(() => String)
  visitKind!: string;

  @Field(() => String, { description: '"YYYY-MM-DD", today or earlier: the day high-cost protection counts the payment on.' })
  visitDate!: string;

  @Field(() => Boolean, { defaultValue: false })
  missed!: boolean;

  @Field(() => ID, { nullable: true })
  careUnitId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Your own reference for the visit (e.g. an appointment id): recording the same reference again records nothing more.",
  })
  reference?: string | null;
}
