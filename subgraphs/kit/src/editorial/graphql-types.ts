import { GraphQLJSONObject } from "graphql-scalars";
import { ArgsType, Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Audience, ContentStatus } from "../content/enums.js";
import { Localized } from "../content/localized.js";
import { PageInfo } from "../content/pagination.js";

/**
 * The value types of the editorial API (decision 019), defined once here and `@shareable`: every
 * subgraph with editorial content resolves them.
 */

export enum EditorialFieldKindEnum {
  TEXT = "TEXT",
  LONG_TEXT = "LONG_TEXT",
  MARKDOWN = "MARKDOWN",
  LOCALIZED_TEXT = "LOCALIZED_TEXT",
  LOCALIZED_LONG_TEXT = "LOCALIZED_LONG_TEXT",
  LOCALIZED_MARKDOWN = "LOCALIZED_MARKDOWN",
  INTEGER = "INTEGER",
  DECIMAL = "DECIMAL",
  BOOLEAN = "BOOLEAN",
  DATE = "DATE",
  DATETIME = "DATETIME",
  TIME = "TIME",
  ENUM = "ENUM",
  MULTI_ENUM = "MULTI_ENUM",
  URL = "URL",
  EMAIL = "EMAIL",
  PHONE = "PHONE",
  LIST = "LIST",
}
registerEnumType(EditorialFieldKindEnum, { name: "EditorialFieldKind", description: "What kind of input a field is; localized kinds hold { sv, en }." });

export enum EditorialSort {
  TITLE = "TITLE",
  UPDATED_DESC = "UPDATED_DESC",
}
registerEnumType(EditorialSort, { name: "EditorialSort", description: "By Swedish title, or the most recently changed first." });

export enum EditorialActionEnum {
  CREATE = "CREATE",
  SAVE = "SAVE",
  SUBMIT = "SUBMIT",
  PUBLISH = "PUBLISH",
  SCHEDULE = "SCHEDULE",
  UNSCHEDULE = "UNSCHEDULE",
  ARCHIVE = "ARCHIVE",
  RESTORE = "RESTORE",
  IMPORT = "IMPORT",
  LEGACY = "LEGACY",
}
registerEnumType(EditorialActionEnum, { name: "EditorialAction", description: "What a revision records; LEGACY = written before the editorial engine." });

@ObjectType("EditorialOption", { description: "One choice of an ENUM or MULTI_ENUM field." })
@Directive("@shareable")
export class EditorialOptionObject {
  @Field(() => String)
  value!: string;

  @Field(() => Localized)
  label!: Localized;
}

@ObjectType({ description: "A field of a content type as the admin form shows it." })
@Directive("@shareable")
export class EditorialField {
  @Field(() => String, { description: "The key in values, and the first segment of fieldErrors paths." })
  name!: string;

  @Field(() => EditorialFieldKindEnum)
  kind!: EditorialFieldKindEnum;

  @Field(() => Localized)
  label!: Localized;

  @Field(() => Localized, { nullable: true })
  help!: Localized | null;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => Int, { nullable: true, description: "Most characters (per language for localized kinds)." })
  maxLength!: number | null;

  @Field(() => Float, { nullable: true, description: "Numbers: the smallest value; LIST: the fewest items." })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: "Numbers: the largest value; LIST: the most items." })
  max!: number | null;

  @Field(() => String, { nullable: true })
  placeholder!: string | null;

  @Field(() => [EditorialOptionObject], { description: "ENUM and MULTI_ENUM; empty otherwise." })
  options!: EditorialOptionObject[];

  @Field(() => [EditorialField], { description: "LIST: the fields of each item; empty otherwise." })
  itemFields!: EditorialField[];
}

@ObjectType("EditorialCsvColumn")
@Directive("@shareable")
export class EditorialCsvColumnObject {
  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => Localized, { nullable: true })
  help!: Localized | null;
}

@ObjectType()
@Directive("@shareable")
export class EditorialCsvImportInfo {
  @Field(() => [EditorialCsvColumnObject])
  columns!: EditorialCsvColumnObject[];

  @Field(() => Boolean, { description: "Whether the import needs a target (e.g. the fee schedule)." })
  targetRequired!: boolean;
}

@ObjectType({ description: "A content type the admin can edit: its form and what it offers." })
@Directive("@shareable")
export class EditorialType {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  plural!: string;

  @Field(() => Localized)
  label!: Localized;

  @Field(() => Localized)
  pluralLabel!: Localized;

  @Field(() => String)
  titleField!: string;

  @Field(() => [EditorialField], { description: "In form order; audience and region first." })
  fields!: EditorialField[];

  @Field(() => [EditorialSort])
  sorts!: EditorialSort[];

  @Field(() => Boolean)
  hasPreview!: boolean;

  @Field(() => EditorialCsvImportInfo, { nullable: true, description: "Null when the type has no CSV import." })
  csvImport!: EditorialCsvImportInfo | null;

  @Field(() => GraphQLJSONObject, { description: 'Operation → root field name, e.g. { "list": "editorialGuidelines" }.' })
  rootFields!: Record<string, string>;
}

