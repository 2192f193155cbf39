import type { TFunction } from "i18next";
import { z } from "zod";
import { tFor } from "~/i18n/instance";
import type { Lang } from "~/i18n/languages";
import { pickText, type PickedText } from "~/i18n/localized";
import type { GatewayResult } from "~/utils/gateway.server";
import { mapSection, readSection, type Section } from "~/utils/section";

/**
 * The access tool's form. Field names are the API's input paths ("seals.0.until"), so a refusal's
 * field errors land beside the field that caused them without a lookup table; the grants, which the
 * form offers as two simple fields, are the one exception (see `grantFields`).
 */
export type AccessFormValues = Record<string, string>;
export type FieldErrors = Record<string, string>;

export const textFields = [
  "region", "on", "person.birthDate", "person.age",
  "guardians.0.name", "guardians.1.name", "legalRepresentative.name",
  "loginLock.from", "loginLock.until", "loginLock.initiatedBy", "loginLock.onlyGuardian",
  "seals.0.initiatedBy", "seals.0.unit", "seals.0.from", "seals.0.until", "seals.0.onlyGuardian",
  "childGrantUnit", "guardianGrant",
] as const;
export const checkboxFields = [
  "person.protectedIdentity", "person.noEId", "person.coordinationNumber",
  "guardians.0.protectedIdentity", "guardians.0.blocked", "guardians.0.ownJournalSealed",
  "guardians.1.protectedIdentity", "guardians.1.blocked", "guardians.1.ownJournalSealed",
  "legalRepresentative.consent", "legalRepresentative.courtOrder", "loginLock.on", "seals.0.on",
] as const;

export const isAsked = (search: URLSearchParams) => search.has("region");

/** The form's values from the address; an empty form starts with Skåne, today and one guardian named in `lang`. */
export function readAccessForm(search: URLSearchParams, today: string, lang: Lang): AccessFormValues {
  const values: AccessFormValues = {};
  for (const name of textFields) values[name] = (search.get(name) ?? "").slice(0, 200).trim();
  for (const name of checkboxFields) values[name] = search.get(name) === "on" ? "on" : "";
  if (!values.region) values.region = "Skåne";
  if (!values.on) values.on = today;
  if (!values["guardians.0.name"] && !search.has("region")) values["guardians.0.name"] = tFor(lang, "journalAccess")("form.defaultGuardian");
  return values;
}

const yes = (v: AccessFormValues, name: string) => v[name] === "on";
const orNull = (text: string | undefined) => (text ? text : null);

/**
 * The API input from the form, and the form field each grant came from. An age that is not a whole
 * number is refused here, since the API's Int would refuse it without naming the field.
 */
export function toScenario(v: AccessFormValues, lang: Lang): { scenario: Record<string, unknown>; grantFields: string[]; localErrors: FieldErrors } {
  const localErrors: FieldErrors = {};
  let age: number | null = null;
  if (v["person.age"]) {
    if (/^\d{1,3}$/.test(v["person.age"]!)) age = Number(v["person.age"]);
    else localErrors["person.age"] = tFor(lang, "journalAccess")("errors.age");
  }
  const guardians = [0, 1]
    .filter((i) => v[`guardians.${i}.name`])
    .map((i) => ({ name: v[`guardians.${i}.name`], protectedIdentity: yes(v, `guardians.${i}.protectedIdentity`), blocked: yes(v, `guardians.${i}.blocked`), ownJournalSealed: yes(v, `guardians.${i}.ownJournalSealed`) }));
  const grants: Record<string, unknown>[] = [];
  const grantFields: string[] = [];
  if (v.childGrantUnit) {
    grants.push({ to: "CHILD", unit: v.childGrantUnit });
    grantFields.push("childGrantUnit");
  }
  if (v.guardianGrant) {
    grants.push({ to: "GUARDIAN", guardian: v.guardianGrant });
    grantFields.push("guardianGrant");
  }
  const scenario = {
    region: v.region,
    on: v.on,
    person: { birthDate: orNull(v["person.birthDate"]), age, protectedIdentity: yes(v, "person.protectedIdentity"), hasEId: !yes(v, "person.noEId"), fullPersonnummer: !yes(v, "person.coordinationNumber") },
    guardians,
    legalRepresentative: v["legalRepresentative.name"] ? { name: v["legalRepresentative.name"], consent: yes(v, "legalRepresentative.consent"), courtOrder: yes(v, "legalRepresentative.courtOrder") } : null,
    loginLock: yes(v, "loginLock.on") ? { initiatedBy: v["loginLock.initiatedBy"] === "RESIDENT" ? "RESIDENT" : "CARE", from: v["loginLock.from"], until: orNull(v["loginLock.until"]), onlyGuardian: orNull(v["loginLock.onlyGuardian"]) } : null,
    seals: yes(v, "seals.0.on")
      ? [{ initiatedBy: v["seals.0.initiatedBy"] === "RESIDENT" ? "RESIDENT" : "CARE", unit: orNull(v["seals.0.unit"]), from: orNull(v["seals.0.from"]), until: orNull(v["seals.0.until"]), onlyGuardian: orNull(v["seals.0.onlyGuardian"]) }]
      : [],
    grants,
  };
  return { scenario, grantFields, localErrors };
}

