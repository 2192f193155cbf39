import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * The working copy of one content item (decision 019): what an editor is changing, while readers keep
 * reading the item's own row. At most one per item; publishing applies it to the row and deletes it.
 */
@Entity("editorial_draft")
@Index(["scheduledPublishAt"])
export class EditorialDraft {
  @PrimaryColumn({ type: "varchar", length: 64 })
  entityType!: string;

  @PrimaryColumn({ type: "varchar", length: 36 })
  entityId!: string;

  /** The values as JSON: the type's fields plus audience and region. */
  @Column({ type: "text" })
  values!: string;

  /** Copied from values for the admin list's sort, filters and search. */
  @Column({ type: "text" })
  title!: string;

  @Column({ type: "varchar", length: 16 })
  audience!: string;

  @Column({ type: "varchar", length: 64 })
  region!: string;

  /** The item's version while this copy exists; every change checks and bumps it. */
  @Column({ type: "integer" })
  version!: number;

  /** DRAFT or IN_REVIEW. */
  @Column({ type: "varchar", length: 16 })
  status!: string;

  @Column({ type: Date, nullable: true })
  scheduledPublishAt!: Date | null;

  @Column({ type: Date, nullable: true })
  unpublishAt!: Date | null;

  @Column({ type: "varchar", length: 128 })
  updatedBy!: string;

  @Column({ type: Date })
  updatedAt!: Date;
}
