import { z } from "zod";
import type { GatewayError, GatewayResult } from "@vardportal/web/gateway";
import { FieldDescriptorList } from "./descriptor";

/**
 * What the editorial API answers (decision 019), read with zod so a page never renders a shape it does not
 * expect, and the mapping of its coded errors to what an editor is shown.
 */

export const contentStatuses = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const;
export type ContentStatus = (typeof contentStatuses)[number];
export const audiences = ["PUBLIC", "RESIDENT", "STAFF", "ARCHIVE"] as const;
export type Audience = (typeof audiences)[number];

export const statusLabels: Record<ContentStatus, string> = {
  DRAFT: "Utkast",
  IN_REVIEW: "Granskas",
  PUBLISHED: "Publicerad",
  ARCHIVED: "Arkiverad",
};

export const audienceLabels: Record<Audience, string> = {
  PUBLIC: "Alla (publikt)",
  RESIDENT: "Inloggade invånare",
  STAFF: "Vårdpersonal",
  ARCHIVE: "Arkivpersonal",
};

const Localized = z.object({ sv: z.string(), en: z.string().nullish() });

export const EditorialTypeSchema = z.object({
  key: z.string(),
  plural: z.string(),
  label: Localized,
  pluralLabel: Localized,
  titleField: z.string(),
  fields: FieldDescriptorList,
  sorts: z.array(z.string()).catch([]),
  hasPreview: z.boolean(),
  csvImport: z
    .object({
      targetRequired: z.boolean(),
      columns: z.array(z.object({ name: z.string(), required: z.boolean(), help: Localized.nullish() })),
    })
    .nullish(),
});
export type EditorialType = z.output<typeof EditorialTypeSchema>;

const Values = z.record(z.string(), z.unknown());

export const EditorialItemSchema = z.object({
  type: z.string().optional(),
  id: z.string(),
  title: z.string(),
  status: z.enum(contentStatuses),
  audience: z.enum(audiences),
  region: z.string(),
  version: z.number().int(),
  publishedVersion: z.number().int().nullish(),
  live: z.boolean(),
  hasDraft: z.boolean(),
  scheduledPublishAt: z.string().nullish(),
  publishAt: z.string().nullish(),
  unpublishAt: z.string().nullish(),
  values: Values,
  publishedValues: Values.nullish(),
  missingEnglish: z.array(z.string()).catch([]),
  portalPath: z.string().nullish(),
  updatedAt: z.string(),
  updatedBy: z.string().nullish(),
});
export type EditorialItem = z.output<typeof EditorialItemSchema>;

export const ListItemSchema = EditorialItemSchema.pick({
  id: true,
  title: true,
  status: true,
  audience: true,
  region: true,
  version: true,
  live: true,
  hasDraft: true,
  scheduledPublishAt: true,
  updatedAt: true,
  updatedBy: true,
  missingEnglish: true,
});
export type ListItem = z.output<typeof ListItemSchema>;

export const PageInfoSchema = z.object({
  hasNextPage: z.boolean(),
  endCursor: z.string().nullish(),
});

export function connection<Node extends z.ZodType>(node: Node) {
  return z.object({
    totalCount: z.number().int(),
    pageInfo: PageInfoSchema,
    edges: z.array(z.object({ cursor: z.string(), node })),
  });
}

export const RevisionSchema = z.object({
  number: z.number().int(),
  version: z.number().int(),
  action: z.string(),
  status: z.enum(contentStatuses).nullish(),
  autosave: z.boolean(),
  author: z.string(),
  at: z.string(),
  changedFields: z.array(z.string()),
});
export type Revision = z.output<typeof RevisionSchema>;

export const FieldDiffSchema = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string().nullish(),
  after: z.string().nullish(),
  parts: z.array(z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() })),
});
export type FieldDiff = z.output<typeof FieldDiffSchema>;

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  changedFields: z.array(z.string()),
});
export type AuditEntry = z.output<typeof AuditEntrySchema>;

export const CsvImportResultSchema = z.object({
  dryRun: z.boolean(),
  applied: z.boolean(),
  rowCount: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), line: z.number().int(), column: z.string().nullish(), message: z.string() })),
});
export type CsvImportResult = z.output<typeof CsvImportResultSchema>;

export const PreviewLinkSchema = z.object({ url: z.string(), expiresAt: z.string() });

export const revisionActionLabels: Record<string, string> = {
  CREATE: "Skapad",
  SAVE: "Sparad",
  SUBMIT: "Skickad för granskning",
  PUBLISH: "Publicerad",
  SCHEDULE: "Schemalagd",
  UNSCHEDULE: "Schemaläggning borttagen",
  ARCHIVE: "Arkiverad",
  RESTORE: "Återställd från en tidigare version",
  IMPORT: "Importerad",
  LEGACY: "Äldre ändring",
};

/** What a mutation's answer means for the page. */
export type Outcome<T> =
  | { kind: "ok"; data: T }
  | { kind: "invalid"; fieldErrors: Record<string, string[]>; message: string }
  | { kind: "conflict"; current: EditorialItem | null }
  | { kind: "audience" }
  | { kind: "bad-input"; field: string | null; message: string }
  | { kind: "forbidden" }
  | { kind: "not-found" }
  | { kind: "unavailable" };

const FieldErrorsSchema = z.record(z.string(), z.array(z.string()));

function codeOf(error: GatewayError | undefined): string | undefined {
  return typeof error?.extensions?.code === "string" ? error.extensions.code : undefined;
}

/** Reads one root field of a mutation's (or query's) answer, or the coded error it failed with. */
export function readOutcome<Schema extends z.ZodType>(result: GatewayResult, field: string, schema: Schema): Outcome<z.output<Schema>> {
  const error = result.errors.find((e) => !e.path?.length || e.path[0] === field) ?? result.errors[0];
  const value = result.data?.[field];
  if (value !== null && value !== undefined) {
    const parsed = schema.safeParse(value);
    if (parsed.success) return { kind: "ok", data: parsed.data };
    return { kind: "unavailable" };
  }
  switch (codeOf(error)) {
    case "VALIDATION_FAILED": {
      const fieldErrors = FieldErrorsSchema.safeParse(error?.extensions?.fieldErrors);
      return { kind: "invalid", fieldErrors: fieldErrors.success ? fieldErrors.data : {}, message: error?.message ?? "" };
    }
    case "CONFLICT": {
      const current = EditorialItemSchema.safeParse(error?.extensions?.current);
      return { kind: "conflict", current: current.success ? current.data : null };
    }
    case "AUDIENCE_WIDENING_NOT_CONFIRMED":
      return { kind: "audience" };
    case "BAD_USER_INPUT": {
      const field = error?.extensions?.field;
      return { kind: "bad-input", field: typeof field === "string" ? field : null, message: error?.message ?? "" };
    }
    case "FORBIDDEN":
    case "UNAUTHENTICATED":
      return { kind: "forbidden" };
    case "NOT_FOUND":
      return { kind: "not-found" };
    default:
      return { kind: "unavailable" };
  }
}

/** A failed read as the error page's status: 403, 404 or 503. */
export function failureStatus(outcome: Exclude<Outcome<unknown>, { kind: "ok" }>): number {
  if (outcome.kind === "forbidden") return 403;
  if (outcome.kind === "not-found") return 404;
  if (outcome.kind === "invalid" || outcome.kind === "bad-input") return 400;
  return 503;
}
