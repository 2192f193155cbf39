import type { CsvImportResult } from "./api";
import { contentTypes, type ContentTypeEntry } from "./content-types";

/** The types whose CSV can be imported (those with `import<P>Csv`), from the one list. */
export const importKinds = contentTypes.filter((t): t is ContentTypeEntry & { csvImport: NonNullable<ContentTypeEntry["csvImport"]> } => "csvImport" in t && !!t.csvImport);

/** The biggest file the import takes (the gateway's body limit is larger). */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

export type ImportStep =
  | { step: "choose"; kind: string; target: string; errors: Record<string, string> }
  | { step: "checked"; kind: string; target: string; fileName: string; csv: string; result: CsvImportResult }
  | { step: "applied"; kind: string; target: string; fileName: string; result: CsvImportResult };

/** "N rader är giltiga" or the count of rows with problems, in Swedish. */
export function importSummary(result: CsvImportResult): string {
  if (result.applied) {
    return `Importen är klar: ${result.created} ${result.created === 1 ? "ny" : "nya"} och ${result.updated} ${result.updated === 1 ? "uppdaterad" : "uppdaterade"}.`;
  }
  const badRows = new Set(result.errors.map((e) => e.row)).size;
  if (badRows === 0) return result.rowCount === 1 ? "1 rad är giltig." : `${result.rowCount} rader är giltiga.`;
  return `${badRows} av ${result.rowCount} rader har fel. Inget har importerats.`;
}

/** Row errors sorted by row, then column, for the table. */
export function sortedRowErrors(result: CsvImportResult) {
  return [...result.errors].sort((a, b) => a.row - b.row || (a.column ?? "").localeCompare(b.column ?? "", "sv"));
}

/** Reads an uploaded file as UTF-8 text (a BOM is dropped); null when it is no file, empty or too big. */
export async function readCsvUpload(file: FormDataEntryValue | null): Promise<{ ok: true; name: string; text: string } | { ok: false; message: string }> {
  if (!file || typeof file === "string" || file.size === 0) return { ok: false, message: "Välj en CSV-fil." };
  if (file.size > MAX_CSV_BYTES) return { ok: false, message: "Filen är för stor (högst 2 MB)." };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: "Filen är inte sparad som UTF-8. Spara den som ”CSV UTF-8” i Excel och försök igen." };
  }
  return { ok: true, name: file.name || "fil.csv", text: text.replace(/^\uFEFF/, "") };
}