@ObjectType({ description: "One content item as an editor sees it: the working copy if there is one, and the published row." })
@Directive("@shareable")
export class EditorialItem {
  @Field(() => String, { description: "The content type's key, e.g. Guideline." })
  type!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ContentStatus, { description: "The working copy's status when there is one, else the row's." })
  status!: ContentStatus;

  @Field(() => Audience)
  audience!: Audience;

  @Field(() => String)
  region!: string;

  @Field(() => Int, { description: "Send it back with every mutation." })
  version!: number;

  @Field(() => Int, { nullable: true, description: "The row's version when it is published or archived." })
  publishedVersion!: number | null;

  @Field(() => Boolean, { description: "Readers see the row now." })
  live!: boolean;

  @Field(() => Boolean)
  hasDraft!: boolean;

  @Field(() => Date, { nullable: true })
  scheduledPublishAt!: Date | null;

  @Field(() => Date, { nullable: true })
  publishAt!: Date | null;

  @Field(() => Date, { nullable: true })
  unpublishAt!: Date | null;

  @Field(() => GraphQLJSONObject)
  values!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { nullable: true })
  publishedValues!: Record<string, unknown> | null;

  @Field(() => [String], { description: "Paths of localized values with Swedish but no English." })
  missingEnglish!: string[];

  @Field(() => String, { nullable: true })
  portalPath!: string | null;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => String, { nullable: true })
  updatedBy!: string | null;
}

@ObjectType()
@Directive("@shareable")
export class EditorialItemEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => EditorialItem)
  node!: EditorialItem;
}

@ObjectType()
@Directive("@shareable")
export class EditorialItemConnection {
  @Field(() => [EditorialItemEdge])
  edges!: EditorialItemEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType({ description: "One numbered step in an item's history, with the full values." })
@Directive("@shareable")
export class EditorialRevision {
  @Field(() => Int)
  number!: number;

  @Field(() => Int)
  version!: number;

  @Field(() => EditorialActionEnum)
  action!: EditorialActionEnum;

  @Field(() => ContentStatus, { nullable: true })
  status!: ContentStatus | null;

  @Field(() => Boolean)
  autosave!: boolean;

  @Field(() => String)
  author!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => [String])
  changedFields!: string[];

  @Field(() => GraphQLJSONObject)
  values!: Record<string, unknown>;
}

@ObjectType()
@Directive("@shareable")
export class EditorialRevisionEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => EditorialRevision)
  node!: EditorialRevision;
}

@ObjectType()
@Directive("@shareable")
export class EditorialRevisionConnection {
  @Field(() => [EditorialRevisionEdge])
  edges!: EditorialRevisionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType({ description: "A piece of a word-level diff." })
@Directive("@shareable")
export class EditorialDiffPart {
  @Field(() => String)
  value!: string;

  @Field(() => Boolean)
  added!: boolean;

  @Field(() => Boolean)
  removed!: boolean;
}

@ObjectType({ description: "One changed field between two revisions." })
@Directive("@shareable")
export class EditorialFieldDiff {
  @Field(() => String, { description: 'A value path: "title.sv", "relatedForms", "audience".' })
  field!: string;

  @Field(() => String, { description: "The field's Swedish label." })
  label!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;

  @Field(() => [EditorialDiffPart])
  parts!: EditorialDiffPart[];
}

@ObjectType({ description: "A short-lived signed link to the portal page of a draft." })
@Directive("@shareable")
export class PreviewLink {
  @Field(() => String)
  url!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType()
@Directive("@shareable")
export class EditorialCsvRowError {
  @Field(() => Int, { description: "1 = the first data row." })
  row!: number;

  @Field(() => Int, { description: "The line in the file (the header is line 1)." })
  line!: number;

  @Field(() => String, { nullable: true })
  column!: string | null;

  @Field(() => String)
  message!: string;
}

@ObjectType()
@Directive("@shareable")
export class EditorialCsvImportResult {
  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => Boolean, { description: "True only when it was not a dry run and no row had an error." })
  applied!: boolean;

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [EditorialCsvRowError])
  errors!: EditorialCsvRowError[];
}

@ObjectType({ description: "One entry of the audit log: who did what to which item, and when." })
@Directive("@shareable")
export class AuditLogEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String)
  actor!: string;

  @Field(() => [String])
  actorRoles!: string[];

  @Field(() => String)
  action!: string;

  @Field(() => String)
  entityType!: string;

  @Field(() => String)
  entityId!: string;

  @Field(() => [String])
  changedFields!: string[];

  @Field(() => GraphQLJSONObject, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after!: Record<string, unknown> | null;
}

@ObjectType()
@Directive("@shareable")
export class AuditLogEntryEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => AuditLogEntry)
  node!: AuditLogEntry;
}

@ObjectType()
@Directive("@shareable")
export class AuditLogEntryConnection {
  @Field(() => [AuditLogEntryEdge])
  edges!: AuditLogEntryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@InputType({ description: "Narrows the audit log; every part optional." })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: "The actor's subject." })
  actor?: string | null;

  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => String, { nullable: true })
  entityType?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => Date, { nullable: true, description: "From this moment (inclusive)." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Up to this moment (exclusive)." })
  to?: Date | null;
}

@ArgsType()
export class EditorialListArgs {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => ContentStatus, { nullable: true })
  status?: ContentStatus | null;

  @Field(() => Audience, { nullable: true })
  audience?: Audience | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => EditorialSort, { defaultValue: EditorialSort.TITLE })
  sort: EditorialSort = EditorialSort.TITLE;
}
