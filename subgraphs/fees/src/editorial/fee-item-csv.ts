import type { EntityManager } from "typeorm";
import { EditorialEngine, notFound, type CsvRowProblem, type EditorialCsvColumn, type EditorialCsvImport, type EditorialTypeRegistration } from "@vardportal/kit";
import { CareUnitKind } from "../entities/care-unit-kind.js";
import { FeeSchedule } from "../entities/fee-schedule.entity.js";
import { unitKindOptions } from "./fee-schedule-fields.js";
import { feeItemSchema, feeScheduleSchema, type FeeItemValues, type FeeScheduleValues } from "./fee-schedule-values.js";
import { booleanCell, codeCell, textCell } from "@vardportal/kit";

/**
 * The CSV import of fee items into one schedule (docs/csv-import.md): the file's rows become the
 * schedule's lines, in file order, replacing the lines of its working copy (made from the published
 * schedule when there is none). Nothing is published. The rows are checked one by one with the form's
 * line schema, then as the whole schedule they would make (one line per visit kind, at most 50 lines).
 */

const sv = (text: string) => ({ sv: text });

export const feeItemCsvColumns: EditorialCsvColumn[] = [
  { name: "visitKind", required: true, help: sv("Besökstypens kod: versaler, siffror och _, t.ex. HEALTH_CENTRE_VISIT. MISSED_VISIT är avgiften för uteblivet besök.") },
  { name: "label_sv", required: true, help: sv("Benämning på svenska, t.ex. Besök på hälsocentral.") },
  { name: "label_en", help: sv("Benämning på engelska.") },
  { name: "amountSek", required: true, help: sv("Avgiften i hela kronor, t.ex. 300 eller 1 450.") },
  { name: "countsTowardsHighCost", required: true, help: sv("ja eller nej: räknas in i högkostnadsskyddet.") },
  { name: "chargedWhenMissed", help: sv("ja eller nej: ett uteblivet besök av den här typen kostar avgiften för uteblivet besök. Tomt: nej.") },
  { name: "unitKinds", help: sv(`Var raden gäller, flera med | emellan: ${Object.values(CareUnitKind).join(", ")}.`) },
];

const kindLabels = Object.fromEntries(unitKindOptions.map((o) => [o.value, [o.label.sv, o.label.en]])) as Partial<Record<CareUnitKind, string[]>>;

/** "300", "1 450", "300 kr", "300,00" → 300; öre other than 00 are refused: fees are whole kronor. */
function amountCell(text: string): { value: number } | { problem: string } {
  const t = text.trim().replace(/\s|\u00a0/g, "").replace(/kr\.?$/i, "");
  const match = /^(-?\d+)(?:[.,](\d{1,2}))?$/.exec(t);
  if (!match) return { problem: "Skriv avgiften i hela kronor, t.ex. 300." };
  if (match[2] && Number(match[2]) !== 0) return { problem: "Avgifter är hela kronor, utan ören." };
  return { value: Number(match[1]) };
}

function unitKindsCell(text: string): { value: CareUnitKind[] } | { problem: string } {
  const kinds: CareUnitKind[] = [];
  for (const part of text.split(/[|,]/).map((p) => p.trim()).filter(Boolean)) {
    const kind = codeCell(part, Object.values(CareUnitKind), kindLabels);
    if ("problem" in kind) return { problem: kind.problem };
    if (kind.value) kinds.push(kind.value);
  }
  return { value: kinds };
}

/** Where a line's problem shows in the file. */
const columnOfItemField = (field: string | undefined, sub: string | undefined) =>
  field === "label" ? (sub === "en" ? "label_en" : "label_sv") : (field ?? "visitKind");

type Engine = Pick<EditorialEngine, "currentValuesIn" | "importItem">;
export type EngineFor = (manager: EntityManager) => Engine;

