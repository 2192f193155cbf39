import { Audience, createEditorialRegistry, type EditorialTypeRegistration } from "@vardportal/kit";
import { CareUnit } from "../entities/care-unit.entity.js";
import { careUnitAdapter } from "./care-unit-adapter.js";
import { careUnitCsvImport } from "./care-unit-csv.js";
import { careUnitFields } from "./care-unit-fields.js";
import { careUnitPortalPath, careUnitSchema, type CareUnitValues } from "./care-unit-values.js";
import { currentCareUnitValues, writeImportedCareUnits } from "./care-unit-import.js";

/**
 * Care units in the editorial engine (decision 019). Opening hours, exceptions and the staff-only
 * contact routes are LIST fields of the unit: they are the unit's child rows, written with it in one
 * transaction. Contact routes have no audience of their own to widen: the API shows them to care staff
 * only, field by field (`@Authorized`), whatever the unit's audience.
 */
export const careUnitEditorialType: EditorialTypeRegistration<CareUnitValues> = {
  key: "CareUnit",
  plural: "CareUnits",
  label: { sv: "Vårdenhet", en: "Care unit" },
  pluralLabel: { sv: "Vårdenheter", en: "Care units" },
  entity: CareUnit,
  table: "care_unit",
  fields: careUnitFields,
  schema: careUnitSchema,
  adapter: careUnitAdapter,
  titleField: "name",
  titleColumn: "name",
  searchColumns: ["name", "hsaId", "municipality", "address"],
  portalPath: careUnitPortalPath,
  defaultAudience: Audience.PUBLIC,
  csvImport: careUnitCsvImport(currentCareUnitValues, writeImportedCareUnits) as EditorialTypeRegistration["csvImport"],
};

export const careUnitsEditorial = createEditorialRegistry("careUnits", [careUnitEditorialType as unknown as EditorialTypeRegistration]);
