import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { ReleaseStatus } from "./release-enums.js";

/** One line of a request's history: arrival, assignment, each step. Append-only. */
@Entity("release_request_event")
@Index(["requestId", "seq"], { unique: true })
@ObjectType({ description: "One step in a release request's history." })
export class ReleaseRequestEvent {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ type: "varchar", length: 36 })
  requestId!: string;

  /** 1, 2, 3 … within the request: the order steps were taken, even within one clock tick. */
  @Field(() => Int)
  @Column({ type: "integer" })
  seq!: number;

  @Field(() => Date)
  @Column({ type: Date })
  at!: Date;

  @Field(() => String, { description: "RECEIVED, ASSIGNED, UNASSIGNED or the step taken (ReleaseStep)." })
  @Column({ type: "varchar", length: 32 })
  action!: string;

  @Field(() => ReleaseStatus, { nullable: true })
  @Column({ type: "varchar", length: 16, nullable: true })
  fromStatus!: ReleaseStatus | null;

  @Field(() => ReleaseStatus)
  @Column({ type: "varchar", length: 16 })
  toStatus!: ReleaseStatus;

  /** Staff see who; a resident sees that the archive did it. */
  @Column({ type: "varchar", length: 128 })
  actorSubject!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note!: string | null;
}
