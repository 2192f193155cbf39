import { randomUUID } from "node:crypto";
import { redirect } from "@remix-run/node";
import { renderMarkdown } from "@vardportal/web/markdown";
import type { GatewayResult } from "@vardportal/web/gateway";
import { EditorialItemSchema, EditorialTypeSchema, readOutcome, type EditorialItem, type EditorialType, type Outcome } from "./api";
import { rootFields, type ContentTypeEntry } from "./content-types";
import { applyRowIntent, conflictRows, parseIntent, valuesDiffer, type ConflictRow, type Intent } from "./edit-view";
import { compactState, readFormState, stateText, stateToValues, type FieldErrors, type FormState, type Values } from "./form-values";
import { typeDocuments } from "./operations.graphql";
import { displayName } from "./people";
import { stockholmLocalToIso } from "./stockholm-time";

/** Everything the edit (and create) form renders from, whether it comes from the loader or a refused action. */
export type FormView = {
  kind: "form";
  /** New for every answer: the form is remounted, so renumbered rows show their new values. */
  nonce: string;
  state: FormState;
  errors: FieldErrors;
  previews: Record<string, string>;
  extraRows: Record<string, number>;
  /** The version the next save is made against (the other editor's after a conflict). */
  version: number | null;
  schedule: { publishAt: string; unpublishAt: string };
  notice: { title: string; text?: string; tone: "info" | "warning" | "success" } | null;
  confirm: { kind: "audience"; then: "save" | "submit" | "publish" | "schedule" | "create" } | { kind: "archive" } | null;
  conflict: { by: string; at: string; rows: ConflictRow[] } | null;
};

export type AutosaveResult = { kind: "autosave"; ok: true; version: number; at: string } | { kind: "autosave"; ok: false; reason: "invalid" | "conflict" | "unavailable" | "forbidden" };

export const MAX_MARKDOWN = 100_000;

/**
 * The loader's form has a fixed nonce: a revalidation (after an autosave, a Markdown preview) must not
 * remount the form and throw away what the editor is typing. An action's answer gets a new one.
 */
export function emptyForm(state: FormState, version: number | null, nonce = "loaded"): FormView {
  return { kind: "form", nonce, state, errors: {}, previews: {}, extraRows: {}, version, schedule: { publishAt: "", unpublishAt: "" }, notice: null, confirm: null, conflict: null };
}

const doneKeys = {
  save: "sparat",
  submit: "granskning",
  publish: "publicerad",
  schedule: "schemalagd",
  unschedule: "ej-schemalagd",
  archive: "arkiverad",
  create: "skapad",
} as const;

export const doneNotices: Record<string, string> = {
  sparat: "Utkastet är sparat.",
  granskning: "Utkastet är skickat för granskning.",
  publicerad: "Publicerat. Portalen visar nu den här versionen.",
  schemalagd: "Publiceringen är schemalagd.",
  "ej-schemalagd": "Schemaläggningen är borttagen.",
  arkiverad: "Posten är arkiverad och syns inte längre i portalen.",
  skapad: "Utkastet är skapat. Det syns inte i portalen förrän det publiceras.",
  aterstalld: "Den äldre versionen är återställd som ett nytt utkast. Den publicerade versionen är oförändrad tills du publicerar.",
};

type Send = (document: string, variables?: Record<string, unknown>) => Promise<GatewayResult>;

/** Reads the type's descriptor and (for an existing item) the item, or throws the error page. */
export async function loadItem(send: Send, entry: ContentTypeEntry, id: string): Promise<Outcome<{ type: EditorialType; item: EditorialItem }>> {
  const result = await send(typeDocuments[entry.key]!.item, { id });
  const fields = rootFields(entry);
  const type = readOutcome(result, fields.type, EditorialTypeSchema);
  if (type.kind !== "ok") return type;
  const item = readOutcome(result, fields.item, EditorialItemSchema);
  if (item.kind !== "ok") return item;
  return { kind: "ok", data: { type: type.data, item: item.data } };
}

function readSchedule(form: FormData) {
  return { publishAt: stateText((form.get("publishAt") as string | null) ?? "").trim(), unpublishAt: stateText((form.get("unpublishAt") as string | null) ?? "").trim() };
}

