import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * A fee a resident has paid, as high-cost protection counts it. Personal data: read only through
 * the account queries (the resident's own, or staff's), never logged, never in an error message.
 */
@Entity("high_cost_payment")
@Index(["region", "personnummer", "paidOn"])
@Index(["reference"], { unique: true })
@ObjectType({ description: "A patient fee paid, as high-cost protection counts it." })
export class HighCostPayment {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  /** High-cost protection is per region: payments in one region count there only. */
  @Column({ type: "varchar", length: 64 })
  region!: string;

  /** Twelve digits. Not a field: the account it belongs to carries it. */
  @Column({ type: "varchar", length: 12 })
  personnummer!: string;

  @Field(() => String, { description: 'The day of the visit the fee was paid for, "YYYY-MM-DD": the day high-cost protection counts it on.' })
  @Column({ type: "varchar", length: 10 })
  paidOn!: string;

  @Field(() => Int)
  @Column({ type: "integer" })
  amountSek!: number;

  @Field(() => String, { description: "The visit kind code of the schedule line paid for." })
  @Column({ type: "varchar", length: 32 })
  visitKind!: string;

  @Field(() => Boolean, { description: "A missed visit's fee: it never counts towards the limit." })
  @Column({ type: "boolean" })
  missed!: boolean;

  @Field(() => Boolean)
  @Column({ type: "boolean" })
  countsTowardsHighCost!: boolean;

  @Field(() => ID, { nullable: true, description: "The care unit the visit was at, when known." })
  @Column({ type: "varchar", length: 64, nullable: true })
  careUnitId!: string | null;

  @Field(() => String, { nullable: true, description: "The recording system's own reference (e.g. an appointment); one payment per reference." })
  @Column({ type: "varchar", length: 100, nullable: true })
  reference!: string | null;

  /** The subject of whoever recorded it ("seed" for sample data). */
  @Column({ type: "varchar", length: 128 })
  recordedBy!: string;

  @Field(() => Boolean, { description: "Invented sample data for the local portal, not a real payment." })
  @Column({ type: "boolean", default: false })
  sample!: boolean;

  @Field(() => Date)
  @CreateDateColumn({ type: Date })
  recordedAt!: Date;
}
