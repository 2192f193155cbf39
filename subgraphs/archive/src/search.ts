import { sqlLabels, sqlWords, type SearchIndexSpec } from "@vardportal/kit";

/** What a search of the archive's holdings looks in (decision 022): the title; creator, place, kind; the texts. */
export const archiveHoldingSearchIndex: SearchIndexSpec = {
  name: "archive_holding_search",
  source: "archive_holding",
  title: `r."titleSv"`,
  keywords: sqlWords(
    `r."titleEn"`,
    `r."creator"`,
    `r."whereKept"`,
    `r."region"`,
    sqlLabels(`r."kind"`, {
      PATIENT_RECORDS: "patientjournaler journaler patient records",
      CHILD_HEALTH_RECORDS: "barnhälsovård barnjournaler child health records",
      PRIVATE_PROVIDER_RECORDS: "privata vårdgivare private providers",
      EDUCATION_RECORDS: "utbildning skolor education",
      INSTITUTION_RECORDS: "institutioner anstalter institutions",
      REGISTERED_DOCUMENTS: "diarieförda handlingar diarium registered documents",
    }),
  ),
  body: sqlWords(`r."descriptionSv"`, `r."whereToAskSv"`, `r."accessConditionsSv"`, `r."descriptionEn"`),
};
