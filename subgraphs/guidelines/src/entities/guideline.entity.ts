import { Directive, Field, ObjectType } from "type-graphql";
import { BeforeInsert, Column, Entity, Index } from "typeorm";
import { Audience, ContentEntity, Localized, OptionalLocalized, presentOrNull } from "@vardportal/kit";
import { GuidelineCategory } from "./guideline-category.js";
import { GuidelineContact, GuidelineForm } from "./guideline-links.js";

/**
 * A piece of guidance, mostly for care staff ("Journalen via nätet", sealing, blocking, locking);
 * a few are written for residents and published with audience PUBLIC.
 */
@Entity("guideline")
@ObjectType({ description: "Guidance on journal access and related routines. Most are for staff; a few are public." })
@Directive('@key(fields: "id")')
@Index(["slug"], { unique: true })
@Index(["category"])
export class Guideline extends ContentEntity {
  @Field(() => String, { description: "The guideline's address in the portal, e.g. blockera-vardnadshavare-skane." })
  @Column({ type: "varchar", length: 128 })
  slug!: string;

  @Field(() => Localized)
  @Column(() => Localized)
  title!: Localized;

  @Field(() => Localized, { description: "One or two sentences shown in lists." })
  @Column(() => Localized)
  summary!: Localized;

  @Field(() => Localized, { description: "Markdown source; the portal renders it." })
  @Column(() => Localized)
  body!: Localized;

  @Column(() => OptionalLocalized, { prefix: "easyToRead" })
  easyToReadText!: OptionalLocalized;

  @Field(() => Localized, {
    nullable: true,
    description:
      "An easy-to-read summary (lättläst: short sentences, common words), at most 1 200 characters per language; null where none is written. Plain text, not Markdown: an empty line starts a new paragraph, a single line break is kept.",
  })
  get easyToRead(): Localized | null {
    return presentOrNull(this.easyToReadText);
  }

  @Field(() => GuidelineCategory)
  @Column({ type: "varchar", length: 32 })
  category!: GuidelineCategory;

  @Field(() => String, { description: "The unit responsible for keeping the guideline correct." })
  @Column({ type: "varchar", length: 200 })
  owner!: string;

  @Field(() => String, { nullable: true, description: "When the owner last checked the content, YYYY-MM-DD." })
  @Column({ type: "varchar", length: 10, nullable: true })
  lastReviewed!: string | null;

  @Field(() => String, { nullable: true, description: "When the content is next due for review, YYYY-MM-DD." })
  @Column({ type: "varchar", length: 10, nullable: true })
  reviewDue!: string | null;

  @Field(() => [GuidelineForm], { description: "Forms the routine uses, in the order they are needed." })
  @Column({ type: "simple-json", default: "[]" })
  relatedForms!: GuidelineForm[];

  @Field(() => [GuidelineContact], { description: "Who to call about the routine." })
  @Column({ type: "simple-json", default: "[]" })
  contactRoutes!: GuidelineContact[];

  /**
   * Guidance is for staff unless an editor says otherwise. The table's column default is the kit's
   * PUBLIC, so an insert that names no audience is made STAFF here rather than published to everyone.
   */
  @BeforeInsert()
  protected defaultToStaff(): void {
    if (!this.audience) this.audience = Audience.STAFF;
  }
}
