import type { EntityManager } from "typeorm";
import { Audience, type CsvRowProblem, type EditorialCsvColumn, type EditorialCsvImport } from "@vardportal/kit";
import { CareUnit } from "../entities/care-unit.entity.js";
import { CareUnitKind } from "../entities/care-unit-kind.js";
import { parseHsaId } from "../rules/hsa-id.js";
import { openingHoursProblems, openingHoursRowsOf, weeklySpansOf, WEEKDAY_CODES, type OpeningHoursRow, type WeekdayCode } from "../rules/hours-input.js";
import { careUnitKindOptions } from "./care-unit-fields.js";
import { careUnitSchema, type CareUnitValues } from "./care-unit-values.js";
import { booleanCell, clockCell, codeCell, decimalCell, textCell } from "@vardportal/kit";

/**
 * The CSV import of care units (docs/csv-import.md): one row per unit, keyed by HSA-id. A new HSA-id
 * becomes a new unit as a draft; a known one gets a working copy with the row's columns over its current
 * values. Nothing is published. Every row is validated with the form's schema before anything is written.
 */

export const WEEKDAY_COLUMNS: Record<WeekdayCode, string> = {
  MON: "monday",
  TUE: "tuesday",
  WED: "wednesday",
  THU: "thursday",
  FRI: "friday",
  SAT: "saturday",
  SUN: "sunday",
};

const sv = (text: string) => ({ sv: text });

export const careUnitCsvColumns: EditorialCsvColumn[] = [
  { name: "hsaId", required: true, help: sv("Enhetens HSA-id, t.ex. SE2321000230-1A2B. Finns det redan blir raden ett utkast till ändring av den enheten.") },
  { name: "name", help: sv("Namn. Krävs för en ny enhet.") },
  { name: "kind", help: sv(`Sorts enhet: ${Object.values(CareUnitKind).join(", ")} (eller t.ex. Hälsocentral). Krävs för en ny enhet.`) },
  { name: "municipality", help: sv("Kommun. Krävs för en ny enhet.") },
  { name: "region", help: sv("Region, t.ex. Norrbotten. Krävs för en ny enhet.") },
  { name: "audience", help: sv("Målgrupp: PUBLIC, RESIDENT, STAFF eller ARCHIVE. Tomt för en ny enhet: PUBLIC.") },
  { name: "address", help: sv("Besöksadress.") },
  { name: "latitude", help: sv("Latitud i grader (WGS 84), decimalkomma eller decimalpunkt.") },
  { name: "longitude", help: sv("Longitud i grader (WGS 84).") },
  { name: "phone", help: sv("Publikt telefonnummer.") },
  { name: "webUrl", help: sv("Webbadress som börjar med https://.") },
  { name: "description_sv", help: sv("Beskrivning på svenska. Krävs för en ny enhet.") },
  { name: "description_en", help: sv("Beskrivning på engelska.") },
  { name: "closedOnPublicHolidays", help: sv("ja eller nej: stängt på helgdagar. Tomt för en ny enhet: ja.") },
  { name: "internalPhone", help: sv("Internt nummer, visas bara för personal.") },
  ...WEEKDAY_CODES.map((code) => ({
    name: WEEKDAY_COLUMNS[code],
    help: sv("Öppettider den dagen, t.ex. 08:00-17:00 eller 08:00-12:00, 13:00-17:00; tomt eller stängt: stängt. Ange alla sju dagarna eller ingen."),
  })),
];

/** A row ready to write: the unit's id when it exists, and its whole values (audience and region included). */
export interface CareUnitImportRow {
  id: string | null;
  hsaId: string;
  values: CareUnitValues & { audience: Audience; region: string };
}

/** The values an existing unit has now: its working copy's, or its row's. Given by the registration. */
export type CurrentValues = (manager: EntityManager, id: string) => Promise<(CareUnitValues & { audience: Audience; region: string }) | null>;