export function feeItemCsvImport(engineFor: EngineFor): EditorialCsvImport<FeeItemValues> {
  async function scheduleValues(manager: EntityManager, target: string | null): Promise<FeeScheduleValues & { audience: string; region: string }> {
    const exists = target ? await manager.getRepository(FeeSchedule).exists({ where: { id: target } }) : false;
    if (!target || !exists) throw notFound("FeeSchedule", target ?? undefined);
    return (await engineFor(manager).currentValuesIn(manager, target)) as FeeScheduleValues & { audience: string; region: string };
  }

  return {
    columns: feeItemCsvColumns,
    targetRequired: true,
    async parseRow(record, { manager, target, rowNumber }) {
      if (rowNumber === 1) await scheduleValues(manager, target);
      const problems: CsvRowProblem[] = [];
      const cell = (column: string) => record[column] ?? "";
      const amount = amountCell(cell("amountSek"));
      if ("problem" in amount) problems.push({ column: "amountSek", message: amount.problem });
      const counts = booleanCell(cell("countsTowardsHighCost"));
      if ("problem" in counts) problems.push({ column: "countsTowardsHighCost", message: counts.problem });
      const missed = booleanCell(cell("chargedWhenMissed"));
      if ("problem" in missed) problems.push({ column: "chargedWhenMissed", message: missed.problem });
      const kinds = unitKindsCell(cell("unitKinds"));
      if ("problem" in kinds) problems.push({ column: "unitKinds", message: kinds.problem });

      const parsed = feeItemSchema.safeParse({
        visitKind: cell("visitKind"),
        label: { sv: cell("label_sv"), en: textCell(cell("label_en")) },
        amountSek: "value" in amount ? amount.value : 0,
        countsTowardsHighCost: "value" in counts ? counts.value : false,
        chargedWhenMissed: "value" in missed ? missed.value : false,
        unitKinds: "value" in kinds ? kinds.value : [],
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ column: columnOfItemField(String(issue.path[0]), issue.path[1] as string | undefined), message: issue.message });
      }
      if (problems.length > 0 || !parsed.success) return { problems };
      return { row: parsed.data as FeeItemValues };
    },

    /** The lines as the whole schedule they would make: the schedule rule's problems, on the rows they concern. */
    async checkAll(rows, { manager, target }) {
      const problems = new Map<number, CsvRowProblem[]>();
      if (rows.length === 0) return problems;
      const { audience: _audience, region: _region, ...current } = await scheduleValues(manager, target);
      const parsed = feeScheduleSchema.safeParse({ ...current, items: rows.map((r) => r.row) });
      if (parsed.success) return problems;
      for (const issue of parsed.error.issues) {
        const [head, index, field, sub] = issue.path.map(String);
        const row = head === "items" && index !== undefined && /^\d+$/.test(index) ? rows[Number(index)] : undefined;
        // A problem with the schedule itself (too many lines, or its own fields) is shown on the last row.
        const at = row?.rowNumber ?? rows.at(-1)!.rowNumber;
        const list = problems.get(at) ?? [];
        // A problem of the schedule as a whole belongs to no column.
        list.push(row ? { column: columnOfItemField(field, sub), message: issue.message } : { message: `Taxan: ${issue.message}` });
        problems.set(at, list);
      }
      return problems;
    },

    async apply(manager, rows, ctx) {
      const current = await scheduleValues(manager, ctx.target);
      await engineFor(manager).importItem(manager, { id: ctx.target, values: { ...current, items: rows.map((r) => r.row) } }, ctx);
      // Counted as lines: a visit kind the schedule had is updated, a new one created.
      const before = new Set(current.items.map((item) => item.visitKind));
      const updated = rows.filter((r) => before.has(r.row.visitKind)).length;
      return { created: rows.length - updated, updated };
    },
  };
}

export const engineForType = (reg: EditorialTypeRegistration) => (manager: EntityManager) => new EditorialEngine(manager.connection, reg);
