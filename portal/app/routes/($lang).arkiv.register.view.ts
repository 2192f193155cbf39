import { z } from "zod";
import { apiFieldErrors, type FieldErrors } from "~/components/archive-labels";
import { tFor } from "~/i18n/instance";
import type { Lang } from "~/i18n/languages";
import type { GatewayResult } from "~/utils/gateway.server";
import { formatStockholmTime } from "./($lang).mina-arenden.$id.view";
import { mapSection, readSection, type Section } from "~/utils/section";

export const searchFields = ["personnummer", "name", "yearFrom", "yearTo", "unit", "purpose"] as const;
export type SearchValues = Partial<Record<(typeof searchFields)[number], string>>;

/** The GET form: nothing is searched (and nothing logged) until a purpose and one criterion are given. */
export function readSearch(params: URLSearchParams, lang: Lang = "sv"): { values: SearchValues; input: Record<string, string | number> | null; errors: FieldErrors } {
  const t = tFor(lang, "archive");
  const values: SearchValues = {};
  for (const f of searchFields) {
    const v = params.get(f)?.trim();
    if (v) values[f] = v;
  }
  const asked = searchFields.some((f) => params.has(f));
  const errors: Record<string, string[]> = {};
  if (!asked) return { values, input: null, errors };
  if (!values.purpose || values.purpose.length < 5) errors.purpose = [t("register.errors.purpose")];
  for (const f of ["yearFrom", "yearTo"] as const) if (values[f] && !/^\d{4}$/.test(values[f]!)) errors[f] = [t("register.errors.year")];
  if (!values.personnummer && !values.name && !values.yearFrom && !values.yearTo && !values.unit) errors.personnummer = [t("register.errors.criterion")];
  if (Object.keys(errors).length) return { values, input: null, errors };
  const input: Record<string, string | number> = { purpose: values.purpose! };
  if (values.personnummer) input.personnummer = values.personnummer;
  if (values.name) input.name = values.name;
  if (values.unit) input.unit = values.unit;
  if (values.yearFrom) input.yearFrom = Number(values.yearFrom);
  if (values.yearTo) input.yearTo = Number(values.yearTo);
  return { values, input, errors };
}

const Entry = z.object({ id: z.string(), patientName: z.string(), personnummer: z.string().nullish(), birthDate: z.string().nullish(), unit: z.string(), enterprise: z.string(), firstContact: z.string().nullish(), lastContact: z.string().nullish(), diagnosisCode: z.string().nullish(), diagnosisText: z.string().nullish(), box: z.string().nullish(), shelf: z.string().nullish(), scanned: z.boolean() });
const Found = z.object({ totalCount: z.number(), edges: z.array(z.object({ node: Entry })) });
const Log = z.object({ edges: z.array(z.object({ node: z.object({ id: z.string(), at: z.string(), actorSubject: z.string(), action: z.string(), criteria: z.string(), resultCount: z.number(), purpose: z.string() }) })) });

/**
 * What the page shows. Names, units, diagnoses, shelves and purposes are the register's Swedish text;
 * `location` ("Kartong MK-1" / "Skannad") and the log's `action` are ours.
 */
export type RegisterView = {
  found: Section<{ totalCount: number; rows: { id: string; name: string; personnummer: string; unit: string; period: string; diagnosis: string; location: string; shelf: string | null }[] }> | null;
  log: Section<{ id: string; at: string; who: string; action: string; criteria: string; resultCount: number; purpose: string }[]>;
  fieldErrors: FieldErrors;
  /** Fields whose message is the archive's Swedish only (on an English page). */
  swedish: string[];
};

export function toRegisterView(result: GatewayResult, searched: boolean, lang: Lang = "sv"): RegisterView {
  const t = tFor(lang, "archive");
  const refusal = result.errors.find((e) => e.extensions?.code === "VALIDATION_FAILED");
  const refused = refusal ? apiFieldErrors(refusal.extensions, lang) : null;
  return {
    found: searched && !refused
      ? mapSection(readSection(result, "recordIndexSearch", Found), (f) => ({
          totalCount: f.totalCount,
          rows: f.edges.map(({ node: e }) => ({
            id: e.id,
            name: e.patientName,
            personnummer: e.personnummer ? `${e.personnummer.slice(0, 8)}-${e.personnummer.slice(8)}` : (e.birthDate ?? ""),
            unit: `${e.unit}, ${e.enterprise}`,
            period: [e.firstContact, e.lastContact].filter(Boolean).join(" – "),
            diagnosis: [e.diagnosisCode, e.diagnosisText].filter(Boolean).join(" "),
            location: e.scanned ? t("register.scanned") : e.box ? t("register.box", { box: e.box }) : "",
            shelf: e.scanned ? null : (e.shelf ?? null),
          })),
        }))
      : null,
    log: mapSection(readSection(result, "recordIndexAccessLog", Log), (l) =>
      l.edges.map(({ node: n }) => ({
        id: n.id,
        at: formatStockholmTime(n.at, lang),
        who: n.actorSubject,
        action: n.action === "SEARCH" ? t("register.logSearch") : t("register.logView"),
        criteria: n.criteria,
        resultCount: n.resultCount,
        purpose: n.purpose,
      })),
    ),
    fieldErrors: refused?.fieldErrors ?? {},
    swedish: refused?.swedish ?? [],
  };
}
