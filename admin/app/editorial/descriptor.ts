import { z } from "zod";

/**
 * What the gateway tells the admin about a content type's fields (`editorial<T>Type`). The form, the list
 * columns and the value mapping are generated from it, so a new field in a subgraph needs no admin change.
 */
export const fieldKinds = [
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
export type FieldKind = (typeof fieldKinds)[number];

export const localizedKinds: ReadonlySet<FieldKind> = new Set(["LOCALIZED_TEXT", "LOCALIZED_LONG_TEXT", "LOCALIZED_MARKDOWN"]);
export const markdownKinds: ReadonlySet<FieldKind> = new Set(["MARKDOWN", "LOCALIZED_MARKDOWN"]);
export const longTextKinds: ReadonlySet<FieldKind> = new Set(["LONG_TEXT", "LOCALIZED_LONG_TEXT", "MARKDOWN", "LOCALIZED_MARKDOWN"]);

const Text = z.string();
const LabelSchema = z.union([Text, z.object({ sv: Text, en: Text.nullish() })]).transform((label) => (typeof label === "string" ? label : label.sv));

const OptionSchema = z.union([
  z.string().transform((value) => ({ value, label: value })),
  z.object({ value: z.string(), label: LabelSchema.nullish() }).transform((o) => ({ value: o.value, label: o.label ?? o.value })),
]);

export type FieldOption = { value: string; label: string };

export type FieldDescriptor = {
  name: string;
  kind: FieldKind;
  label: string;
  help: string | null;
  required: boolean;
  options: FieldOption[];
  itemFields: FieldDescriptor[];
};

type RawField = {
  name: string;
  kind: FieldKind;
  label?: unknown;
  labels?: unknown;
  help?: unknown;
  required?: boolean | null;
  options?: unknown;
  itemFields?: RawField[] | null;
};

const RawFieldSchema: z.ZodType<RawField> = z.lazy(() =>
  z.object({
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    kind: z.enum(fieldKinds),
    label: z.unknown().optional(),
    labels: z.unknown().optional(),
    help: z.unknown().optional(),
    required: z.boolean().nullish(),
    options: z.unknown().optional(),
    itemFields: z.array(RawFieldSchema).nullish(),
  }),
);

function text(value: unknown): string | null {
  const parsed = LabelSchema.nullish().safeParse(value);
  return parsed.success ? (parsed.data ?? null) : null;
}

function toDescriptor(raw: RawField): FieldDescriptor {
  const options = z.array(OptionSchema).nullish().safeParse(raw.options);
  return {
    name: raw.name,
    kind: raw.kind,
    label: text(raw.label) ?? text(raw.labels) ?? raw.name,
    help: text(raw.help),
    required: raw.required ?? false,
    options: options.success ? (options.data ?? []) : [],
    itemFields: (raw.itemFields ?? []).map(toDescriptor),
  };
}

/** Field descriptors from the gateway, normalised: labels in Swedish, options as value/label pairs. */
export const FieldDescriptorList = z.array(RawFieldSchema).transform((list) => list.map(toDescriptor));
