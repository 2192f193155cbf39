import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export enum CheckInPayment {
  CARD = "CARD",
  INVOICE = "INVOICE",
  FREE = "FREE",
}
registerEnumType(CheckInPayment, {
  name: "CheckInPayment",
  description: "How the visit's fee is paid.",
  valuesConfig: {
    CARD: { description: "By card, through the payment provider." },
    INVOICE: { description: "An invoice, with a reference number." },
    FREE: { description: "Nothing to pay: a free visit, an age exemption or a frikort." },
  },
});

export enum CheckInStatus {
  PENDING = "PENDING",
  COMPLETED = "COMPLETED",
}
registerEnumType(CheckInStatus, { name: "CheckInStatus" });

/**
 * One check-in per appointment (unique): a repeated or concurrent check-in finds this row and
 * resumes or returns it, and its id is the reference of the payment in the fees ledger.
 */
@Entity("check_in")
@Index(["appointmentId"], { unique: true })
@ObjectType({ description: "A check-in and its receipt." })
export class CheckIn {
  @Field(() => ID, { description: "Also the receipt's number and the payment's reference." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 36 })
  appointmentId!: string;

  @Field(() => CheckInStatus)
  @Column({ type: "varchar", length: 16 })
  status!: CheckInStatus;

  @Field(() => CheckInPayment)
  @Column({ type: "varchar", length: 16 })
  payment!: CheckInPayment;

  @Field(() => Int, { description: "What the fee rules gave, in kronor." })
  @Column({ type: "integer" })
  amountSek!: number;

  @Field(() => String, { description: "Why the amount is what it is, in Swedish." })
  @Column({ type: "text" })
  explanationSv!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  explanationEn!: string | null;

  @Field(() => String, { nullable: true, description: "The invoice's reference number (OCR)." })
  @Column({ type: "varchar", length: 32, nullable: true })
  invoiceReference!: string | null;

  @Field(() => String, { nullable: true, description: "Which payment provider took a card payment." })
  @Column({ type: "varchar", length: 64, nullable: true })
  provider!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 128, nullable: true })
  providerReference!: string | null;

  @Field(() => Boolean, { description: "False when the provider only recorded the payment (the local provider)." })
  @Column({ type: "boolean", default: false })
  charged!: boolean;

  @Column({ type: "varchar", length: 128 })
  checkedInBy!: string;

  @Field(() => Date)
  @Column({ type: Date })
  checkedInAt!: Date;
}
