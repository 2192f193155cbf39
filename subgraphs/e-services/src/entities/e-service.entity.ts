import { Directive, Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { ContentEntity, Localized, OptionalLocalized, presentOrNull } from "@vardportal/kit";
import type { StaffedSpan } from "../rules/staffed-hours.js";
import { EServiceChannel } from "./e-service-channel.js";
import { StaffedHoursSpan, toStaffedHoursSpan } from "./staffed-hours-span.type.js";

/**
 * One digital way into care (1177's e-services, Digitalen, an app...). Ages are whole years and
 * inclusive; a limit that is not a whole number of years (Digitalen's "from 6 months") is left
 * null and stated in `eligibility`, so no reader is told a rounded age.
 */
@Entity("e_service")
@ObjectType()
@Directive('@key(fields: "id")')
@Index(["slug"], { unique: true })
export class EService extends ContentEntity {
  @Field(() => String, { description: "The address of the service's page in the portal." })
  @Column({ type: "varchar", length: 128 })
  slug!: string;

  @Field(() => Localized)
  @Column(() => Localized)
  name!: Localized;

  @Field(() => Localized)
  @Column(() => Localized)
  summary!: Localized;

  @Field(() => EServiceChannel)
  @Column({ type: "varchar", length: 16 })
  channel!: EServiceChannel;

  @Field(() => String, { nullable: true, description: 'Who runs the service, e.g. "1177" or "Region Norrbotten".' })
  @Column({ type: "varchar", length: 128, nullable: true })
  provider!: string | null;

  @Field(() => Int, { nullable: true, description: "The youngest age, in whole years, the service is for; null = no such limit." })
  @Column({ type: "integer", nullable: true })
  minAge!: number | null;

  @Field(() => Int, { nullable: true, description: "The oldest age, in whole years and inclusive; null = no such limit." })
  @Column({ type: "integer", nullable: true })
  maxAge!: number | null;

  @Field(() => Boolean, { description: "Whether logging in with an e-ID is needed." })
  @Column({ type: "boolean" })
  requiresEid!: boolean;

  @Field(() => [String], { description: "The e-ID methods the service names; empty when it names none." })
  @Column({ type: "simple-json" })
  eidMethods!: string[];

  @Column(() => OptionalLocalized, { prefix: "eligibility" })
  eligibilityText!: OptionalLocalized;

  @Column(() => OptionalLocalized, { prefix: "availability" })
  availabilityText!: OptionalLocalized;

  @Column(() => OptionalLocalized, { prefix: "openingHours" })
  openingHoursText!: OptionalLocalized;

  @Field(() => Localized, { nullable: true, description: "Who may use it: ages, acting for a child, what is needed." })
  get eligibility(): Localized | null {
    return presentOrNull(this.eligibilityText);
  }

  @Field(() => Localized, { nullable: true, description: "Where it is offered, e.g. which municipalities." })
  get availability(): Localized | null {
    return presentOrNull(this.availabilityText);
  }

  @Field(() => Localized, { nullable: true, description: "When staff answer, where the service has set hours." })
  get openingHours(): Localized | null {
    return presentOrNull(this.openingHoursText);
  }

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 512, nullable: true })
  webUrl!: string | null;

  @Column(() => OptionalLocalized, { prefix: "description" })
  descriptionText!: OptionalLocalized;

  @Column(() => OptionalLocalized, { prefix: "cost" })
  costText!: OptionalLocalized;

  @Column(() => OptionalLocalized, { prefix: "easyToRead" })
  easyToReadText!: OptionalLocalized;

  /** Null or empty: no such limit. Stored as JSON text; the catalogue filter matches a quoted name in it. */
  @Column({ type: "simple-json", nullable: true })
  onlyMunicipalities!: string[] | null;

  @Column({ type: "simple-json", nullable: true })
  exceptMunicipalities!: string[] | null;

  @Field(() => String, { nullable: true, description: "Only for people living in this region; null = wherever they live." })
  @Column({ type: "varchar", length: 64, nullable: true })
  residentsOf!: string | null;

  /** Null: the service has no set hours (it is there whenever it is used). */
  @Column({ type: "simple-json", nullable: true })
  staffedSpans!: StaffedSpan[] | null;

  @Field(() => Localized, { nullable: true, description: "A longer description, in Markdown (render it with the web package's renderMarkdown)." })
  get description(): Localized | null {
    return presentOrNull(this.descriptionText);
  }

  @Field(() => Localized, { nullable: true, description: "What using the service costs, in words." })
  get cost(): Localized | null {
    return presentOrNull(this.costText);
  }

  @Field(() => Localized, {
    nullable: true,
    description:
      "An easy-to-read summary (lättläst: short sentences, common words), at most 1 200 characters per language; null where none is written. Plain text, not Markdown: an empty line starts a new paragraph, a single line break is kept.",
  })
  get easyToRead(): Localized | null {
    return presentOrNull(this.easyToReadText);
  }

  @Field(() => [String], { description: "Offered only to people living in these municipalities; empty = no such limit." })
  get offeredOnlyIn(): string[] {
    return this.onlyMunicipalities ?? [];
  }

  @Field(() => [String], { description: "Not offered to people living in these municipalities." })
  get notOfferedIn(): string[] {
    return this.exceptMunicipalities ?? [];
  }

  @Field(() => [StaffedHoursSpan], {
    nullable: true,
    description: "When staff answer, week by week, in Swedish time; null where the service has no set hours.",
  })
  get staffedHours(): StaffedHoursSpan[] | null {
    return this.staffedSpans ? [...this.staffedSpans].sort((a, b) => a.weekday - b.weekday || a.opens - b.opens).map(toStaffedHoursSpan) : null;
  }
}
