import type { z } from "zod";
import { Audience } from "../content/enums.js";
import type { FieldErrors } from "../errors.js";
import { localizedKinds, type EditorialFieldDescriptor, type EditorialTypeRegistration } from "./types.js";

/** The two fields the kit adds to every type, first in the form. */
export function kitFields(reg: EditorialTypeRegistration): EditorialFieldDescriptor[] {
  const audienceLabels: Record<Audience, { sv: string; en: string }> = {
    PUBLIC: { sv: "Alla (publik)", en: "Everyone (public)" },
    RESIDENT: { sv: "Invånare som loggat in", en: "Logged-in residents" },
    STAFF: { sv: "Vårdpersonal", en: "Care staff" },
    ARCHIVE: { sv: "Arkivet", en: "Archive staff" },
  };
  return [
    {
      name: "audience",
      kind: "ENUM",
      label: { sv: "Målgrupp", en: "Audience" },
      help: { sv: "Vem som får läsa innehållet. Att göra det publikt kräver en bekräftelse.", en: "Who may read it. Making it public needs a confirmation." },
      required: true,
      options: Object.values(Audience).map((value) => ({ value, label: audienceLabels[value] })),
    },
    reg.regions
      ? { name: "region", kind: "ENUM", label: { sv: "Region", en: "Region" }, required: true, options: reg.regions.map((r) => ({ value: r, label: { sv: r, en: r } })) }
      : { name: "region", kind: "TEXT", label: { sv: "Region", en: "Region" }, required: true, maxLength: 64 },
  ];
}

export const allFields = (reg: EditorialTypeRegistration) => [...kitFields(reg), ...reg.fields];

/** zod's issues as our field messages: "title.sv", "hours.2.opens"; an unknown key is named itself. */
export function fieldErrorsOf(error: z.ZodError, prefix: string[] = []): FieldErrors {
  const errors: FieldErrors = {};
  const add = (path: string, message: string) => (errors[path] ??= []).push(message);
  for (const issue of error.issues) {
    const base = [...prefix, ...issue.path.map(String)];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add([...base, key].join("."), "Okänt fält: det finns inte i den här innehållstypen.");
    } else {
      add(base.join(".") || "values", issue.message);
    }
  }
  return errors;
}

export interface Validated {
  values: Record<string, unknown>;
  audience: Audience;
  region: string;
}

/** The whole values object, checked: audience and region by the kit, the rest by the type's schema. */
export function validateValues(reg: EditorialTypeRegistration, input: Record<string, unknown>): { ok: true; value: Validated } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const { audience, region, ...rest } = input;
  if (typeof audience !== "string" || !(Object.values(Audience) as string[]).includes(audience)) errors.audience = ["Välj en målgrupp."];
  const regionText = typeof region === "string" ? region.trim() : "";
  if (!regionText) errors.region = ["Ange en region."];
  else if (regionText.length > 64) errors.region = ["Högst 64 tecken."];
  else if (reg.regions && !reg.regions.includes(regionText)) errors.region = [`Välj en av regionerna: ${reg.regions.join(", ")}.`];
  const parsed = reg.schema.safeParse(rest);
  if (!parsed.success) Object.assign(errors, fieldErrorsOf(parsed.error));
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  const values = parsed.data as Record<string, unknown>;
  return { ok: true, value: { values: { audience, region: regionText, ...values }, audience: audience as Audience, region: regionText } };
}

/** Without the two kit fields: what the adapter gets. */
export function ownValues(values: Record<string, unknown>): Record<string, unknown> {
  const { audience: _a, region: _r, ...rest } = values;
  return rest;
}

const isLocalized = (v: unknown): v is { sv?: unknown; en?: unknown } => typeof v === "object" && v !== null && !Array.isArray(v) && "sv" in v;
const hasText = (v: unknown) => typeof v === "string" && v.trim() !== "";

/** Paths of localized values that have Swedish but no English. */
export function missingEnglish(fields: EditorialFieldDescriptor[], values: Record<string, unknown>): string[] {
  const missing: string[] = [];
  for (const field of fields) {
    const value = values[field.name];
    if (localizedKinds.includes(field.kind)) {
      if (isLocalized(value) && hasText(value.sv) && !hasText(value.en)) missing.push(field.name);
    } else if (field.kind === "LIST" && Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item !== "object" || item === null) return;
        for (const sub of missingEnglish(field.itemFields ?? [], item as Record<string, unknown>)) missing.push(`${field.name}.${index}.${sub}`);
      });
    }
  }
  return missing;
}

/** The item's title: the title field's text (Swedish for a localized one). */
export function titleOf(reg: EditorialTypeRegistration, values: Record<string, unknown>): string {
  const value = values[reg.titleField];
  if (isLocalized(value)) return typeof value.sv === "string" ? value.sv : "";
  return typeof value === "string" ? value : value == null ? "" : String(value);
}

function scalarText(field: EditorialFieldDescriptor, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (field.kind === "BOOLEAN") return value ? "Ja" : "Nej";
  if (field.kind === "ENUM") return field.options?.find((o) => o.value === value)?.label.sv ?? String(value);
  if (field.kind === "MULTI_ENUM" && Array.isArray(value)) {
    return value.length ? value.map((v) => field.options?.find((o) => o.value === v)?.label.sv ?? String(v)).join(", ") : null;
  }
  if (isLocalized(value)) return [value.sv, value.en].filter(hasText).join(" / ") || null;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** One line per list item: "Namn: …; Telefon: …". */
function listText(field: EditorialFieldDescriptor, value: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  return value
    .map((item, i) => {
      if (typeof item !== "object" || item === null) return `${i + 1}. ${String(item)}`;
      const parts = (field.itemFields ?? [])
        .map((sub) => [sub.label.sv, scalarText(sub, (item as Record<string, unknown>)[sub.name])] as const)
        .filter(([, text]) => text !== null)
        .map(([label, text]) => `${label}: ${text}`);
      return `${i + 1}. ${parts.join("; ")}`;
    })
    .join("\n");
}

export interface FlatValue {
  path: string;
  label: string;
  text: string | null;
}

/** Values as readable texts per path, in form order: what a diff compares. */
export function flatten(fields: EditorialFieldDescriptor[], values: Record<string, unknown>): FlatValue[] {
  const flat: FlatValue[] = [];
  for (const field of fields) {
    const value = values[field.name];
    if (localizedKinds.includes(field.kind)) {
      const v = isLocalized(value) ? value : { sv: null, en: null };
      flat.push({ path: `${field.name}.sv`, label: `${field.label.sv} (svenska)`, text: hasText(v.sv) ? String(v.sv) : null });
      flat.push({ path: `${field.name}.en`, label: `${field.label.sv} (engelska)`, text: hasText(v.en) ? String(v.en) : null });
    } else if (field.kind === "LIST") {
      flat.push({ path: field.name, label: field.label.sv, text: listText(field, value) });
    } else {
      flat.push({ path: field.name, label: field.label.sv, text: scalarText(field, value) });
    }
  }
  return flat;
}

/** Top-level value names whose value differs. */
export function changedFieldNames(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  if (!before) return Object.keys(after).sort();
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)).sort();
}
