import { registerEnumType } from "type-graphql";

export enum HoldingKind {
  PATIENT_RECORDS = "PATIENT_RECORDS",
  CHILD_HEALTH_RECORDS = "CHILD_HEALTH_RECORDS",
  PRIVATE_PROVIDER_RECORDS = "PRIVATE_PROVIDER_RECORDS",
  EDUCATION_RECORDS = "EDUCATION_RECORDS",
  INSTITUTION_RECORDS = "INSTITUTION_RECORDS",
  REGISTERED_DOCUMENTS = "REGISTERED_DOCUMENTS",
  OTHER = "OTHER",
}
registerEnumType(HoldingKind, { name: "HoldingKind", description: "What sort of records a holding is." });
