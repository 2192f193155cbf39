import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from "typeorm";
import { Localized } from "@vardportal/kit";
import { CareUnit } from "./care-unit.entity.js";
import { ExceptionSpanRow } from "./exception-span.entity.js";

/**
 * A date or a period when a unit keeps other hours than its regular week: summer hours, a closed
 * day, special hours on Christmas Eve. No spans means closed for the whole period.
 */
@Entity("care_unit_hours_exception")
@Index(["unitId", "fromDate"])
export class HoursExceptionRow {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 36 })
  unitId!: string;

  @ManyToOne(() => CareUnit, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "unitId" })
  unit!: CareUnit;

  /** The first and last day, "YYYY-MM-DD", both included; the same day for a single date. */
  @Column({ type: "varchar", length: 10 })
  fromDate!: string;

  @Column({ type: "varchar", length: 10 })
  toDate!: string;

  /** What residents read, e.g. "Sommartider" or "Stängt för utbildning". */
  @Column(() => Localized)
  label!: Localized;

  @OneToMany(() => ExceptionSpanRow, (span) => span.exception)
  spans!: ExceptionSpanRow[];
}
