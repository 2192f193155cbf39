import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Weekday } from "../rules/stockholm-time.js";
import { HoursExceptionRow } from "./hours-exception.entity.js";

/** A span of an exception: on one weekday of its period, or on every day of it when `weekday` is null. */
@Entity("care_unit_exception_span")
@Index(["exceptionId"])
export class ExceptionSpanRow {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  exceptionId!: number;

  @ManyToOne(() => HoursExceptionRow, (exception) => exception.spans, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "exceptionId" })
  exception!: HoursExceptionRow;

  @Column({ type: "integer", nullable: true })
  weekday!: Weekday | null;

  @Column({ type: "integer" })
  opens!: number;

  @Column({ type: "integer" })
  closes!: number;
}
