import { type FieldDescriptor, localizedKinds } from "./descriptor";
import { isoToStockholmLocal, stockholmLocalToIso } from "./stockholm-time";

/**
 * The edit form ⇄ the item's values. The form is flat: every input is named `v.<path>`, where a path is the
 * one the API uses in its field errors (`title`, `title.en`, `hours.2.opens`), so a server message lands
 * beside the input it is about. The form state keeps exactly what the editor typed (strings), so nothing is
 * lost when a save is refused or conflicts; converting to values happens on the way to the API.
 */
export const VALUE_PREFIX = "v.";

export type FormState = Record<string, string | string[]>;
export type FieldErrors = Record<string, string[]>;
export type Values = Record<string, unknown>;

export const inputName = (path: string) => `${VALUE_PREFIX}${path}`;
/** An id safe in CSS selectors and fragments: `hours.2.opens` → `falt-hours-2-opens`. */
export const inputId = (path: string) => `falt-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
export const errorId = (path: string) => `${inputId(path)}-fel`;

const listIndex = /^(\d+)\.(.+)$/;

/** Reads the `v.`-prefixed entries of a posted form; a repeated name (multi-choice) becomes a list. */
export function readFormState(form: FormData | URLSearchParams): FormState {
  const state: FormState = {};
  for (const [name, raw] of form.entries()) {
    if (!name.startsWith(VALUE_PREFIX) || typeof raw !== "string") continue;
    const path = name.slice(VALUE_PREFIX.length);
    const existing = state[path];
    if (existing === undefined) state[path] = raw;
    else state[path] = Array.isArray(existing) ? [...existing, raw] : [existing, raw];
  }
  return state;
}

const asText = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));
const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The row numbers a LIST field has in the state, in order (they may have gaps after a removal). */
export function rowIndexes(state: FormState, path: string): number[] {
  const indexes = new Set<number>();
  const prefix = `${path}.`;
  for (const key of Object.keys(state)) {
    if (!key.startsWith(prefix)) continue;
    const match = listIndex.exec(key.slice(prefix.length));
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

function rowIsBlank(state: FormState, path: string, item: FieldDescriptor[]): boolean {
  return item.every((field) => {
    const sub = `${path}.${field.name}`;
    if (field.kind === "BOOLEAN") return asText(state[sub]) === "";
    if (localizedKinds.has(field.kind)) return !asText(state[`${sub}.sv`]).trim() && !asText(state[`${sub}.en`]).trim();
    if (field.kind === "MULTI_ENUM") return asList(state[sub]).length === 0;
    return !asText(state[sub]).trim();
  });
}

function copyRow(from: FormState, to: FormState, fromPath: string, toPath: string) {
  for (const [key, value] of Object.entries(from)) {
    if (key === fromPath || key.startsWith(`${fromPath}.`)) to[toPath + key.slice(fromPath.length)] = value;
  }
}

/**
 * The state with every LIST's rows numbered 0…n-1 and blank rows left out (and `removeRow`, a path like
 * `hours.2`, taken out), so that the API's error paths (`hours.1.opens`) match the rows on the page.
 */
export function compactState(fields: FieldDescriptor[], state: FormState, removeRow?: string, base = ""): FormState {
  const out: FormState = {};
  for (const field of fields) {
    const path = base + field.name;
    if (field.kind !== "LIST") {
      copyRow(state, out, path, path);
      continue;
    }
    let next = 0;
    for (const index of rowIndexes(state, path)) {
      const rowPath = `${path}.${index}`;
      if (rowPath === removeRow || rowIsBlank(state, rowPath, field.itemFields)) continue;
      const rowState: FormState = {};
      copyRow(state, rowState, rowPath, `${path}.${next}`);
      Object.assign(out, compactState(field.itemFields, rowState, removeRow, `${path}.${next}.`));
      next += 1;
    }
  }
  return out;
}

const integerPattern = /^-?\d+$/;
const decimalPattern = /^-?\d+(?:[.,]\d+)?$/;

/**
 * Form state → the values the API takes. What cannot even be a value of its kind (letters in a number, a
 * time that does not exist) is a field error here; everything else — required fields, lengths, allowed
 * values — the subgraph checks and answers with its own field errors.
 */
export function stateToValues(fields: FieldDescriptor[], state: FormState, base = ""): { values: Values; errors: FieldErrors } {
  const values: Values = {};
  const errors: FieldErrors = {};
  for (const field of fields) {
    const path = base + field.name;
    const text = asText(state[path]).trim();
    switch (field.kind) {
      case "LOCALIZED_TEXT":
      case "LOCALIZED_LONG_TEXT":
      case "LOCALIZED_MARKDOWN": {
        const sv = asText(state[`${path}.sv`]);
        const en = asText(state[`${path}.en`]);
        values[field.name] = sv.trim() || en.trim() ? { sv: sv.trim() ? normaliseText(sv, field.kind) : "", en: en.trim() ? normaliseText(en, field.kind) : null } : null;
        break;
      }
      case "INTEGER":
        if (!text) values[field.name] = null;
        else if (integerPattern.test(text)) values[field.name] = Number(text);
        else errors[path] = ["Ange ett heltal, till exempel 12."];
        break;
      case "DECIMAL": {
        const compact = text.replace(/\s/g, "");
        if (!compact) values[field.name] = null;
        else if (decimalPattern.test(compact)) values[field.name] = Number(compact.replace(",", "."));
        else errors[path] = ["Ange ett tal, till exempel 12,50."];
        break;
      }
      case "BOOLEAN":
        values[field.name] = text === "true" || text === "on";
        break;
      case "DATETIME":
        if (!text) values[field.name] = null;
        else {
          const iso = stockholmLocalToIso(text);
          if (iso) values[field.name] = iso;
          else errors[path] = ["Ange datum och klockslag som finns i svensk tid, till exempel 2026-12-01 08:00."];
        }
        break;
      case "DATE":
        if (!text) values[field.name] = null;
        else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) values[field.name] = text;
        else errors[path] = ["Ange ett datum som ÅÅÅÅ-MM-DD."];
        break;
      case "TIME":
        if (!text) values[field.name] = null;
        else if (/^([01]\d|2[0-3]):[0-5]\d$/.test(text)) values[field.name] = text;
        else errors[path] = ["Ange ett klockslag som TT:MM, till exempel 08:00."];
        break;
      case "MULTI_ENUM":
        values[field.name] = asList(state[path]).filter((v) => v !== "");
        break;
      case "LIST": {
        const rows: Values[] = [];
        rowIndexes(state, path).forEach((index) => {
          const row = stateToValues(field.itemFields, state, `${path}.${index}.`);
          Object.assign(errors, row.errors);
          rows.push(row.values);
        });
        values[field.name] = rows;
        break;
      }
      case "MARKDOWN":
      case "LONG_TEXT":
        values[field.name] = text ? normaliseText(asText(state[path]), field.kind) : null;
        break;
      default:
        values[field.name] = text || null;
    }
  }
  return { values, errors };
}

/** Long texts keep their inner line breaks (Markdown needs them) but lose trailing blanks and CRs. */
function normaliseText(value: string, kind: FieldDescriptor["kind"]): string {
  return kind.endsWith("TEXT") && !kind.includes("LONG") ? value.trim() : value.replace(/\r\n?/g, "\n").trim();
}

function toText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** An item's values → the form state the edit page starts from. */
export function valuesToState(fields: FieldDescriptor[], values: Values | null | undefined, base = ""): FormState {
  const state: FormState = {};
  for (const field of fields) {
    const path = base + field.name;
    const value = values?.[field.name];
    switch (field.kind) {
      case "LOCALIZED_TEXT":
      case "LOCALIZED_LONG_TEXT":
      case "LOCALIZED_MARKDOWN": {
        const localized = (value ?? {}) as { sv?: unknown; en?: unknown };
        state[`${path}.sv`] = toText(localized.sv);
        state[`${path}.en`] = toText(localized.en);
        break;
      }
      case "BOOLEAN":
        state[path] = value === true ? "true" : "";
        break;
      case "DECIMAL":
        state[path] = typeof value === "number" ? String(value).replace(".", ",") : toText(value);
        break;
      case "DATETIME":
        state[path] = typeof value === "string" && value ? isoToStockholmLocal(value) : "";
        break;
      case "MULTI_ENUM":
        state[path] = Array.isArray(value) ? value.map(toText) : [];
        break;
      case "LIST":
        (Array.isArray(value) ? value : []).forEach((row, index) => {
          Object.assign(state, valuesToState(field.itemFields, (row ?? {}) as Values, `${path}.${index}.`));
        });
        break;
      default:
        state[path] = toText(value);
    }
  }
  return state;
}

/** The localized fields whose Swedish text is there and English is not: the portal falls back to Swedish. */
export function missingEnglish(fields: FieldDescriptor[], state: FormState, base = ""): string[] {
  const missing: string[] = [];
  for (const field of fields) {
    const path = base + field.name;
    if (localizedKinds.has(field.kind)) {
      if (asText(state[`${path}.sv`]).trim() && !asText(state[`${path}.en`]).trim()) missing.push(path);
    } else if (field.kind === "LIST") {
      for (const index of rowIndexes(state, path)) missing.push(...missingEnglish(field.itemFields, state, `${path}.${index}.`));
    }
  }
  return missing;
}

/** The text of one input in the state (the first, for a multi-choice). */
export const stateText = asText;
export const stateList = asList;
