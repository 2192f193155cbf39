import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Localized, localized } from "@vardportal/kit";
import { CareUnit } from "./care-unit.entity.js";
import { ContactRouteKind } from "./contact-route-kind.js";

/** A way for care staff to reach a unit that is not for the public: service numbers, fax, out-of-hours routes. */
@Entity("care_unit_contact_route")
@ObjectType({ description: "Staff only: a way for care staff to reach a unit." })
@Index(["unitId", "position"])
export class ContactRoute {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 36 })
  unitId!: string;

  @ManyToOne(() => CareUnit, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "unitId" })
  unit!: CareUnit;

  /** The order the routes are shown in, as the editor arranged them. */
  @Column({ type: "integer" })
  position!: number;

  @Field(() => ContactRouteKind)
  @Column({ type: "varchar", length: 32 })
  kind!: ContactRouteKind;

  @Field(() => Localized, { description: 'What the route is for, e.g. "Journalservice — blockering dagtid".' })
  @Column(() => Localized)
  label!: Localized;

  @Field(() => String, { description: "A phone or fax number, an extension, or an address." })
  @Column({ type: "varchar", length: 256 })
  value!: string;

  @Column({ type: "text", nullable: true })
  hoursSv!: string | null;

  @Column({ type: "text", nullable: true })
  hoursEn!: string | null;

  @Field(() => Localized, { nullable: true, description: 'When the route answers, as text, e.g. "Vardagar 08.00–16.00"; null when always or not known.' })
  get hours(): Localized | null {
    return this.hoursSv ? localized(this.hoursSv, this.hoursEn) : null;
  }
}
