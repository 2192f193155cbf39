import { stringify } from "csv-stringify/sync";
import type { AuditEntry } from "./api";
import { describeAuditEntry } from "./audit-view";

// Server only: csv-stringify needs Node's Buffer, and only the export route writes CSV.

/**
 * The log as CSV for Swedish Excel: UTF-8 with a byte-order mark, semicolons, CRLF, one header row.
 * Cells that a spreadsheet would read as a formula are prefixed with an apostrophe.
 */
export function auditCsv(entries: AuditEntry[]): string {
  const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  const rows = entries.map((e) => {
    const d = describeAuditEntry(e);
    return [d.at, d.when, d.actor, d.actorRoles.join(", "), d.action, d.what, d.entityType, d.entityId, d.changedFields.join(", ")].map(safe);
  });
  return stringify(rows, {
    bom: true,
    delimiter: ";",
    record_delimiter: "windows",
    header: true,
    columns: ["Tidpunkt (UTC)", "Tid (svensk)", "Vem", "Roller", "Händelsekod", "Händelse", "Typ", "Id", "Ändrade fält"],
  });
}

