import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export type SmsNoticeStatus = "PENDING" | "SENT" | "FAILED";

/**
 * The SMS outbox: one reminder per appointment (unique), due two hours before it. A sender claims a
 * row in the UPDATE itself (`claimedBy` set only where it was null), so two schedulers never send one twice.
 */
@Entity("sms_notice")
@Index(["appointmentId"], { unique: true })
@Index(["status", "dueAt"])
export class SmsNotice {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ type: "varchar", length: 36 })
  appointmentId!: string;

  @Column({ type: "varchar", length: 20 })
  toNumber!: string;

  @Column({ type: "text" })
  body!: string;

  @Column({ type: Date })
  dueAt!: Date;

  @Column({ type: "varchar", length: 16 })
  status!: SmsNoticeStatus;

  @Column({ type: "varchar", length: 64, nullable: true })
  claimedBy!: string | null;

  @Column({ type: Date, nullable: true })
  sentAt!: Date | null;
}
