import { registerEnumType } from "type-graphql";

export enum Audience {
  PUBLIC = "PUBLIC",
  RESIDENT = "RESIDENT",
  STAFF = "STAFF",
  ARCHIVE = "ARCHIVE",
}
registerEnumType(Audience, { name: "Audience", description: "Who a piece of content is written for." });

export enum ContentStatus {
  DRAFT = "DRAFT",
  IN_REVIEW = "IN_REVIEW",
  PUBLISHED = "PUBLISHED",
  ARCHIVED = "ARCHIVED",
}
registerEnumType(ContentStatus, { name: "ContentStatus", description: "Where a piece of content is in the publishing workflow." });
