import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Weekday } from "../rules/stockholm-time.js";
import { CareUnit } from "./care-unit.entity.js";

/**
 * One span of a unit's regular week. Times are minutes after the weekday's midnight on a Swedish wall
 * clock; `closes` may pass 1440 when the span runs into the next morning (see rules/opening-hours.ts).
 * Stored as numbers so "open at" is a comparison in SQL.
 */
@Entity("care_unit_opening_span")
@Index(["unitId", "weekday"])
export class WeeklySpanRow {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 36 })
  unitId!: string;

  @ManyToOne(() => CareUnit, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "unitId" })
  unit!: CareUnit;

  /** ISO weekday, 1 Monday … 7 Sunday. */
  @Column({ type: "integer" })
  weekday!: Weekday;

  @Column({ type: "integer" })
  opens!: number;

  @Column({ type: "integer" })
  closes!: number;
}
