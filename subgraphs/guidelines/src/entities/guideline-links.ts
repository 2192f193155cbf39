import { Field, ObjectType } from "type-graphql";

/** A form a routine uses (often inside the record system rather than on the web), and where it goes. */
@ObjectType({ description: "A form that a guideline's routine uses." })
export class GuidelineForm {
  @Field(() => String, { description: "The form's name as staff know it, e.g. Försegling av journalen." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Where to find it, e.g. among the record system's forms." })
  whereToFind!: string | null;

  @Field(() => String, { nullable: true, description: "Who carries it out once filled in and signed." })
  sendTo!: string | null;
}

/** A way to reach the people who carry out or answer for a routine. */
@ObjectType({ description: "A contact route for a guideline's routine." })
export class GuidelineContact {
  @Field(() => String, { description: "Who answers, e.g. VIS-Supporten." })
  label!: string;

  @Field(() => String, { nullable: true, description: "A phone number, with any menu choice in `note`." })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: "When it answers, e.g. weekdays 08–16." })
  hours!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
