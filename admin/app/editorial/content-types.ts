/**
 * Every content type the admin edits, and the GraphQL root fields that own it (decision 019): THE one list.
 * Routes, the start page, the audit-log tabs, the CSV import and the operation documents
 * (`operations.graphql.ts`) are all built from it; a new type is one entry here.
 */
export type ContentTypeEntry = {
  /** The API's key `T`: root fields `editorial<T>`, `create<T>`, `save<T>Draft`, … */
  key: string;
  /** The API's plural `P`: `editorial<P>` (the list). */
  plural: string;
  /** The path segment in the admin: /innehall/<slug>. */
  slug: string;
  /** Swedish, for headings before the type's own descriptor has answered. */
  label: string;
  pluralLabel: string;
  /** The subgraph area whose `<area>AuditLog` holds this type's entries. */
  area: AuditArea;
  /** Whether the type has `import<P>Csv`; `target` names the type the rows go into, if any. */
  csvImport?: { label: string; target?: string };
  /** Root fields the owning subgraph renamed (its registration's `names`), where the default name was taken. */
  names?: Partial<Record<RootOperation, string>>;
};

export type RootOperation = "create" | "importCsv";

export const auditAreas = [
  { key: "guidelines", label: "Riktlinjer" },
  { key: "eServices", label: "E-tjänster" },
  { key: "archive", label: "Arkiv" },
  { key: "careUnits", label: "Vårdenheter" },
  { key: "fees", label: "Avgifter" },
] as const;
export type AuditArea = (typeof auditAreas)[number]["key"];

export const contentTypes: readonly ContentTypeEntry[] = [
  { key: "Guideline", plural: "Guidelines", slug: "riktlinjer", label: "Riktlinje", pluralLabel: "Riktlinjer", area: "guidelines" },
  { key: "EService", plural: "EServices", slug: "e-tjanster", label: "E-tjänst", pluralLabel: "E-tjänster", area: "eServices" },
  { key: "ArchiveHolding", plural: "ArchiveHoldings", slug: "arkivbestand", label: "Arkivbestånd", pluralLabel: "Arkivbestånd", area: "archive" },
  {
    key: "CareUnit",
    plural: "CareUnits",
    slug: "vardenheter",
    label: "Vårdenhet",
    pluralLabel: "Vårdenheter",
    area: "careUnits",
    // Opening hours, exceptions and contact routes are LIST fields of the unit (care-units' registration).
    csvImport: { label: "Vårdenheter" },
  },
  {
    key: "FeeSchedule",
    plural: "FeeSchedules",
    slug: "avgiftstabeller",
    label: "Avgiftstabell",
    pluralLabel: "Avgiftstabeller",
    area: "fees",
    csvImport: { label: "Avgiftsposter i en avgiftstabell", target: "FeeSchedule" },
    // createFeeSchedule(input:) is the fees subgraph's older mutation; the CSV holds fee items, not schedules.
    names: { create: "createFeeScheduleDraft", importCsv: "importFeeItemsCsv" },
  },
];

export function contentTypeBySlug(slug: string | undefined): ContentTypeEntry | undefined {
  return contentTypes.find((t) => t.slug === slug);
}

export function contentTypeByKey(key: string | undefined): ContentTypeEntry | undefined {
  return contentTypes.find((t) => t.key === key);
}

/** `Guideline` → `guideline`, `EService` → `eService` (the preview-link field's prefix). */
export const lowerFirst = (key: string) => key.charAt(0).toLowerCase() + key.slice(1);

/** The root-field names of one type, as decision 019 spells them. */
export function rootFields(type: Pick<ContentTypeEntry, "key" | "plural" | "names">) {
  const { key, plural, names = {} } = type;
  return {
    type: `editorial${key}Type`,
    list: `editorial${plural}`,
    item: `editorial${key}`,
    revisions: `editorial${key}Revisions`,
    diff: `editorial${key}Diff`,
    create: names.create ?? `create${key}`,
    save: `save${key}Draft`,
    submit: `submit${key}ForReview`,
    publish: `publish${key}`,
    unschedule: `unschedule${key}`,
    archive: `archive${key}`,
    restore: `restore${key}Revision`,
    previewLink: `${lowerFirst(key)}PreviewLink`,
    importCsv: names.importCsv ?? `import${plural}Csv`,
  } as const;
}

export const auditLogField = (area: string) => `${area}AuditLog`;
