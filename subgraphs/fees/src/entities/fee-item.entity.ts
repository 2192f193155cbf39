import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Localized } from "@vardportal/kit";
import { CareUnitKind } from "./care-unit-kind.js";
import { FeeSchedule } from "./fee-schedule.entity.js";

/** One line of a schedule: what a kind of visit costs. Belongs to its schedule and goes with it. */
@Entity("fee_item")
@ObjectType({ description: "What one kind of visit costs under a fee schedule." })
@Index(["scheduleId", "visitKind"], { unique: true })
export class FeeItem {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 36 })
  scheduleId!: string;

  @ManyToOne(() => FeeSchedule, (schedule) => schedule.items, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "scheduleId" })
  schedule!: FeeSchedule;

  /** The order the lines are shown in, as the editor arranged them. */
  @Column({ type: "integer" })
  position!: number;

  @Field(() => String, {
    description:
      "A code the editor chooses (decision 009), e.g. HEALTH_CENTRE_VISIT, SPECIALIST_VISIT, REMOTE_VISIT, DIGITAL_CHAT; MISSED_VISIT is the fee for a booked visit missed without cancelling.",
  })
  @Column({ type: "varchar", length: 32 })
  visitKind!: string;

  @Field(() => Localized)
  @Column(() => Localized)
  label!: Localized;

  @Field(() => Int)
  @Column({ type: "integer" })
  amountSek!: number;

  @Field(() => Boolean, { description: "Whether what is paid counts towards the high-cost protection limit." })
  @Column({ type: "boolean" })
  countsTowardsHighCost!: boolean;

  @Field(() => Boolean, { description: "Whether missing this kind of visit without cancelling costs the schedule's MISSED_VISIT fee." })
  @Column({ type: "boolean", default: false })
  chargedWhenMissed!: boolean;

  @Field(() => [CareUnitKind], { description: "The kinds of care unit where the line applies; none for a service not given at a unit (a chat)." })
  @Column({ type: "simple-array", default: "" })
  unitKinds!: string[];
}
