import { localized } from "../content/localized.js";
import { EditorialSort, type EditorialField, type EditorialType } from "./graphql-types.js";
import type { EditorialFieldDescriptor, EditorialOperation, EditorialRegistry, EditorialTypeRegistration } from "./types.js";
import { allFields } from "./values.js";

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The generated root-field names of a type (decision 019), with the registration's overrides. */
export function rootFieldNames(reg: EditorialTypeRegistration): Record<EditorialOperation, string> {
  const { key: T, plural: P } = reg;
  const names: Record<EditorialOperation, string> = {
    type: `editorial${T}Type`,
    list: `editorial${P}`,
    item: `editorial${T}`,
    revisions: `editorial${T}Revisions`,
    diff: `editorial${T}Diff`,
    create: `create${T}`,
    saveDraft: `save${T}Draft`,
    submitForReview: `submit${T}ForReview`,
    publish: `publish${T}`,
    unschedule: `unschedule${T}`,
    archive: `archive${T}`,
    restoreRevision: `restore${T}Revision`,
    previewLink: `${lowerFirst(T)}PreviewLink`,
    importCsv: `import${P}Csv`,
  };
  return { ...names, ...reg.names };
}

/** A subgraph's editorial types; keys must be unique and LIST fields one level deep. */
export function createEditorialRegistry(area: string, types: EditorialTypeRegistration[]): EditorialRegistry {
  const byKey = new Map<string, EditorialTypeRegistration>();
  for (const type of types) {
    if (byKey.has(type.key)) throw new Error(`Editorial type ${type.key} is registered twice.`);
    for (const field of type.fields) {
      if (field.name === "audience" || field.name === "region") throw new Error(`${type.key}: audience and region are the kit's fields; do not list them.`);
      if (field.kind === "LIST" && (field.itemFields ?? []).some((f) => f.kind === "LIST")) throw new Error(`${type.key}.${field.name}: a LIST inside a LIST is not supported.`);
    }
    byKey.set(type.key, type);
  }
  return {
    area,
    types,
    get(key: string) {
      const type = byKey.get(key);
      if (!type) throw new Error(`No editorial type ${key} in ${area}.`);
      return type;
    },
  };
}

const toLocalized = (label: { sv: string; en?: string | null } | undefined) => (label ? localized(label.sv, label.en ?? null) : null);

function toField(field: EditorialFieldDescriptor): EditorialField {
  return {
    name: field.name,
    kind: field.kind as EditorialField["kind"],
    label: toLocalized(field.label)!,
    help: toLocalized(field.help),
    required: !!field.required,
    maxLength: field.maxLength ?? null,
    min: field.min ?? null,
    max: field.max ?? null,
    placeholder: field.placeholder ?? null,
    options: (field.options ?? []).map((o) => ({ value: o.value, label: toLocalized(o.label)! })),
    itemFields: (field.itemFields ?? []).map(toField),
  };
}

/** The descriptor the admin renders its form from. */
export function describeType(reg: EditorialTypeRegistration): EditorialType {
  const names = rootFieldNames(reg);
  const rootFields: Record<string, string> = { ...names };
  if (!reg.csvImport) delete rootFields.importCsv;
  return {
    key: reg.key,
    plural: reg.plural,
    label: toLocalized(reg.label)!,
    pluralLabel: toLocalized(reg.pluralLabel)!,
    titleField: reg.titleField,
    fields: allFields(reg).map(toField),
    sorts: [EditorialSort.TITLE, EditorialSort.UPDATED_DESC],
    hasPreview: reg.hasPreview ?? true,
    csvImport: reg.csvImport
      ? {
          columns: reg.csvImport.columns.map((c) => ({ name: c.name, required: !!c.required, help: toLocalized(c.help) })),
          targetRequired: !!reg.csvImport.targetRequired,
        }
      : null,
    rootFields,
  };
}