function scheduleErrors(schedule: { publishAt: string; unpublishAt: string }, needPublishAt: boolean) {
  const errors: FieldErrors = {};
  const values: { publishAt: string | null; unpublishAt: string | null } = { publishAt: null, unpublishAt: null };
  if (schedule.publishAt) {
    values.publishAt = stockholmLocalToIso(schedule.publishAt);
    if (!values.publishAt) errors.publishAt = ["Ange datum och klockslag som finns i svensk tid."];
  } else if (needPublishAt) errors.publishAt = ["Ange när utkastet ska publiceras."];
  if (schedule.unpublishAt) {
    values.unpublishAt = stockholmLocalToIso(schedule.unpublishAt);
    if (!values.unpublishAt) errors.unpublishAt = ["Ange datum och klockslag som finns i svensk tid."];
  }
  return { errors, values };
}

const scheduleFieldLabels = { publishAt: "Publiceras", unpublishAt: "Avpubliceras" };
export { scheduleFieldLabels };

/** A refused mutation as what the form shows; the editor's input is always kept. */
function refused(view: FormView, outcome: Exclude<Outcome<unknown>, { kind: "ok" }>, mine: Values, then: Intent["kind"], fields: EditorialType["fields"]): FormView {
  switch (outcome.kind) {
    case "invalid":
      return {
        ...view,
        errors: { ...view.errors, ...outcome.fieldErrors },
        notice: Object.keys(outcome.fieldErrors).length ? null : { title: "Det gick inte att spara.", text: outcome.message, tone: "warning" },
      };
    case "conflict": {
      if (!outcome.current) return { ...view, notice: { title: "Någon annan har ändrat posten under tiden.", text: "Ladda om sidan för att se deras ändring. Din text finns kvar nedan.", tone: "warning" } };
      const current = outcome.current;
      return {
        ...view,
        version: current.version,
        conflict: { by: displayName(current.updatedBy), at: current.updatedAt, rows: conflictRows(fields, mine, current.values) },
      };
    }
    case "audience":
      return { ...view, confirm: { kind: "audience", then: then as "save" | "submit" | "publish" | "schedule" | "create" } };
    case "bad-input":
      if (outcome.field && outcome.field in scheduleFieldLabels) return { ...view, errors: { ...view.errors, [outcome.field]: [outcome.message] } };
      return { ...view, notice: { title: "Det gick inte att göra det.", text: outcome.message, tone: "warning" } };
    case "forbidden":
      return { ...view, notice: { title: "Du har inte behörighet att göra det här.", text: "Bara redaktörer och administratörer kan publicera. Dina ändringar finns kvar nedan.", tone: "warning" } };
    case "not-found":
      throw new Response("Posten finns inte (längre).", { status: 404 });
    default:
      return { ...view, notice: { title: "Det gick inte att spara just nu.", text: "Försök igen om en stund. Dina ändringar finns kvar i formuläret.", tone: "warning" } };
  }
}

/**
 * The edit page's action: every button of the form comes here with the whole form, so the editor's input
 * survives any refusal (validation, conflict, confirmation, a subgraph that is down).
 */
