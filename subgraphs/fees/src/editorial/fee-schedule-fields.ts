import type { EditorialFieldDescriptor } from "@vardportal/kit";
import { CareUnitKind } from "../entities/care-unit-kind.js";
import { SCHEDULE_LIMITS } from "../rules/schedule-input.js";

const unitKindLabels: Record<CareUnitKind, { sv: string; en: string }> = {
  HEALTH_CENTRE: { sv: "Hälsocentral", en: "Health centre" },
  HOSPITAL_CLINIC: { sv: "Sjukhusklinik", en: "Hospital clinic" },
  DENTAL_CARE: { sv: "Tandvård", en: "Dental care" },
  YOUTH_CLINIC: { sv: "Ungdomsmottagning", en: "Youth clinic" },
  PSYCHIATRY: { sv: "Psykiatri", en: "Psychiatry" },
  EMERGENCY_DEPARTMENT: { sv: "Akutmottagning", en: "Emergency department" },
  OTHER: { sv: "Annan", en: "Other" },
};

export const unitKindOptions = Object.values(CareUnitKind).map((value) => ({ value, label: unitKindLabels[value] }));

const { maxAge, maxAmountSek, maxPeriodMonths, maxItems } = SCHEDULE_LIMITS;

/** The fee-schedule form: the period, the exemptions, high-cost protection, and the lines. */
export const feeScheduleFields: EditorialFieldDescriptor[] = [
  { name: "title", kind: "LOCALIZED_TEXT", label: { sv: "Namn", en: "Title" }, required: true, maxLength: 200, placeholder: "Patientavgifter 2027" },
  { name: "validFrom", kind: "DATE", label: { sv: "Gäller från", en: "Valid from" }, required: true },
  {
    name: "validTo",
    kind: "DATE",
    label: { sv: "Gäller till och med", en: "Valid to" },
    help: {
      sv: "Tomt: tills vidare. Två publicerade taxor i samma region får inte gälla samma dag.",
      en: "Empty: until further notice. Two published schedules of a region may not share a day.",
    },
  },
  {
    name: "freeUnderAge",
    kind: "INTEGER",
    label: { sv: "Avgiftsfritt under ålder", en: "Free under age" },
    help: { sv: "T.ex. 20: avgiftsfritt för den som är yngre. Tomt: ingen sådan gräns.", en: "E.g. 20: free for anyone younger. Empty: no such age." },
    min: 1,
    max: maxAge,
  },
  {
    name: "freeFromAge",
    kind: "INTEGER",
    label: { sv: "Avgiftsfritt från ålder", en: "Free from age" },
    help: { sv: "T.ex. 85. Tomt: ingen sådan gräns.", en: "E.g. 85. Empty: no such age." },
    min: 1,
    max: maxAge,
  },
  { name: "ageExemptionCoversMissedVisits", kind: "BOOLEAN", label: { sv: "Åldersbefrielsen gäller även uteblivna besök", en: "The age exemptions also waive missed-visit fees" } },
  { name: "highCostLimitSek", kind: "INTEGER", label: { sv: "Högkostnadsskydd, gräns (kr)", en: "High-cost protection limit (SEK)" }, required: true, min: 1, max: maxAmountSek },
  { name: "highCostPeriodMonths", kind: "INTEGER", label: { sv: "Högkostnadsskydd, period (månader)", en: "High-cost protection period (months)" }, required: true, min: 1, max: maxPeriodMonths },
  {
    name: "items",
    kind: "LIST",
    label: { sv: "Avgifter", en: "Fees" },
    help: {
      sv: "En rad per besökstyp. Koden MISSED_VISIT är avgiften för ett uteblivet besök.",
      en: "One line per kind of visit. The code MISSED_VISIT is the fee for a missed visit.",
    },
    required: true,
    min: 1,
    max: maxItems,
    itemFields: [
      {
        name: "visitKind",
        kind: "TEXT",
        label: { sv: "Besökstyp (kod)", en: "Visit kind (code)" },
        help: { sv: "Versaler, siffror och _, t.ex. HEALTH_CENTRE_VISIT.", en: "Capitals, digits and _, e.g. HEALTH_CENTRE_VISIT." },
        required: true,
        maxLength: 32,
        placeholder: "HEALTH_CENTRE_VISIT",
      },
      { name: "label", kind: "LOCALIZED_TEXT", label: { sv: "Benämning", en: "Label" }, required: true, maxLength: 300 },
      { name: "amountSek", kind: "INTEGER", label: { sv: "Avgift (kr)", en: "Fee (SEK)" }, required: true, min: 0, max: maxAmountSek },
      { name: "countsTowardsHighCost", kind: "BOOLEAN", label: { sv: "Räknas in i högkostnadsskyddet", en: "Counts towards high-cost protection" } },
      { name: "chargedWhenMissed", kind: "BOOLEAN", label: { sv: "Uteblivet besök kostar", en: "Charged when missed" } },
      { name: "unitKinds", kind: "MULTI_ENUM", label: { sv: "Gäller vid", en: "Applies at" }, options: unitKindOptions },
    ],
  },
];
