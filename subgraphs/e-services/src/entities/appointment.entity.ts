import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export enum VisitMode {
  PHYSICAL = "PHYSICAL",
  VIDEO = "VIDEO",
}
registerEnumType(VisitMode, { name: "VisitMode", description: "Whether the patient comes to the unit or meets it by video." });

/**
 * A booked visit. Personal data: read only by the patient, their guardian while the patient is under
 * 13, and care staff; never logged.
 */
@Entity("appointment")
@Index(["patientPersonnummer", "startsAt"])
@Index(["startsAt"])
@ObjectType({ description: "A booked visit." })
export class Appointment {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => String, { description: "The region whose check-in rules and fees apply." })
  @Column({ type: "varchar", length: 64 })
  region!: string;

  @Column({ type: "varchar", length: 12 })
  patientPersonnummer!: string;

  @Field(() => String, { description: "The patient's name as booked." })
  @Column({ type: "varchar", length: 128 })
  patientName!: string;

  @Field(() => String, { description: "The care unit's id (CareUnit.id)." })
  @Column({ type: "varchar", length: 64 })
  careUnitId!: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  careUnitName!: string;

  @Field(() => String, { description: "A visit-kind code of the fee schedule, e.g. HEALTH_CENTRE_VISIT." })
  @Column({ type: "varchar", length: 32 })
  visitKind!: string;

  @Field(() => Date)
  @Column({ type: Date })
  startsAt!: Date;

  @Field(() => VisitMode)
  @Column({ type: "varchar", length: 16 })
  mode!: VisitMode;

  @Field(() => Boolean, { description: "Whether the patient agreed to an SMS reminder." })
  @Column({ type: "boolean" })
  smsConsent!: boolean;

  @Column({ type: "varchar", length: 20, nullable: true })
  smsNumber!: string | null;

  @Column({ type: "varchar", length: 128 })
  createdBy!: string;

  @Field(() => Boolean, { description: "Invented sample data for local use." })
  @Column({ type: "boolean", default: false })
  sample!: boolean;
}
