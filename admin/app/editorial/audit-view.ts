import { auditAreas, contentTypeByKey, type AuditArea } from "./content-types";
import type { AuditEntry } from "./api";
import { displayName } from "./people";
import { formatSwedishDateTime, stockholmLocalToIso } from "./stockholm-time";

/** The audit log's filters as the GET form has them (Swedish names in the URL). */
export type AuditFilters = { area: AuditArea; actor: string; action: string; entityType: string; from: string; to: string };

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export const auditActionLabels: Record<string, string> = {
  EDITORIAL_CREATE: "Skapad",
  EDITORIAL_SAVE: "Utkast sparat",
  EDITORIAL_SUBMIT: "Skickad för granskning",
  EDITORIAL_PUBLISH: "Publicerad",
  EDITORIAL_SCHEDULE: "Publicering schemalagd",
  EDITORIAL_UNSCHEDULE: "Schemaläggning borttagen",
  EDITORIAL_ARCHIVE: "Arkiverad",
  EDITORIAL_RESTORE: "Äldre version återställd",
  EDITORIAL_IMPORT: "Importerad från CSV",
  CREATE: "Skapad",
  UPDATE: "Ändrad",
  TRANSITION: "Status ändrad",
};

export function readAuditFilters(params: URLSearchParams): { filters: AuditFilters; errors: Record<string, string> } {
  const area = auditAreas.find((a) => a.key === params.get("omrade"))?.key ?? auditAreas[0].key;
  const text = (name: string, max = 100) => (params.get(name) ?? "").trim().slice(0, max);
  const filters: AuditFilters = { area, actor: text("vem"), action: text("handelse"), entityType: text("typ"), from: text("fran", 10), to: text("till", 10) };
  const errors: Record<string, string> = {};
  for (const name of ["from", "to"] as const) {
    if (filters[name] && (!datePattern.test(filters[name]) || !stockholmLocalToIso(`${filters[name]}T00:00`))) errors[name] = "Ange ett datum som ÅÅÅÅ-MM-DD.";
  }
  if (!errors.from && !errors.to && filters.from && filters.to && filters.from > filters.to) errors.to = "Slutdatumet kan inte vara före startdatumet.";
  if (filters.action && !(filters.action in auditActionLabels)) errors.action = "Välj en händelse i listan.";
  return { filters, errors };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The API's filter: whole Swedish days, "to" inclusive (up to the start of the next day). */
export function auditFilterVariables(filters: AuditFilters) {
  return {
    actor: filters.actor || null,
    action: filters.action || null,
    entityType: filters.entityType || null,
    from: filters.from ? stockholmLocalToIso(`${filters.from}T00:00`) : null,
    to: filters.to ? stockholmLocalToIso(`${nextDay(filters.to)}T00:00`) : null,
  };
}

export function describeAuditEntry(entry: AuditEntry) {
  return {
    ...entry,
    when: formatSwedishDateTime(entry.at),
    who: displayName(entry.actor),
    what: auditActionLabels[entry.action] ?? entry.action,
    typeLabel: contentTypeByKey(entry.entityType)?.label ?? entry.entityType,
  };
}

export function auditCsvFilename(area: string, now: Date): string {
  const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(now);
  return `andringslogg-${area}-${day}.csv`;
}
