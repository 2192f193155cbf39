import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** Every save of a content item: who, when, and the whole item as it was after the save. */
@Entity("revision")
@Index(["entityType", "entityId", "version"], { unique: true })
export class Revision {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 64 })
  entityType!: string;

  @Column({ type: "varchar", length: 36 })
  entityId!: string;

  @Column({ type: "integer" })
  version!: number;

  @Column({ type: "text" })
  snapshot!: string;

  @Column({ type: "text", default: "[]" })
  changedFields!: string;

  @Column({ type: "varchar", length: 128 })
  authorSubject!: string;

  @CreateDateColumn({ type: Date })
  createdAt!: Date;
}
