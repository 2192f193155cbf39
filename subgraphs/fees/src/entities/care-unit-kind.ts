import { registerEnumType } from "type-graphql";

/**
 * The care-units subgraph owns this enum; it is declared here with the same name and values because
 * fee lines say at which kinds of unit they apply and CareUnit.fees requires the unit's kind. Output
 * only in both subgraphs, so composition takes the union of the values: a kind added there reads here
 * as a code no fee line names (no fees), never as an error.
 */
export enum CareUnitKind {
  HEALTH_CENTRE = "HEALTH_CENTRE",
  HOSPITAL_CLINIC = "HOSPITAL_CLINIC",
  DENTAL_CARE = "DENTAL_CARE",
  YOUTH_CLINIC = "YOUTH_CLINIC",
  PSYCHIATRY = "PSYCHIATRY",
  EMERGENCY_DEPARTMENT = "EMERGENCY_DEPARTMENT",
  OTHER = "OTHER",
}
registerEnumType(CareUnitKind, { name: "CareUnitKind", description: "What kind of care a unit gives, for filtering and icons." });