/** A refusal's messages by form field, and the fields whose message is Swedish on an English page (to mark). */
export type Refusal = { errors: FieldErrors; swedish: string[] };

const formFieldOf = (path: string, grantFields: string[]) => {
  const grant = /^grants\.(\d+)\./.exec(path);
  return grant ? (grantFields[Number(grant[1])] ?? "guardianGrant") : path.replace(/^seals\.0$/, "seals.0.until");
};

/**
 * The refusal's field errors, keyed by form field; a guardian that was left out shifts no index, since only
 * filled rows are sent in order. The API writes every field's text in Swedish and the first field's in
 * English too (`field`, `messages`), so an English page shows that one in English and marks the others.
 */
export function refusedFields(result: GatewayResult, grantFields: string[], lang: Lang): Refusal | null {
  const refusal = result.errors.find((e) => e.extensions?.code === "BAD_USER_INPUT" && e.path?.[0] === "journalAccess");
  if (!refusal) return null;
  const fieldErrors = (refusal.extensions?.fieldErrors ?? {}) as Record<string, string[]>;
  const english = (refusal.extensions?.messages as { en?: unknown } | undefined)?.en;
  const firstField = refusal.extensions?.field;
  const out: Refusal = { errors: {}, swedish: [] };
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const field = formFieldOf(path, grantFields);
    if (out.errors[field] !== undefined) continue;
    if (lang === "sv") out.errors[field] = messages[0] ?? tFor(lang, "journalAccess")("errors.check");
    else if (path === firstField && typeof english === "string" && english) out.errors[field] = english;
    else if (messages[0]) {
      out.errors[field] = messages[0];
      out.swedish.push(field);
    } else out.errors[field] = tFor(lang, "journalAccess")("errors.check");
  }
  return out;
}

const localizedText = z.object({ sv: z.string(), en: z.string().nullish() });

const Answer = z.object({
  region: z.string(),
  on: z.string(),
  age: z.number().int(),
  parties: z.array(
    z.object({
      party: z.string(),
      name: z.string().nullable(),
      eServices: z.boolean(),
      journal: z.string(),
      visibleUnits: z.array(z.string()),
      hiddenUnits: z.array(z.string()),
      reasons: z.array(z.object({ rule: z.string(), text: localizedText, source: z.object({ title: z.string(), publisher: z.string(), url: z.string().nullable() }) })),
    }),
  ),
  flags: z.array(z.object({ code: z.string(), field: z.string(), date: z.string().nullable(), reason: z.object({ text: localizedText }) })),
});

/** One reason: the rule's text in the page's language (or Swedish, marked) and its source, a Swedish document. */
export type ReasonView = { rule: string; text: PickedText; source: string; url: string | null };
export type PartyView = {
  heading: string;
  /** The heading of the party's reasons: "Varför – vårdnadshavare: Maria". */
  reasonsHeading: string;
  eServices: string;
  journal: string;
  reasons: ReasonView[];
};
export type FlagView = { label: string; date: string | null; reason: PickedText };
/** `region` is a Swedish name; the page says the rest ("Skåne, 2025-06-10: personen är 14 år."). */
export type AccessAnswerView = { region: string; on: string; age: number; parties: PartyView[]; flags: FlagView[] };

function journalWords(t: TFunction<"journalAccess">, journal: string, visible: string[], hidden: string[]) {
  if (journal === "FULL") return hidden.length > 0 ? t("reach.fullExcept", { units: hidden.join(", ") }) : t("reach.full");
  if (journal === "PARTIAL") return t("reach.partial", { units: visible.join(", ") });
  return t("reach.no");
}

function partyWords(t: TFunction<"journalAccess">, party: string, name: string | null) {
  if (party === "PERSON") return { heading: t("party.person"), reasonsHeading: t("party.whyPerson") };
  if (party === "GUARDIAN") return { heading: t("party.guardian", { name }), reasonsHeading: t("party.whyGuardian", { name }) };
  return { heading: t("party.representative", { name }), reasonsHeading: t("party.whyRepresentative", { name }) };
}

export function toAnswerView(result: GatewayResult, lang: Lang): Section<AccessAnswerView> {
  const t = tFor(lang, "journalAccess");
  return mapSection(readSection(result, "journalAccess", Answer), (a) => ({
    region: a.region,
    on: a.on,
    age: a.age,
    parties: a.parties.map((p) => ({
      ...partyWords(t, p.party, p.name),
      eServices: p.eServices ? t("reach.yes") : t("reach.no"),
      journal: journalWords(t, p.journal, p.visibleUnits, p.hiddenUnits),
      reasons: p.reasons.map((r) => ({ rule: r.rule, text: pickText(r.text, lang), source: `${r.source.title} (${r.source.publisher})`, url: r.source.url })),
    })),
    // A flag added to the schema later is named by its code until it gets words.
    flags: a.flags.map((f) => ({ label: t(`flags.${f.code}` as "flags.MEASURE_NOT_IN_FORCE", { defaultValue: f.code }), date: f.date, reason: pickText(f.reason.text, lang) })),
  }));
}
