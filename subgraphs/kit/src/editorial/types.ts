import type { EntityManager, EntityTarget } from "typeorm";
import type { z } from "zod";
import type { ContentEntity } from "../content/content-entity.js";
import type { Audience } from "../content/enums.js";
import type { Viewer } from "../identity/viewer.js";

/**
 * The editorial engine's registry contract (docs/decisions/019-editorial-api.md). A subgraph describes
 * each of its content types once — fields, a zod schema, how to read and write the values — and the
 * kit generates the admin API, the working copy, revisions, diff, scheduling, preview and audit.
 *
 * Change this file only additively: the admin app and other subgraphs are written against it.
 */

/** The kinds of field an editor fills in. Localized kinds hold `{ sv, en }` in values. */
export const editorialFieldKinds = [
  "TEXT",
  "LONG_TEXT",
  "MARKDOWN",
  "LOCALIZED_TEXT",
  "LOCALIZED_LONG_TEXT",
  "LOCALIZED_MARKDOWN",
  "INTEGER",
  "DECIMAL",
  "BOOLEAN",
  "DATE",
  "DATETIME",
  "TIME",
  "ENUM",
  "MULTI_ENUM",
  "URL",
  "EMAIL",
  "PHONE",
  "LIST",
] as const;
export type EditorialFieldKind = (typeof editorialFieldKinds)[number];

export const localizedKinds: readonly EditorialFieldKind[] = ["LOCALIZED_TEXT", "LOCALIZED_LONG_TEXT", "LOCALIZED_MARKDOWN"];

/** Swedish is required for labels; English where the admin offers it. */
export interface EditorialLabel {
  sv: string;
  en?: string | null;
}

export interface EditorialOption {
  /** The stored value, e.g. "JOURNAL_ONLINE". */
  value: string;
  label: EditorialLabel;
}

/**
 * One field of a content type as the admin form shows it. The value shapes in `values`:
 * TEXT/LONG_TEXT/MARKDOWN/URL/EMAIL/PHONE: string | null; LOCALIZED_*: { sv: string, en: string | null };
 * INTEGER/DECIMAL: number | null; BOOLEAN: boolean; DATE: "YYYY-MM-DD" | null; DATETIME: ISO string | null;
 * TIME: "HH:MM" | null; ENUM: string | null; MULTI_ENUM: string[]; LIST: object[] (each with itemFields).
 */
export interface EditorialFieldDescriptor {
  /** The key in `values`, and the first segment of a field-error path ("title.en", "hours.2.opens"). */
  name: string;
  kind: EditorialFieldKind;
  label: EditorialLabel;
  help?: EditorialLabel;
  required?: boolean;
  /** Characters (texts) — for localized kinds, per language. */
  maxLength?: number;
  /** Numbers: smallest and largest value; LIST: fewest and most items. */
  min?: number;
  max?: number;
  /** ENUM and MULTI_ENUM. */
  options?: EditorialOption[];
  /** LIST only: the fields of each item, one level deep (no LIST inside a LIST). */
  itemFields?: EditorialFieldDescriptor[];
  /** A placeholder/example shown in the empty input. */
  placeholder?: string;
}

/** Passed to `adapter.apply`. */
export interface EditorialApplyContext {
  /**
   * "create": the item is new and has no row yet; the adapter INSERTs it with `base` (id, audience,
   * region, status DRAFT, version) plus the values. "update": the row exists; the adapter writes its
   * own columns and child rows. The kit itself writes the ContentEntity columns (audience, region,
   * status, version, publishAt, unpublishAt) — the adapter must not.
   */
  mode: "create" | "update";
  base: { id: string; audience: Audience; region: string; status: string; version: number };
  viewer: Viewer | null;
  now: Date;
}

/**
 * How the values of one item are read from and written to the subgraph's own tables. `V` excludes
 * `audience` and `region`: the kit adds those to every type's values and writes them itself.
 */
export interface EditorialAdapter<V extends Record<string, unknown>> {
  /** The values of the row as stored (the published copy, or a never-published draft row). */
  read(manager: EntityManager, id: string): Promise<V>;
  /** Writes validated values to the row and its child rows, inside the kit's transaction. */
  apply(manager: EntityManager, id: string, values: V, ctx: EditorialApplyContext): Promise<void>;
}

/** A problem with one CSV row (the kit numbers rows from 1 = the first data row; line counts the header). */
export interface CsvRowProblem {
  /** Column name, or a values path such as "hours.0.opens"; omitted for a problem with the whole row. */
  column?: string;
  message: string;
}

export interface EditorialCsvColumn {
  name: string;
  required?: boolean;
  help?: EditorialLabel;
}

/**
 * Optional CSV import. The kit parses the file (csv-parse, header row required, `;` or `,`), checks the
 * header against `columns`, calls `parseRow` for every row, and only if NO row has a problem (and it is
 * not a dry run) calls `apply` with all rows inside one transaction (all or nothing).
 */
