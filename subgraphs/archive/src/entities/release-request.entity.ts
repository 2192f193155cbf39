import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DeliveryChannel, HarmDecision, IncomingChannel, LegalBasis, ReleaseStatus, RequestSubject } from "./release-enums.js";

/**
 * A request for a copy of a record (utlämnande). Personal data: read only by the person who made it
 * (matched on personnummer in the SQL) and by archive staff; never logged, never in an error message.
 */
@Entity("release_request")
@Index(["referenceNumber"], { unique: true })
@Index(["submitterPersonnummer"])
@Index(["status", "referenceNumber"])
@ObjectType({ description: "A request for a copy of a record, and where the archive's work on it stands." })
export class ReleaseRequest {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => String, { description: 'What the resident quotes, e.g. "ARK-2026-00012"; sorts in order of arrival.' })
  @Column({ type: "varchar", length: 20 })
  referenceNumber!: string;

  @Field(() => ReleaseStatus)
  @Column({ type: "varchar", length: 16 })
  status!: ReleaseStatus;

  @Field(() => String, { description: 'The day it arrived, "YYYY-MM-DD", Swedish time.' })
  @Column({ type: "varchar", length: 10 })
  receivedOn!: string;

  @Field(() => Date)
  @Column({ type: Date })
  receivedAt!: Date;

  @Field(() => IncomingChannel)
  @Column({ type: "varchar", length: 16 })
  incomingChannel!: IncomingChannel;

  /** Whoever submitted it; a resident reads only their own. */
  @Column({ type: "varchar", length: 12 })
  submitterPersonnummer!: string;

  @Column({ type: "varchar", length: 128 })
  submitterSubject!: string;

  @Field(() => RequestSubject)
  @Column({ type: "varchar", length: 16 })
  subject!: RequestSubject;

  @Field(() => String, { description: "The patient whose record is asked for: twelve digits." })
  @Column({ type: "varchar", length: 12 })
  patientPersonnummer!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  patientName!: string | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"' })
  @Column({ type: "varchar", length: 10, nullable: true })
  periodFrom!: string | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"' })
  @Column({ type: "varchar", length: 10, nullable: true })
  periodTo!: string | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"' })
  @Column({ type: "varchar", length: 10, nullable: true })
  injuryDate!: string | null;

  @Field(() => String)
  @Column({ type: "text" })
  injuryOrCause!: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  careUnit!: string;

  @Field(() => LegalBasis)
  @Column({ type: "varchar", length: 32 })
  legalBasis!: LegalBasis;

  @Field(() => String, { nullable: true, description: "Anything more the requester needs or wants to say." })
  @Column({ type: "text", nullable: true })
  otherInformation!: string | null;

  @Field(() => DeliveryChannel, { description: "The delivery the requester wants." })
  @Column({ type: "varchar", length: 16 })
  deliveryWanted!: DeliveryChannel;

  @Column({ type: "varchar", length: 128, nullable: true })
  assigneeSubject!: string | null;

  @Field(() => String, { nullable: true, description: "The archive staff member handling it." })
  @Column({ type: "varchar", length: 200, nullable: true })
  assigneeName!: string | null;

  @Field(() => HarmDecision, { nullable: true })
  @Column({ type: "varchar", length: 16, nullable: true })
  harmDecision!: HarmDecision | null;

  @Field(() => String, { nullable: true, description: "Why: the grounds of the harm assessment." })
  @Column({ type: "text", nullable: true })
  harmReasons!: string | null;

  @Field(() => String, { nullable: true, description: "A refusal's decision, with how to appeal it." })
  @Column({ type: "text", nullable: true })
  decisionText!: string | null;

  @Field(() => DeliveryChannel, { nullable: true })
  @Column({ type: "varchar", length: 16, nullable: true })
  sentChannel!: DeliveryChannel | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"' })
  @Column({ type: "varchar", length: 10, nullable: true })
  sentOn!: string | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"' })
  @Column({ type: "varchar", length: 10, nullable: true })
  invoicedOn!: string | null;

  /** Invented sample data for the local portal (statistics, the queue), not a real request. */
  @Field(() => Boolean, { description: "Invented sample data, not a real request." })
  @Column({ type: "boolean", default: false })
  sample!: boolean;

  @Field(() => Date)
  @Column({ type: Date })
  updatedAt!: Date;
}
