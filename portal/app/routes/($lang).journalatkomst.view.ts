import { z } from "zod";
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

export function readAccessForm(search: URLSearchParams, today: string): AccessFormValues {
  const values: AccessFormValues = {};
  for (const name of textFields) values[name] = (search.get(name) ?? "").slice(0, 200).trim();
  for (const name of checkboxFields) values[name] = search.get(name) === "on" ? "on" : "";
  if (!values.region) values.region = "Skåne";
  if (!values.on) values.on = today;
  if (!values["guardians.0.name"] && !search.has("region")) values["guardians.0.name"] = "Vårdnadshavare 1";
  return values;
}

const yes = (v: AccessFormValues, name: string) => v[name] === "on";
const orNull = (text: string | undefined) => (text ? text : null);

/**
 * The API input from the form, and the form field each grant came from. An age that is not a whole
 * number is refused here, since the API's Int would refuse it without naming the field.
 */
export function toScenario(v: AccessFormValues): { scenario: Record<string, unknown>; grantFields: string[]; localErrors: FieldErrors } {
  const localErrors: FieldErrors = {};
  let age: number | null = null;
  if (v["person.age"]) {
    if (/^\d{1,3}$/.test(v["person.age"]!)) age = Number(v["person.age"]);
    else localErrors["person.age"] = "Skriv åldern som ett heltal, till exempel 14.";
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

/** The refusal's field errors, keyed by form field; a guardian that was left out shifts no index, since only filled rows are sent in order. */
export function refusedFields(result: GatewayResult, grantFields: string[]): FieldErrors | null {
  const refusal = result.errors.find((e) => e.extensions?.code === "BAD_USER_INPUT" && e.path?.[0] === "journalAccess");
  if (!refusal) return null;
  const fieldErrors = (refusal.extensions?.fieldErrors ?? {}) as Record<string, string[]>;
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const grant = /^grants\.(\d+)\./.exec(path);
    const field = grant ? (grantFields[Number(grant[1])] ?? "guardianGrant") : path.replace(/^seals\.0$/, "seals.0.until");
    out[field] ??= messages[0] ?? "Kontrollera uppgiften.";
  }
  return out;
}

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
      reasons: z.array(z.object({ rule: z.string(), text: z.object({ sv: z.string() }), source: z.object({ title: z.string(), publisher: z.string(), url: z.string().nullable() }) })),
    }),
  ),
  flags: z.array(z.object({ code: z.string(), field: z.string(), date: z.string().nullable(), reason: z.object({ text: z.object({ sv: z.string() }) }) })),
});

export type PartyView = {
  heading: string;
  eServices: string;
  journal: string;
  reasons: { rule: string; text: string; source: string; url: string | null }[];
};
export type AccessAnswerView = { summary: string; parties: PartyView[]; flags: string[] };

const journalWords = (journal: string, visible: string[], hidden: string[]) => {
  const without = hidden.length > 0 ? ` utom ${hidden.join(", ")}` : "";
  if (journal === "FULL") return `Ja, hela journalen${without}`;
  if (journal === "PARTIAL") return `Bara från ${visible.join(", ")}`;
  return "Nej";
};

const flagWords: Record<string, string> = {
  SEAL_ENDS_WITHIN_A_WEEK: "Förseglingen upphör inom en vecka – påminnelse till verksamheten",
  LOCK_ENDS_AUTOMATICALLY: "Låsningen hävs automatiskt",
  MEASURE_NOT_IN_FORCE: "En åtgärd gäller inte den valda dagen",
};

export function toAnswerView(result: GatewayResult): Section<AccessAnswerView> {
  return mapSection(readSection(result, "journalAccess", Answer), (a) => ({
    summary: `${a.region}, ${a.on}: personen är ${a.age} år.`,
    parties: a.parties.map((p) => ({
      heading: p.party === "PERSON" ? "Personen själv" : p.party === "GUARDIAN" ? `Vårdnadshavare: ${p.name}` : `God man/förvaltare: ${p.name}`,
      eServices: p.eServices ? "Ja" : "Nej",
      journal: journalWords(p.journal, p.visibleUnits, p.hiddenUnits),
      reasons: p.reasons.map((r) => ({ rule: r.rule, text: r.text.sv, source: `${r.source.title} (${r.source.publisher})`, url: r.source.url })),
    })),
    flags: a.flags.map((f) => `${flagWords[f.code] ?? f.code}${f.date ? ` (${f.date})` : ""}: ${f.reason.text.sv}`),
  }));
}
