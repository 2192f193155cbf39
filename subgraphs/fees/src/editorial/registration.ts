import { Audience, createEditorialRegistry, type EditorialTypeRegistration } from "@vardportal/kit";
import { FeeSchedule } from "../entities/fee-schedule.entity.js";
import { engineForType, feeItemCsvImport } from "./fee-item-csv.js";
import { feeScheduleAdapter } from "./fee-schedule-adapter.js";
import { feeScheduleFields } from "./fee-schedule-fields.js";
import { feeSchedulePortalPath, feeScheduleSchema, type FeeScheduleValues } from "./fee-schedule-values.js";

/**
 * Fee schedules in the editorial engine (decision 019), their lines a LIST field. Visit kinds are codes
 * on the lines (decision 009), not content of their own, so they have no registration. The engine's
 * `createFeeSchedule` would clash with the older mutation of that name, which stays: the engine's is
 * `createFeeScheduleDraft`. The CSV import fills one schedule's lines: `importFeeItemsCsv(target: <schedule id>)`.
 */
export const feeScheduleEditorialType: EditorialTypeRegistration<FeeScheduleValues> = {
  key: "FeeSchedule",
  plural: "FeeSchedules",
  label: { sv: "Avgiftstaxa", en: "Fee schedule" },
  pluralLabel: { sv: "Avgiftstaxor", en: "Fee schedules" },
  entity: FeeSchedule,
  table: "fee_schedule",
  fields: feeScheduleFields,
  schema: feeScheduleSchema,
  adapter: feeScheduleAdapter,
  titleField: "title",
  titleColumn: "title.sv",
  searchColumns: ["title.sv", "title.en", "region", "validFrom"],
  portalPath: feeSchedulePortalPath,
  defaultAudience: Audience.PUBLIC,
  names: { create: "createFeeScheduleDraft", importCsv: "importFeeItemsCsv" },
};
feeScheduleEditorialType.csvImport = feeItemCsvImport(engineForType(feeScheduleEditorialType as unknown as EditorialTypeRegistration)) as EditorialTypeRegistration["csvImport"];

export const feesEditorial = createEditorialRegistry("fees", [feeScheduleEditorialType as unknown as EditorialTypeRegistration]);
