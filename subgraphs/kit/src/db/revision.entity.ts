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

  /** 1, 2, 3 … per item (decision 019); revisions from before it were numbered by the migration. */
  @Column({ type: "integer", nullable: true })
  number!: number | null;

  /** What the editorial engine did (SAVE, PUBLISH, …); null for revisions ContentStore wrote. */
  @Column({ type: "varchar", length: 16, nullable: true })
  action!: string | null;

  /** The item's status after this revision. */
  @Column({ type: "varchar", length: 16, nullable: true })
  status!: string | null;

  @Column({ type: "boolean", default: false })
  autosave!: boolean;

  /** When, by the request's clock (injectable in tests); createdAt is the database's. */
  @Column({ type: Date, nullable: true })
  recordedAt!: Date | null;
}
