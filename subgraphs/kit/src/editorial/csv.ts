import { parse } from "csv-parse/sync";
import type { DataSource } from "typeorm";
import { canEditContent } from "../access.js";
import { AuditEntry } from "../db/audit-entry.entity.js";
import { badUserInput, forbidden } from "../errors.js";
import type { Actor } from "./engine.js";
import { editorialTransaction } from "./transaction.js";
import type { EditorialCsvImportResult, EditorialCsvRowError } from "./graphql-types.js";
import type { CsvRowProblem, EditorialTypeRegistration } from "./types.js";

/** 2 MB of CSV is tens of thousands of rows: more than any import an editor does by hand. */
export const MAX_CSV_CHARS = 2_000_000;
export const MAX_CSV_ROWS = 5_000;

/** `;` (what Swedish Excel writes) or `,`, whichever the header line uses more. */
function delimiterOf(csv: string): string {
  const header = csv.split(/\r?\n/, 1)[0] ?? "";
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

/**
 * The kit's CSV import (decision 019): parse, check the header, check every row (and the file as a
 * whole), and write only when nothing is wrong and it is not a dry run — all rows in one transaction.
 */
export async function importCsv(
  dataSource: DataSource,
  reg: EditorialTypeRegistration,
  input: { csv: string; dryRun: boolean; target: string | null },
  actor: Actor,
): Promise<EditorialCsvImportResult> {
  if (!canEditContent(actor.viewer)) throw forbidden();
  const spec = reg.csvImport;
  if (!spec) throw badUserInput(`${reg.key} has no CSV import.`, "csv");
  if (spec.targetRequired && !input.target) throw badUserInput("Välj vart raderna ska importeras.", "target");
  if (input.csv.length > MAX_CSV_CHARS) throw badUserInput("Filen är för stor (högst 2 MB).", "csv");
  let records: { record: Record<string, string>; line: number }[];
  let header: string[] = [];
  try {
    const parsed = parse(input.csv.replace(/^\uFEFF/, ""), {
      columns: (names: string[]) => (header = names.map((h) => h.trim())),
      delimiter: delimiterOf(input.csv.replace(/^\uFEFF/, "")),
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: false,
    }) as { record: Record<string, string>; info: { lines: number } }[];
    records = parsed.map((p) => ({ record: p.record, line: p.info.lines }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw badUserInput(`Filen kunde inte läsas som CSV: ${detail}`, "csv");
  }
  if (header.length === 0) throw badUserInput("Filen är tom: första raden ska vara kolumnnamnen.", "csv");
  const known = new Set(spec.columns.map((c) => c.name));
  const missing = spec.columns.filter((c) => c.required && !header.includes(c.name)).map((c) => c.name);
  const unknown = header.filter((h) => !known.has(h));
  if (missing.length || unknown.length) {
    const parts = [missing.length ? `saknade kolumner: ${missing.join(", ")}` : "", unknown.length ? `okända kolumner: ${unknown.join(", ")}` : ""].filter(Boolean);
    throw badUserInput(`Kolumnraden stämmer inte (${parts.join("; ")}). Kolumnerna är: ${spec.columns.map((c) => c.name).join(", ")}.`, "csv");
  }
  if (records.length > MAX_CSV_ROWS) throw badUserInput(`Högst ${MAX_CSV_ROWS} rader per import.`, "csv");
  if (records.length === 0) throw badUserInput("Filen har inga rader att importera.", "csv");

  const errors: EditorialCsvRowError[] = [];
  const push = (row: number, line: number, problems: CsvRowProblem[]) => {
    for (const p of problems) errors.push({ row, line, column: p.column ?? null, message: p.message });
  };
  const good: { rowNumber: number; row: unknown }[] = [];
  const lineOf = new Map<number, number>();
  const manager = dataSource.manager;
  for (const [index, { record, line }] of records.entries()) {
    const rowNumber = index + 1;
    lineOf.set(rowNumber, line);
    const result = await spec.parseRow(record, { manager, rowNumber, target: input.target, now: actor.now });
    if ("problems" in result) push(rowNumber, line, result.problems);
    else good.push({ rowNumber, row: result.row });
  }
  if (spec.checkAll) {
    const whole = await spec.checkAll(good, { manager, target: input.target });
    for (const [rowNumber, problems] of whole) push(rowNumber, lineOf.get(rowNumber) ?? rowNumber + 1, problems);
  }
  errors.sort((a, b) => a.row - b.row);
  const base = { dryRun: input.dryRun, rowCount: records.length, errors };
  if (errors.length > 0 || input.dryRun) return { ...base, applied: false, created: 0, updated: 0 };

  const counts = await editorialTransaction(dataSource, async (tx) => {
    const done = await spec.apply(tx, good, { target: input.target, viewer: actor.viewer, now: actor.now, requestId: actor.requestId });
    await tx.insert(AuditEntry, {
      at: actor.now,
      actorSubject: actor.viewer?.subject ?? "system",
      actorRoles: (actor.viewer?.roles ?? []).join(","),
      action: "EDITORIAL_IMPORT",
      entityType: reg.key,
      entityId: input.target ?? "csv",
      before: null,
      after: JSON.stringify({ rows: records.length, ...done }),
      requestId: actor.requestId ?? null,
    });
    return done;
  });
  return { ...base, applied: true, created: counts.created, updated: counts.updated };
}