const kindLabels = Object.fromEntries(careUnitKindOptions.map((o) => [o.value, [o.label.sv, o.label.en ?? o.label.sv]])) as Partial<Record<CareUnitKind, string[]>>;

/** "08:00-17:00, 18:00-20:00" → rows on that weekday; "" or "stängt" → none. */
function dayCell(text: string, code: WeekdayCode): { rows: OpeningHoursRow[] } | { problem: string } {
  const t = text.trim();
  if (!t || /^(stängt|stangt|closed|-)$/i.test(t)) return { rows: [] };
  const rows: OpeningHoursRow[] = [];
  for (const part of t.split(/[,/]/)) {
    const match = /^\s*(\S+)\s*[-–—]\s*(\S+)\s*$/.exec(part);
    if (!match) return { problem: "Skriv tiderna som 08:00-17:00, flera pass med komma emellan, eller stängt." };
    rows.push({ weekdays: [code], opens: clockCell(match[1]!), closes: clockCell(match[2]!) });
  }
  return { rows };
}

/** Where a problem at a values path shows in the file: its column. */
function columnOf(path: string, hourColumns: string[]): string {
  const [head, index] = path.split(".");
  if (head === "description") return path.endsWith(".en") ? "description_en" : "description_sv";
  if (head === "openingHours" && index !== undefined) return hourColumns[Number(index)] ?? "monday";
  return head ?? path;
}

