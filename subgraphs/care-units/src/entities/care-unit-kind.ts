import { registerEnumType } from "type-graphql";

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
