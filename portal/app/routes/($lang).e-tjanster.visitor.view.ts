import { z } from "zod";
import { ageOn, parsePersonnummer } from "@vardportal/kit/personnummer";
import { tFor } from "~/i18n/instance";
import { defaultLang, type Lang } from "~/i18n/languages";
import { eServiceChannelLabel } from "~/utils/labels";

/** The Norrbotten municipalities the form offers (the API accepts any name). */
export const MUNICIPALITIES = [
  "Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix",
  "Kiruna", "Luleå", "Pajala", "Piteå", "Älvsbyn", "Överkalix", "Övertorneå",
] as const;

export const CHANNELS = ["WEB", "APP", "CHAT", "VIDEO", "SMS"] as const;

/** The channels the catalogue filters on, named in the page's language. */
export function channelOptions(lang: Lang = defaultLang): { value: string; label: string }[] {
  return CHANNELS.map((value) => ({ value, label: eServiceChannelLabel(value, lang) ?? value }));
}

export type VisitorField = "kanal" | "alder" | "kommun" | "eid";
export type VisitorValues = { kanal: string; alder: string; kommun: string; eid: string; passar: boolean };
export type VisitorErrors = Partial<Record<VisitorField, string>>;

/** One schema per field: what the URL may say, and the message beside the field (in the page's language) when it says something else. */
const schemas = new Map<Lang, Record<VisitorField, z.ZodType>>();
function fieldSchemas(lang: Lang): Record<VisitorField, z.ZodType> {
  const cached = schemas.get(lang);
  if (cached) return cached;
  const t = tFor(lang, "eServices");
  const made: Record<VisitorField, z.ZodType> = {
    kanal: z.union([z.literal(""), z.enum(CHANNELS)], { message: t("fieldErrors.channel") }),
    alder: z.union([z.literal(""), z.string().regex(/^\d{1,3}$/, t("fieldErrors.ageFormat")).refine((v) => Number(v) <= 130, t("fieldErrors.ageRange"))]),
    kommun: z.union([z.literal(""), z.enum(MUNICIPALITIES)], { message: t("fieldErrors.municipality") }),
    eid: z.enum(["", "ja", "nej"], { message: t("fieldErrors.eid") }),
  };
  schemas.set(lang, made);
  return made;
}

export type VisitorForm = {
  values: VisitorValues;
  errors: VisitorErrors;
  /** Where the age came from when the field was left empty: the logged-in resident's personnummer. */
  ageFromPersonnummer: boolean;
  visitor: { age?: number; municipality?: string; hasEid?: boolean };
  filter: { region: string; channel?: string; age?: number; municipality?: string };
};

/**
 * Reads the catalogue's GET form; field messages are in `options.lang` (Swedish by default). An empty age is filled, for a logged-in resident, from the birth date
 * in their personnummer (today, Swedish date); never shown in the address.
 */
export function parseVisitorForm(params: URLSearchParams, options: { region: string; personnummer?: string | null; today: string; lang?: Lang }): VisitorForm {
  const lang = options.lang ?? defaultLang;
  const fields = fieldSchemas(lang);
  const values: VisitorValues = {
    kanal: params.get("kanal")?.trim() ?? "",
    alder: params.get("alder")?.trim() ?? "",
    kommun: params.get("kommun")?.trim() ?? "",
    eid: params.get("eid")?.trim() ?? "",
    passar: params.get("passar") === "ja",
  };
  const errors: VisitorErrors = {};
  for (const field of Object.keys(fields) as VisitorField[]) {
    const parsed = fields[field].safeParse(values[field]);
    if (!parsed.success) errors[field] = parsed.error.issues[0]?.message ?? tFor(lang, "eServices")("fieldErrors.other");
  }
  let age = values.alder && !errors.alder ? Number(values.alder) : undefined;
  let ageFromPersonnummer = false;
  if (age === undefined && !values.alder && options.personnummer) {
    const parsed = parsePersonnummer(options.personnummer);
    if (parsed.ok) {
      age = ageOn(parsed.personnummer.birthDate, options.today);
      ageFromPersonnummer = true;
    }
  }
  const municipality = values.kommun && !errors.kommun ? values.kommun : undefined;
  const hasEid = values.eid === "ja" ? true : values.eid === "nej" ? false : undefined;
  const visitor = { ...(age !== undefined ? { age } : {}), ...(municipality ? { municipality } : {}), ...(hasEid !== undefined ? { hasEid } : {}) };
  const filter = {
    region: options.region,
    ...(values.kanal && !errors.kanal ? { channel: values.kanal } : {}),
    ...(values.passar && age !== undefined ? { age } : {}),
    ...(values.passar && municipality ? { municipality } : {}),
  };
  return { values, errors, ageFromPersonnummer, visitor, filter };
}

export const hasVisitorErrors = (form: VisitorForm) => Object.keys(form.errors).length > 0;

/** The form's values as a query string, for links that keep them (a service's page, the next page). */
export function visitorQuery(values: VisitorValues, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ kanal: values.kanal, alder: values.alder, kommun: values.kommun, eid: values.eid, passar: values.passar ? "ja" : "", ...extra }).filter(([, v]) => v !== "");
  return entries.length ? `?${new URLSearchParams(entries)}` : "";
}
