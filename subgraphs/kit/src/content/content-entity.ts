import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Index, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { Audience, ContentStatus } from "./enums.js";

/**
 * What every content type shares. Column types are given explicitly (`type: Date` and friends)
 * so no decorator metadata is needed and each driver maps them to its own SQL type.
 */
@ObjectType()
@Index(["status", "audience"])
@Index(["region"])
export abstract class ContentEntity {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => Audience)
  @Column({ type: "varchar", length: 16, default: Audience.PUBLIC })
  audience!: Audience;

  @Field(() => String, { description: "The region that owns this content, e.g. Norrbotten." })
  @Column({ type: "varchar", length: 64 })
  region!: string;

  @Field(() => ContentStatus)
  @Column({ type: "varchar", length: 16, default: ContentStatus.DRAFT })
  status!: ContentStatus;

  @Field(() => Int, { description: "Optimistic-lock version: send it back with every update." })
  @Column({ type: "integer", default: 1 })
  version!: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: Date, nullable: true })
  publishAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: Date, nullable: true })
  unpublishAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: Date })
  createdAt!: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: Date })
  updatedAt!: Date;
}