export async function editAction({
  form,
  send,
  entry,
  id,
}: {
  form: FormData;
  send: Send;
  entry: ContentTypeEntry;
  id: string | null;
}): Promise<FormView | AutosaveResult | Response> {
  const intent: Intent = parseIntent(form.get("intent")) ?? { kind: id ? "save" : "create" };
  const docs = typeDocuments[entry.key]!;
  const fields = rootFields(entry);

  let type: EditorialType;
  let item: EditorialItem | null = null;
  if (id) {
    const loaded = await loadItem(send, entry, id);
    if (loaded.kind !== "ok") {
      if (intent.kind === "autosave") return { kind: "autosave", ok: false, reason: loaded.kind === "forbidden" ? "forbidden" : "unavailable" };
      if (loaded.kind === "not-found") throw new Response("Posten finns inte (längre).", { status: 404 });
      const raw = readFormState(form);
      return { ...emptyForm(raw, Number(form.get("version")) || null, randomUUID()), notice: { title: "Det gick inte att spara just nu.", text: "Försök igen om en stund. Dina ändringar finns kvar i formuläret.", tone: "warning" } };
    }
    ({ type, item } = loaded.data);
  } else {
    const result = await send(docs.type);
    const read = readOutcome(result, fields.type, EditorialTypeSchema);
    if (read.kind !== "ok") throw new Response("Formuläret kan inte visas just nu.", { status: read.kind === "forbidden" ? 403 : 503 });
    type = read.data;
  }

  const version = Number(form.get("version"));
  const rows = applyRowIntent(type.fields, readFormState(form), intent);
  const schedule = readSchedule(form);
  const view: FormView = { ...emptyForm(rows.state, Number.isInteger(version) ? version : (item?.version ?? null), randomUUID()), extraRows: rows.extraRows, schedule };

  // Buttons that only change the page: a Markdown preview (without JavaScript), a row more or less.
  if (intent.kind === "preview") {
    return { ...view, previews: { [intent.path]: renderMarkdown(stateText(rows.state[intent.path]).slice(0, MAX_MARKDOWN)) } };
  }
  if (intent.kind === "add-row" || intent.kind === "remove-row") return view;
  if (intent.kind === "archive") return { ...view, confirm: { kind: "archive" } };

  const { values, errors } = stateToValues(type.fields, rows.state);
  const step = intent.kind === "confirm-public" ? intent.then : intent.kind;
  const confirmPublicAudience = intent.kind === "confirm-public";
  const sched = scheduleErrors(schedule, step === "schedule");
  const allErrors = { ...errors, ...(step === "schedule" || step === "publish" ? sched.errors : {}) };
  if (Object.keys(allErrors).length) {
    if (step === "autosave") return { kind: "autosave", ok: false, reason: "invalid" };
    return { ...view, errors: allErrors };
  }

  const done = (key: keyof typeof doneKeys, itemId = id) => redirect(`/innehall/${entry.slug}/${encodeURIComponent(itemId ?? "")}?klart=${doneKeys[key]}`);

  if (step === "create" || !id || !item) {
    const created = readOutcome(await send(docs.create, { values, confirmPublicAudience }), fields.create, EditorialItemSchema);
    if (created.kind !== "ok") return refused(view, created, values, "create", type.fields);
    return done("create", created.data.id);
  }

  if (step === "archive-confirmed" || step === "unschedule") {
    const doc = step === "archive-confirmed" ? docs.archive : docs.unschedule;
    const field = step === "archive-confirmed" ? fields.archive : fields.unschedule;
    const outcome = readOutcome(await send(doc, { id, version }), field, EditorialItemSchema);
    if (outcome.kind !== "ok") return refused(view, outcome, values, step, type.fields);
    return done(step === "archive-confirmed" ? "archive" : "unschedule");
  }

  // Save first when the form differs from what is stored (always for "save"), then take the workflow step.
  let current = version;
  if (step === "save" || step === "autosave" || valuesDiffer(type.fields, values, item.values)) {
    const saved = readOutcome(
      await send(docs.save, { id, version, values, autosave: step === "autosave", confirmPublicAudience }),
      fields.save,
      EditorialItemSchema,
    );
    if (step === "autosave") {
      if (saved.kind === "ok") return { kind: "autosave", ok: true, version: saved.data.version, at: saved.data.updatedAt };
      return { kind: "autosave", ok: false, reason: saved.kind === "conflict" ? "conflict" : saved.kind === "invalid" || saved.kind === "audience" ? "invalid" : saved.kind === "forbidden" ? "forbidden" : "unavailable" };
    }
    if (saved.kind !== "ok") return refused(view, saved, values, step, type.fields);
    if (step === "save") return done("save");
    current = saved.data.version;
  }

  const next =
    step === "submit"
      ? readOutcome(await send(docs.submit, { id, version: current }), fields.submit, EditorialItemSchema)
      : readOutcome(
          await send(docs.publish, { id, version: current, publishAt: step === "schedule" ? sched.values.publishAt : null, unpublishAt: sched.values.unpublishAt }),
          fields.publish,
          EditorialItemSchema,
        );
  if (next.kind !== "ok") return refused({ ...view, version: current }, next, values, step, type.fields);
  return done(step === "submit" ? "submit" : step === "schedule" ? "schedule" : "publish");
}
