import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** Append-only: every change, and every read of a personal record. */
@Entity("audit_entry")
@Index(["entityType", "entityId"])
@Index(["at"])
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @CreateDateColumn({ type: Date })
  at!: Date;

  @Column({ type: "varchar", length: 128 })
  actorSubject!: string;

  @Column({ type: "varchar", length: 128 })
  actorRoles!: string;

  @Column({ type: "varchar", length: 32 })
  action!: string;

  @Column({ type: "varchar", length: 64 })
  entityType!: string;

  @Column({ type: "varchar", length: 36 })
  entityId!: string;

  @Column({ type: "text", nullable: true })
  before!: string | null;

  @Column({ type: "text", nullable: true })
  after!: string | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  requestId!: string | null;
}
