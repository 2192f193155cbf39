import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * A file a resident uploaded (a power of attorney, a consent, a court order). The bytes are in
 * `release_attachment_content` (not loaded with this row; `attachments/attachment-content.ts`), or, for one
 * uploaded before they moved into the database, under `$DATA_DIR/archive-attachments/<id>`. The name is only
 * what the uploader called it.
 */
@Entity("release_attachment")
@Index(["uploaderPersonnummer"])
@Index(["requestId"])
@ObjectType({ description: "A file attached to a release request." })
export class ReleaseAttachment {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ type: "varchar", length: 12 })
  uploaderPersonnummer!: string;

  @Column({ type: "varchar", length: 128 })
  uploaderSubject!: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  requestId!: string | null;

  @Field(() => String, { description: "What the uploader called it." })
  @Column({ type: "varchar", length: 200 })
  fileName!: string;

  @Field(() => String, { description: "The type found in the content: application/pdf, image/jpeg or image/png." })
  @Column({ type: "varchar", length: 64 })
  mediaType!: string;

  @Field(() => Int)
  @Column({ type: "integer" })
  sizeBytes!: number;

  @Field(() => Date)
  @Column({ type: Date })
  uploadedAt!: Date;
}
