import { sqlLabels, sqlWords, type SearchIndexSpec } from "@vardportal/kit";

/** What a search of e-services looks in (decision 022): the name; provider, channel and municipalities; the texts. */
export const eServiceSearchIndex: SearchIndexSpec = {
  name: "e_service_search",
  source: "e_service",
  title: `r."nameSv"`,
  keywords: sqlWords(
    `r."nameEn"`,
    `r."provider"`,
    `r."region"`,
    `r."residentsOf"`,
    `r."onlyMunicipalities"`,
    `r."availabilitySv"`,
    sqlLabels(`r."channel"`, { WEB: "webb web", APP: "app", CHAT: "chatt chat", VIDEO: "video videobesök", SMS: "sms" }),
  ),
  body: sqlWords(`r."summarySv"`, `r."descriptionSv"`, `r."eligibilitySv"`, `r."costSv"`, `r."summaryEn"`, `r."descriptionEn"`),
};
