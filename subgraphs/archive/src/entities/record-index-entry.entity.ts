import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * One archived record, with the 16 metadata fields of Norway's central archive register (001) and
 * where it is. ARCHIVE audience only: every query that returns one is guarded for archive staff and
 * writes an access-log entry; the type has no federation key, so `_entities` cannot reach it.
 */
@Entity("record_index_entry")
@Index(["personnummer"])
@Index(["patientName"])
@ObjectType({ description: "An archived record in the record index (archive staff only)." })
export class RecordIndexEntry {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => String, { description: "Arkivskapare: the body that created the archive." })
  @Column({ type: "varchar", length: 200 })
  archiveCreator!: string;

  @Field(() => String, { description: "The unit (clinic, ward, health centre)." })
  @Column({ type: "varchar", length: 200 })
  unit!: string;

  @Field(() => String, { description: "The enterprise (hospital, provider) the unit belonged to." })
  @Column({ type: "varchar", length: 200 })
  enterprise!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 20, nullable: true })
  organisationNumber!: string | null;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  patientName!: string;

  @Field(() => String, { nullable: true, description: "Twelve digits, where known." })
  @Column({ type: "varchar", length: 12, nullable: true })
  personnummer!: string | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"' })
  @Column({ type: "varchar", length: 10, nullable: true })
  birthDate!: string | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"' })
  @Column({ type: "varchar", length: 10, nullable: true })
  deathDate!: string | null;

  @Field(() => String, { nullable: true, description: "As recorded: K, M or blank." })
  @Column({ type: "varchar", length: 8, nullable: true })
  sex!: string | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"' })
  @Column({ type: "varchar", length: 10, nullable: true })
  firstContact!: string | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"' })
  @Column({ type: "varchar", length: 10, nullable: true })
  lastContact!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  remark!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 20, nullable: true })
  diagnosisCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  diagnosisText!: string | null;

  @Field(() => String, { nullable: true, description: "The code system of the diagnosis, e.g. ICD-10-SE, ICD-7." })
  @Column({ type: "varchar", length: 40, nullable: true })
  codeSystem!: string | null;

  @Field(() => String, { nullable: true, description: '"YYYY-MM-DD"' })
  @Column({ type: "varchar", length: 10, nullable: true })
  diagnosisDate!: string | null;

  @Field(() => String, { nullable: true, description: "The box (arkivkartong) the paper record is in." })
  @Column({ type: "varchar", length: 60, nullable: true })
  box!: string | null;

  @Field(() => String, { nullable: true, description: "The shelf the box stands on." })
  @Column({ type: "varchar", length: 60, nullable: true })
  shelf!: string | null;

  @Field(() => Boolean, { description: "Scanned: care staff read it in the record system, no box to fetch." })
  @Column({ type: "boolean" })
  scanned!: boolean;

  @Field(() => Boolean, { description: "Invented sample data." })
  @Column({ type: "boolean", default: false })
  sample!: boolean;
}
