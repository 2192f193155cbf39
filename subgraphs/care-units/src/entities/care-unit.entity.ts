import { Authorized, Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { ContentEntity, Localized } from "@vardportal/kit";
import { internalContactRoles } from "../access.js";
import { CareUnitKind } from "./care-unit-kind.js";

/** A place that gives care: a health centre, a hospital clinic, a dental clinic and so on. */
@Entity("care_unit")
@ObjectType({ description: "A care unit: where residents go, and how they reach it." })
@Directive('@key(fields: "id")')
@Index(["hsaId"], { unique: true })
@Index(["name"])
export class CareUnit extends ContentEntity {
  @Field(() => String, { description: 'The unit\'s id in the national HSA catalogue, e.g. "SE2321000230-1A2B".' })
  @Column({ type: "varchar", length: 31 })
  hsaId!: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => CareUnitKind)
  @Column({ type: "varchar", length: 32 })
  kind!: CareUnitKind;

  @Field(() => String)
  @Column({ type: "varchar", length: 64 })
  municipality!: string;

  @Field(() => String, { nullable: true, description: "Visiting address, one line." })
  @Column({ type: "varchar", length: 256, nullable: true })
  address!: string | null;

  /** WGS 84 degrees; both or neither. Shown as `coordinates`, ordered on as a distance. */
  @Column({ type: "double precision", nullable: true })
  latitude!: number | null;

  @Column({ type: "double precision", nullable: true })
  longitude!: number | null;

  @Field(() => String, { nullable: true, description: "The public number: the unit's own or the region's switchboard." })
  @Column({ type: "varchar", length: 32, nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 512, nullable: true })
  webUrl!: string | null;

  @Field(() => Localized)
  @Column(() => Localized)
  description!: Localized;

  @Field(() => Boolean, {
    description: "Whether the unit is closed on Swedish public holidays and on Midsummer, Christmas and New Year's Eve. An emergency department is not.",
  })
  @Column({ type: "boolean", default: true })
  closedOnPublicHolidays!: boolean;

  @Field(() => String, { nullable: true, description: "Staff only: the number care staff use between units." })
  @Authorized(...internalContactRoles)
  @Column({ type: "varchar", length: 32, nullable: true })
  internalPhone!: string | null;
}
