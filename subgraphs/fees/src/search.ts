import { sqlLabels, sqlWords, type SearchIndexSpec } from "@vardportal/kit";

/** The kinds of unit a fee line applies at, in words (the column is a comma-separated list of codes). */
const unitKindWords: Record<string, string> = {
  HEALTH_CENTRE: "vårdcentral hälsocentral",
  HOSPITAL_CLINIC: "sjukhus specialistvård",
  DENTAL_CARE: "tandvård tandläkare",
  YOUTH_CLINIC: "ungdomsmottagning",
  PSYCHIATRY: "psykiatri",
  EMERGENCY_DEPARTMENT: "akutmottagning akuten",
};
const unitKinds = Object.entries(unitKindWords).reduce(
  (sql, [code, words]) => `replace(${sql}, '${code}', ' ${words} ')`,
  `coalesce(r."unitKinds", '')`,
);

/**
 * A search of fees finds fee lines (decision 022): what a resident searches for is a visit ("besök",
 * "tandvård", "video"), and a line says what it costs. The line's label is the title; its code, the
 * unit kinds it applies at and its schedule's title are keywords. A schedule's new title re-indexes
 * its lines (dependsOn).
 */
export const feeItemSearchIndex: SearchIndexSpec = {
  name: "fee_item_search",
  source: "fee_item",
  title: `r."labelSv"`,
  keywords: sqlWords(
    `r."labelEn"`,
    `replace(r."visitKind", '_', ' ')`,
    unitKinds,
    sqlLabels(`r."visitKind"`, { MISSED_VISIT: "uteblivet besök avbokning missed visit" }),
    `(SELECT concat_ws(' ', s."titleSv", s."titleEn", s."region") FROM "fee_schedule" s WHERE s."id" = r."scheduleId")`,
  ),
  dependsOn: [{ table: "fee_schedule", where: `r."scheduleId" = NEW."id"` }],
};
