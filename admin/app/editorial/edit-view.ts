import { type FieldDescriptor, localizedKinds } from "./descriptor";
import { compactState, inputId, stateToValues, valuesToState, type FieldErrors, type FormState, type Values } from "./form-values";
import { formatSwedishDateTime } from "./stockholm-time";

/** What a button of the edit form asks for (its `name="intent"` value). */
export type Intent =
  | { kind: "save" | "submit" | "publish" | "schedule" | "unschedule" | "archive" | "archive-confirmed" | "autosave" | "create" }
  | { kind: "preview"; path: string }
  | { kind: "add-row"; path: string }
  | { kind: "remove-row"; path: string }
  | { kind: "confirm-public"; then: "save" | "submit" | "publish" | "schedule" | "create" };

const simple = new Set(["save", "submit", "publish", "schedule", "unschedule", "archive", "archive-confirmed", "autosave", "create"]);
const pathShape = /^[A-Za-z][A-Za-z0-9_]*(\.(\d+|[A-Za-z][A-Za-z0-9_]*))*$/;

export function parseIntent(raw: unknown): Intent | null {
  if (typeof raw !== "string") return null;
  if (simple.has(raw)) return { kind: raw } as Intent;
  const [kind, rest] = [raw.slice(0, raw.indexOf(":")), raw.slice(raw.indexOf(":") + 1)];
  if ((kind === "preview" || kind === "add-row" || kind === "remove-row") && pathShape.test(rest)) return { kind, path: rest };
  if (kind === "confirm-public" && ["save", "submit", "publish", "schedule", "create"].includes(rest)) {
    return { kind, then: rest as "save" | "submit" | "publish" | "schedule" | "create" };
  }
  return null;
}

/** The descriptor a value path is about: `hours.2.opens` → the `opens` item field of `hours`. */
function walk(fields: FieldDescriptor[], path: string): { field: FieldDescriptor; row: number | null; parent: FieldDescriptor | null; lang: string | null } | null {
  const [name, ...rest] = path.split(".");
  const field = fields.find((f) => f.name === name);
  if (!field) return null;
  if (field.kind === "LIST" && rest.length >= 2 && /^\d+$/.test(rest[0]!)) {
    const inner = walk(field.itemFields, rest.slice(1).join("."));
    return inner ? { ...inner, row: Number(rest[0]), parent: field } : { field, row: Number(rest[0]), parent: null, lang: null };
  }
  const lang = localizedKinds.has(field.kind) && (rest[0] === "sv" || rest[0] === "en") ? rest[0] : null;
  return { field, row: null, parent: null, lang };
}

const langNames: Record<string, string> = { sv: "svenska", en: "engelska" };

/** A field path as the editor reads it: "Öppettider, rad 3: Öppnar", "Titel (engelska)". */
export function labelFor(fields: FieldDescriptor[], path: string): string {
  const found = walk(fields, path);
  if (!found) return path;
  const own = found.lang ? `${found.field.label} (${langNames[found.lang]})` : found.field.label;
  return found.parent && found.row !== null ? `${found.parent.label}, rad ${found.row + 1}: ${own}` : own;
}

/** Where the error summary's link for a path goes: the input, or the group (localized, list) it belongs to. */
export function targetFor(fields: FieldDescriptor[], path: string): string | null {
  const found = walk(fields, path);
  if (!found) return null;
  const last = path.split(".").at(-1);
  if (localizedKinds.has(found.field.kind) && last !== "sv" && last !== "en") return inputId(`${path}.sv`);
  return inputId(path);
}

/** The summary at the top of the form: every message, in form order, with the field named. */
export function summaryEntries(fields: FieldDescriptor[], errors: FieldErrors, extraLabels: Record<string, string> = {}) {
  const order = (path: string) => {
    const index = fields.findIndex((f) => f.name === path.split(".")[0]);
    return index === -1 ? fields.length : index;
  };
  return Object.entries(errors)
    .filter(([, messages]) => messages.length > 0)
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b, "sv", { numeric: true }))
    .flatMap(([path, messages]) =>
      messages.map((message) => {
        const label = extraLabels[path] ?? (walk(fields, path) ? labelFor(fields, path) : null);
        return { path, message: label ? `${label}: ${message}` : message, target: extraLabels[path] ? inputId(path) : targetFor(fields, path) };
      }),
    );
}

/** Keys sorted, so two value objects compare by content. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Whether the form's values differ from the item's (both read through the same form mapping). */
export function valuesDiffer(fields: FieldDescriptor[], formValues: Values, itemValues: Values): boolean {
  const normalised = stateToValues(fields, valuesToState(fields, itemValues)).values;
  return JSON.stringify(canonical(formValues)) !== JSON.stringify(canonical(normalised));
}

/** One top-level field's value as readable text, for the conflict page. */
export function describeValue(field: FieldDescriptor, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(tomt)";
  switch (field.kind) {
    case "LOCALIZED_TEXT":
    case "LOCALIZED_LONG_TEXT":
    case "LOCALIZED_MARKDOWN": {
      const v = value as { sv?: string | null; en?: string | null };
      return `Svenska: ${v.sv || "(tomt)"}\nEngelska: ${v.en || "(tomt)"}`;
    }
    case "BOOLEAN":
      return value === true ? "Ja" : "Nej";
    case "ENUM":
      return field.options.find((o) => o.value === value)?.label ?? String(value);
    case "MULTI_ENUM":
      return (value as string[]).map((v) => field.options.find((o) => o.value === v)?.label ?? v).join(", ") || "(inget valt)";
    case "DATETIME":
      return typeof value === "string" ? formatSwedishDateTime(value) : String(value);
    case "DECIMAL":
      return String(value).replace(".", ",");
    case "LIST": {
      const rows = value as Values[];
      if (!rows.length) return "(inga rader)";
      return rows
        .map((row, i) => `${i + 1}. ${field.itemFields.map((item) => `${item.label}: ${describeValue(item, row[item.name]).replace(/\n/g, " / ")}`).join("; ")}`)
        .join("\n");
    }
    default:
      return String(value);
  }
}

export type ConflictRow = { field: string; label: string; mine: string; theirs: string };

/** The fields where the editor's input and the other editor's saved copy differ. */
export function conflictRows(fields: FieldDescriptor[], mine: Values, theirs: Values): ConflictRow[] {
  const theirsNormalised = stateToValues(fields, valuesToState(fields, theirs)).values;
  return fields.flatMap((field) => {
    const a = canonical(mine[field.name] ?? null);
    const b = canonical(theirsNormalised[field.name] ?? null);
    if (JSON.stringify(a) === JSON.stringify(b)) return [];
    return [{ field: field.name, label: field.label, mine: describeValue(field, mine[field.name]), theirs: describeValue(field, theirsNormalised[field.name]) }];
  });
}

/** The state after an add-row or remove-row button: rows renumbered, and one more blank row for "add". */
export function applyRowIntent(fields: FieldDescriptor[], state: FormState, intent: Intent): { state: FormState; extraRows: Record<string, number> } {
  if (intent.kind === "remove-row") return { state: compactState(fields, state, intent.path), extraRows: {} };
  if (intent.kind === "add-row") return { state: compactState(fields, state), extraRows: { [intent.path]: 2 } };
  return { state: compactState(fields, state), extraRows: {} };
}
