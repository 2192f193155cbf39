import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export enum RecordIndexAction {
  SEARCH = "SEARCH",
  VIEW = "VIEW",
}
registerEnumType(RecordIndexAction, { name: "RecordIndexAction" });

/** Who searched or viewed the record index, when, what, and why. Append-only; written before any row is returned. */
@Entity("record_index_access")
@Index(["atMs"])
@Index(["entryId"])
@ObjectType({ description: "One read of the record index: who, when, what and the purpose they gave." })
export class RecordIndexAccess {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => Date)
  @Column({ type: Date })
  at!: Date;

  /** The same instant in milliseconds: the log is listed newest first by it. 64-bit (PostgreSQL returns it as text). */
  @Column({ type: "bigint", transformer: { to: (value: number) => value, from: (value: string | number | null) => (value === null ? null : Number(value)) } })
  atMs!: number;

  @Field(() => String)
  @Column({ type: "varchar", length: 128 })
  actorSubject!: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 128 })
  actorRoles!: string;

  @Field(() => RecordIndexAction)
  @Column({ type: "varchar", length: 8 })
  action!: RecordIndexAction;

  @Field(() => String, { description: "The search criteria (JSON) or the entry viewed." })
  @Column({ type: "text" })
  criteria!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: "varchar", length: 36, nullable: true })
  entryId!: string | null;

  @Field(() => Int, { description: "How many entries the search matched (1 for a view)." })
  @Column({ type: "integer" })
  resultCount!: number;

  @Field(() => String)
  @Column({ type: "text" })
  purpose!: string;
}
