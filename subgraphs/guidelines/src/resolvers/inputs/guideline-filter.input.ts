import { Field, InputType } from "type-graphql";
import { GuidelineCategory } from "../../entities/guideline-category.js";

@InputType({ description: "Every given field narrows the list; an empty filter lists every guideline the viewer may read." })
export class GuidelineFilter {
  @Field(() => GuidelineCategory, { nullable: true })
  category?: GuidelineCategory | null;

  @Field(() => String, { nullable: true, description: "The owning region, exactly as stored, e.g. Skåne." })
  region?: string | null;
}
