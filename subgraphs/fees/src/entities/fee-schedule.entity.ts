import { Directive, Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, OneToMany } from "typeorm";
import { ContentEntity, Localized } from "@vardportal/kit";
import { FeeItem } from "./fee-item.entity.js";

/**
 * A region's patient fees for a period. Editors add a new schedule when fees change; old ones
 * stay, so a question about an old date gets the fees that applied then. The published schedules of
 * a region never overlap (decision 009).
 */
@Entity("fee_schedule")
@ObjectType({ description: "A region's patient fees and high-cost protection for a period." })
@Directive('@key(fields: "id")')
export class FeeSchedule extends ContentEntity {
  @Field(() => Localized)
  @Column(() => Localized)
  title!: Localized;

  @Field(() => String, { description: 'The first day the schedule applies, "YYYY-MM-DD" (Swedish calendar date).' })
  @Column({ type: "varchar", length: 10 })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'The last day it applies, "YYYY-MM-DD"; null until further notice.' })
  @Column({ type: "varchar", length: 10, nullable: true })
  validTo!: string | null;

  @Field(() => Int, { nullable: true, description: "Care is free for patients younger than this; null when there is no such age." })
  @Column({ type: "integer", nullable: true })
  freeUnderAge!: number | null;

  @Field(() => Int, { nullable: true, description: "Care is free for patients this old or older (e.g. 85); null when there is no such age." })
  @Column({ type: "integer", nullable: true })
  freeFromAge!: number | null;

  @Field(() => Boolean, { description: "Whether the age exemptions also waive the fee for a missed visit." })
  @Column({ type: "boolean", default: true })
  ageExemptionCoversMissedVisits!: boolean;

  @Field(() => Int, { description: "High-cost protection: once a patient has paid this much within the period, further visits are free." })
  @Column({ type: "integer" })
  highCostLimitSek!: number;

  @Field(() => Int, { description: "The length of the high-cost protection period, counted from the first paid visit." })
  @Column({ type: "integer", default: 12 })
  highCostPeriodMonths!: number;

  @Field(() => [FeeItem])
  @OneToMany(() => FeeItem, (item) => item.schedule)
  items!: FeeItem[];
}