export function careUnitCsvImport(currentValues: CurrentValues, write: EditorialCsvImport<CareUnitImportRow>["apply"]): EditorialCsvImport<CareUnitImportRow> {
  return {
    columns: careUnitCsvColumns,
    async parseRow(record, { manager }) {
      const problems: CsvRowProblem[] = [];
      const has = (column: string) => Object.hasOwn(record, column);
      const cell = (column: string) => record[column] ?? "";

      const hsaId = parseHsaId(cell("hsaId"));
      if (!hsaId) return { problems: [{ column: "hsaId", message: "Ett HSA-id är SE, tio siffror, bindestreck och upp till 18 bokstäver eller siffror, t.ex. SE2321000230-1A2B." }] };
      const existing = await manager.getRepository(CareUnit).findOne({ where: { hsaId }, select: { id: true } });
      const current = existing ? await currentValues(manager, existing.id) : null;

      const values: Record<string, unknown> = current
        ? { ...current }
        : {
            audience: Audience.PUBLIC,
            region: "",
            name: "",
            kind: null,
            municipality: "",
            address: null,
            latitude: null,
            longitude: null,
            phone: null,
            webUrl: null,
            description: { sv: "", en: null },
            closedOnPublicHolidays: true,
            internalPhone: null,
            openingHours: [],
            hoursExceptions: [],
            contactRoutes: [],
          };
      values.hsaId = hsaId;

      for (const column of ["name", "municipality", "region"] as const) if (has(column)) values[column] = cell(column).trim();
      for (const column of ["address", "phone", "webUrl", "internalPhone"] as const) if (has(column)) values[column] = textCell(cell(column));
      if (has("kind")) {
        const kind = codeCell(cell("kind"), Object.values(CareUnitKind), kindLabels);
        if ("problem" in kind) problems.push({ column: "kind", message: kind.problem });
        else values.kind = kind.value;
      }
      if (has("audience") && cell("audience").trim()) {
        const audience = codeCell(cell("audience"), Object.values(Audience));
        if ("problem" in audience) problems.push({ column: "audience", message: audience.problem });
        else if (current && audience.value === Audience.PUBLIC && current.audience !== Audience.PUBLIC) {
          // Widening a unit to everyone needs an editor's explicit confirmation (decision 019): the form asks for it, a file cannot.
          problems.push({ column: "audience", message: "Att göra en befintlig enhet synlig för alla kräver en bekräftelse: ändra målgruppen i formuläret." });
        } else values.audience = audience.value;
      }
      for (const column of ["latitude", "longitude"] as const) {
        if (!has(column)) continue;
        const number = decimalCell(cell(column));
        if ("problem" in number) problems.push({ column, message: number.problem });
        else values[column] = number.value;
      }
      if (has("closedOnPublicHolidays") && (cell("closedOnPublicHolidays").trim() || current)) {
        const closed = booleanCell(cell("closedOnPublicHolidays"));
        if ("problem" in closed) problems.push({ column: "closedOnPublicHolidays", message: closed.problem });
        else values.closedOnPublicHolidays = closed.value;
      }
      const description = values.description as { sv: string; en: string | null };
      if (has("description_sv")) values.description = { ...description, sv: cell("description_sv").trim() };
      if (has("description_en")) values.description = { ...(values.description as object), en: textCell(cell("description_en")) };

      // The week: all seven day columns, or none (then the unit keeps its hours).
      const hourColumns: string[] = [];
      const dayColumns = WEEKDAY_CODES.filter((code) => has(WEEKDAY_COLUMNS[code]));
      if (dayColumns.length > 0 && dayColumns.length < 7) {
        const missing = WEEKDAY_CODES.filter((code) => !has(WEEKDAY_COLUMNS[code])).map((code) => WEEKDAY_COLUMNS[code]);
        problems.push({ column: missing[0], message: `Ange alla sju veckodagarna eller ingen av dem; saknas: ${missing.join(", ")}.` });
      } else if (dayColumns.length === 7) {
        const rows: OpeningHoursRow[] = [];
        for (const code of WEEKDAY_CODES) {
          const day = dayCell(cell(WEEKDAY_COLUMNS[code]), code);
          if ("problem" in day) problems.push({ column: WEEKDAY_COLUMNS[code], message: day.problem });
          else for (const row of day.rows) {
            rows.push(row);
            hourColumns.push(WEEKDAY_COLUMNS[code]);
          }
        }
        values.openingHours = rows;
      }

      const { audience, region, ...own } = values;
      if (typeof region !== "string" || !region.trim()) problems.push({ column: "region", message: "Ange en region." });
      else if (region.length > 64) problems.push({ column: "region", message: "Högst 64 tecken." });
      // The week is checked on its own too: the schema checks it only once every other field has its shape.
      if (hourColumns.length > 0) {
        for (const problem of openingHoursProblems(values.openingHours as OpeningHoursRow[])) {
          problems.push({ column: columnOf(problem.path.join("."), hourColumns), message: problem.message });
        }
      }
      const parsed = careUnitSchema.safeParse(own);
      if (!parsed.success) {
        const cellProblems = new Set(problems.map((p) => p.column));
        for (const issue of parsed.error.issues) {
          const column = columnOf(issue.path.map(String).join("."), hourColumns);
          // A cell that could not be read has said so already.
          if (issue.code !== "unrecognized_keys" && !cellProblems.has(column)) problems.push({ column, message: issue.message });
        }
      }
      if (problems.length > 0 || !parsed.success) return { problems: dedupe(problems) };
      const unit = parsed.data;
      // A day's hours in the file become one row per set of hours across the week, as the form shows them.
      const openingHours = openingHoursRowsOf(weeklySpansOf(unit.openingHours));
      return { row: { id: existing?.id ?? null, hsaId, values: { ...unit, openingHours, audience: audience as Audience, region: (region as string).trim() } } };
    },

    async checkAll(rows) {
      const problems = new Map<number, CsvRowProblem[]>();
      const firstRow = new Map<string, number>();
      for (const { rowNumber, row } of rows) {
        const first = firstRow.get(row.hsaId);
        if (first === undefined) firstRow.set(row.hsaId, rowNumber);
        else problems.set(rowNumber, [{ column: "hsaId", message: `Samma HSA-id som rad ${first}: en enhet per rad.` }]);
      }
      return problems;
    },

    apply: write,
  };
}

function dedupe(problems: CsvRowProblem[]): CsvRowProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.column}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
