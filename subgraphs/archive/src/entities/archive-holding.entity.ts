import { Directive, Field, Float, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { ContentEntity, Localized, OptionalLocalized, presentOrNull } from "@vardportal/kit";
import { HoldingKind } from "./holding-kind.js";

/**
 * A kind of record the regional archive keeps, or, with `held` false, one people ask it for
 * that it does not keep, with where to ask instead: residents need the "no" as much as the "yes".
 */
@Entity("archive_holding")
@ObjectType()
@Directive('@key(fields: "id")')
@Index(["slug"], { unique: true })
export class ArchiveHolding extends ContentEntity {
  @Field(() => String, { description: "The address of the holding's page in the portal." })
  @Column({ type: "varchar", length: 128 })
  slug!: string;

  @Field(() => Localized)
  @Column(() => Localized)
  title!: Localized;

  @Field(() => Localized)
  @Column(() => Localized)
  description!: Localized;

  @Field(() => HoldingKind)
  @Column({ type: "varchar", length: 32 })
  kind!: HoldingKind;

  @Field(() => Boolean, { description: "False: the archive does not keep these; `whereToAsk` says who does." })
  @Column({ type: "boolean" })
  held!: boolean;

  @Column(() => OptionalLocalized, { prefix: "whereToAsk" })
  whereToAskText!: OptionalLocalized;

  @Field(() => Localized, { nullable: true, description: "Where to ask instead, for a holding that is not held here." })
  get whereToAsk(): Localized | null {
    return presentOrNull(this.whereToAskText);
  }

  @Field(() => Int, { nullable: true, description: "The first year the records cover, where known." })
  @Column({ type: "integer", nullable: true })
  periodFrom!: number | null;

  @Field(() => Int, { nullable: true, description: "The last year the records cover, where known." })
  @Column({ type: "integer", nullable: true })
  periodTo!: number | null;

  @Field(() => Float, { nullable: true, description: "Shelf metres, where measured." })
  @Column({ type: "real", nullable: true })
  extentMeters!: number | null;

  @Field(() => String, { nullable: true, description: "Arkivbildare: who created the records, e.g. Norrbottens läns landsting." })
  @Column({ type: "varchar", length: 200, nullable: true })
  creator!: string | null;

  @Field(() => String, { nullable: true, description: "Where the records are kept." })
  @Column({ type: "varchar", length: 200, nullable: true })
  whereKept!: string | null;

  @Column(() => OptionalLocalized, { prefix: "accessConditions" })
  accessConditionsText!: OptionalLocalized;

  @Field(() => Localized, { nullable: true, description: "Who may see the records and on what terms (secrecy, harm assessment)." })
  get accessConditions(): Localized | null {
    return presentOrNull(this.accessConditionsText);
  }
}
