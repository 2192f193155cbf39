import { z } from "zod";
import { ageOn, parsePersonnummer } from "@vardportal/kit/personnummer";

/** The Norrbotten municipalities the form offers (the API accepts any name). */
export const MUNICIPALITIES = [
  "Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix",
  "Kiruna", "Luleå", "Pajala", "Piteå", "Älvsbyn", "Överkalix", "Övertorneå",
] as const;

export const CHANNELS = [
  { value: "WEB", label: "Webb" },
  { value: "APP", label: "App" },
  { value: "CHAT", label: "Chatt" },
  { value: "VIDEO", label: "Video" },
  { value: "SMS", label: "Sms" },
] as const;

export type VisitorField = "kanal" | "alder" | "kommun" | "eid";
export type VisitorValues = { kanal: string; alder: string; kommun: string; eid: string; passar: boolean };
export type VisitorErrors = Partial<Record<VisitorField, string>>;

/** One schema per field: what the URL may say, and the message beside the field when it says something else. */
const fields: Record<VisitorField, z.ZodType> = {
  kanal: z.union([z.literal(""), z.enum(CHANNELS.map((c) => c.value) as [string, ...string[]])], { message: "Välj en kanal i listan." }),
  alder: z.union([z.literal(""), z.string().regex(/^\d{1,3}$/, "Skriv din ålder i hela år, till exempel 16.").refine((v) => Number(v) <= 130, "Skriv en ålder mellan 0 och 130.")]),
  kommun: z.union([z.literal(""), z.enum(MUNICIPALITIES)], { message: "Välj en kommun i listan." }),
  eid: z.enum(["", "ja", "nej"], { message: "Välj ja eller nej." }),
};

export type VisitorForm = {
  values: VisitorValues;
  errors: VisitorErrors;
  /** Where the age came from when the field was left empty: the logged-in resident's personnummer. */
  ageFromPersonnummer: boolean;
  visitor: { age?: number; municipality?: string; hasEid?: boolean };
  filter: { region: string; channel?: string; age?: number; municipality?: string };
};

/**
 * Reads the catalogue's GET form. An empty age is filled, for a logged-in resident, from the birth date
 * in their personnummer (today, Swedish date); never shown in the address.
 */
export function parseVisitorForm(params: URLSearchParams, options: { region: string; personnummer?: string | null; today: string }): VisitorForm {
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
    if (!parsed.success) errors[field] = parsed.error.issues[0]?.message ?? "Kontrollera fältet.";
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
