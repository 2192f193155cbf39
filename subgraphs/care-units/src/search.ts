import { sqlLabels, sqlWords, type SearchIndexSpec } from "@vardportal/kit";

/** What a search of care units looks in (decision 022): the name, then where and what kind, then the description. */
export const careUnitSearchIndex: SearchIndexSpec = {
  name: "care_unit_search",
  source: "care_unit",
  title: `r."name"`,
  keywords: sqlWords(
    `r."municipality"`,
    `r."address"`,
    `r."region"`,
    sqlLabels(`r."kind"`, {
      HEALTH_CENTRE: "vårdcentral hälsocentral health centre",
      HOSPITAL_CLINIC: "sjukhus klinik mottagning hospital clinic",
      DENTAL_CARE: "tandvård tandläkare folktandvården dental care dentist",
      YOUTH_CLINIC: "ungdomsmottagning youth clinic",
      PSYCHIATRY: "psykiatri psychiatry",
      EMERGENCY_DEPARTMENT: "akutmottagning akuten akut emergency",
    }),
  ),
  body: sqlWords(`r."descriptionSv"`, `r."descriptionEn"`),
};