export interface EditorialCsvImport<Row = unknown> {
  columns: EditorialCsvColumn[];
  /** Turn one CSV record (header → cell) into a row to import, or problems (messages in Swedish). */
  parseRow(
    record: Record<string, string>,
    ctx: { manager: EntityManager; rowNumber: number; target: string | null; now: Date },
  ): Promise<{ row: Row } | { problems: CsvRowProblem[] }>;
  /**
   * Whole-file checks after every row parsed (duplicates between rows…): problems per row number.
   * Optional.
   */
  checkAll?(rows: { rowNumber: number; row: Row }[], ctx: { manager: EntityManager; target: string | null }): Promise<Map<number, CsvRowProblem[]>>;
  /** Writes every row, inside the kit's transaction; throw to roll everything back. Returns counts. */
  apply(
    manager: EntityManager,
    rows: { rowNumber: number; row: Row }[],
    ctx: { target: string | null; viewer: Viewer | null; now: Date; requestId?: string },
  ): Promise<{ created: number; updated: number }>;
  /** Whether the import mutation takes a `target` (e.g. the fee schedule the items go into). */
  targetRequired?: boolean;
}

/** Sort orders the list offers; the kit implements each with keyset pagination. */
export type EditorialSortKey = "TITLE" | "UPDATED_DESC";

/**
 * One content type as a subgraph registers it. `V` is the values object WITHOUT audience and region.
 */
export interface EditorialTypeRegistration<V extends Record<string, unknown> = Record<string, unknown>> {
  /** GraphQL-ish singular name: "Guideline", "EService", "ArchiveHolding", "CareUnit", "FeeSchedule". */
  key: string;
  /** "Guidelines", "EServices", … (root field names are built from key and plural). */
  plural: string;
  label: EditorialLabel;
  pluralLabel: EditorialLabel;
  /** The TypeORM entity of the item's row (a ContentEntity). The kit reads/writes its ContentEntity columns. */
  entity: EntityTarget<ContentEntity>;
  /** The entity's table name, e.g. "guideline" (for the list query's joins). */
  table: string;
  /** Field descriptors, in form order. Do not list audience or region: the kit adds them first. */
  fields: EditorialFieldDescriptor[];
  /**
   * Validates the values (without audience/region). Should be `.strict()` so unknown fields are
   * refused; messages in Swedish; paths are the field names ("title.en", "hours.2.opens").
   */
  schema: z.ZodType<V>;
  adapter: EditorialAdapter<V>;
  /**
   * Checks that need the database (a slug another item has), run on every create, save, restore and
   * import after the schema passed: field messages by path, or null. `id` is the item's (new or not).
   */
  checkValues?(manager: EntityManager, id: string, values: V): Promise<Record<string, string[]> | null>;
  /** The field whose value is the item's title (a TEXT or a LOCALIZED_* field: its Swedish text). */
  titleField: keyof V & string;
  /** The row's DATABASE column used for the TITLE sort, e.g. "titleSv" (an embedded Localized) or "name". */
  titleColumn: string;
  /** DATABASE columns searched with LIKE (e.g. ["titleSv", "titleEn", "slug"]); working copies' values are searched too. */
  searchColumns: string[];
  /** Where the item is shown in the portal, e.g. `/riktlinjer/${values.slug}`; null = no page to preview. */
  portalPath(values: V & { audience: Audience; region: string }): string | null;
  /** Whether items have a portal page to preview (default true; `portalPath` may still give null for one item). */
  hasPreview?: boolean;
  /** The audience a new item gets when the form has not set one. */
  defaultAudience: Audience;
  /** Regions offered in the form (ENUM); omit for free text. */
  regions?: string[];
  csvImport?: EditorialCsvImport;
  /**
   * Overrides of generated root-field names, for a subgraph that already has a field of that name
   * (fees' existing `createFeeSchedule`): e.g. `{ create: "createFeeScheduleDraft" }`. Keep the default where you can.
   */
  names?: Partial<Record<EditorialOperation, string>>;
}

/** The generated root fields, by operation (the default names are in decision 019). */
export type EditorialOperation =
  | "type"
  | "list"
  | "item"
  | "revisions"
  | "diff"
  | "create"
  | "saveDraft"
  | "submitForReview"
  | "publish"
  | "unschedule"
  | "archive"
  | "restoreRevision"
  | "previewLink"
  | "importCsv";

/** What a subgraph passes to the resolver factory and the scheduler: its area and types. */
export interface EditorialRegistry {
  /** The audit-log area: "guidelines", "eServices", "archive", "careUnits", "fees" → `<area>AuditLog`. */
  area: string;
  types: EditorialTypeRegistration[];
  get(key: string): EditorialTypeRegistration;
}

/** The values the API carries: the type's own values plus the two the kit adds. */
export type EditorialValues<V extends Record<string, unknown> = Record<string, unknown>> = V & {
  audience: Audience;
  region: string;
};

export type EditorialAction =
  | "CREATE"
  | "SAVE"
  | "SUBMIT"
  | "PUBLISH"
  | "SCHEDULE"
  | "UNSCHEDULE"
  | "ARCHIVE"
  | "RESTORE"
  | "IMPORT"
  | "LEGACY";
