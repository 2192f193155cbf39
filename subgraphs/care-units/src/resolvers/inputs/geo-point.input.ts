import { Field, Float, InputType } from "type-graphql";

@InputType({ description: "A point in WGS 84 degrees: latitude -90…90, longitude -180…180." })
export class GeoPointInput {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lon!: number;
}
