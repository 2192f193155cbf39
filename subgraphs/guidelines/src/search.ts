import { sqlLabels, sqlWords, type SearchIndexSpec } from "@vardportal/kit";

/** What a search of guidelines looks in (decision 022): the title; category, owner, summary; the body. */
export const guidelineSearchIndex: SearchIndexSpec = {
  name: "guideline_search",
  source: "guideline",
  title: `r."titleSv"`,
  keywords: sqlWords(
    `r."titleEn"`,
    `r."summarySv"`,
    `r."owner"`,
    `r."region"`,
    sqlLabels(`r."category"`, {
      JOURNAL_ONLINE: "journalen via nätet journal online",
      SEALING: "spärr spärra spärrad sealing",
      BLOCKING_GUARDIAN: "blockera vårdnadshavare blocking guardian",
      LOCKING_ACCOUNT: "låsa inloggning locking",
      MINORS_ACCESS: "barn minderåriga minors",
      RELEASE_OF_RECORDS: "utlämnande journalkopia release of records",
      LEGAL_REPRESENTATIVE: "ombud företrädare legal representative",
    }),
  ),
  body: sqlWords(`r."bodySv"`, `r."summaryEn"`, `r."bodyEn"`),
};
