const careUnitKinds: Record<string, string> = {
  HEALTH_CENTRE: "Vårdcentral",
  HOSPITAL_CLINIC: "Sjukhusklinik",
  DENTAL_CARE: "Tandvård",
  YOUTH_CLINIC: "Ungdomsmottagning",
  PSYCHIATRY: "Psykiatri",
  EMERGENCY_DEPARTMENT: "Akutmottagning",
  OTHER: "Övrigt",
};

const eServiceChannels: Record<string, string> = {
  WEB: "Webb",
  APP: "App",
  CHAT: "Chatt",
  VIDEO: "Video",
  SMS: "Sms",
};

/** Swedish name of a CareUnit.kind; a kind added to the schema later reads as "Övrigt" until it gets a name. */
export function careUnitKindLabel(kind: string): string {
  return careUnitKinds[kind] ?? "Övrigt";
}

/** Swedish name of an EService.channel; an unknown channel is not shown. */
export function eServiceChannelLabel(channel: string): string | null {
  return eServiceChannels[channel] ?? null;
}

const guidelineCategories: Record<string, string> = {
  JOURNAL_ONLINE: "Journalen via nätet",
  SEALING: "Spärr",
  BLOCKING_GUARDIAN: "Stänga vårdnadshavares åtkomst",
  LOCKING_ACCOUNT: "Låsa konto",
  MINORS_ACCESS: "Barns och ungas åtkomst",
  RELEASE_OF_RECORDS: "Utlämnande av journal",
  LEGAL_REPRESENTATIVE: "Ombud och ställföreträdare",
  OTHER: "Övrigt",
};

/** Swedish name of a Guideline.category; an unknown category reads as "Övrigt". */
export function guidelineCategoryLabel(category: string): string {
  return guidelineCategories[category] ?? "Övrigt";
}

const feeQuoteReasons: Record<string, string> = {
  STANDARD: "Ordinarie avgift",
  FREE_BY_AGE: "Avgiftsfritt på grund av ålder",
  FREE_SERVICE: "Avgiftsfri tjänst",
  HIGH_COST_LIMIT_REACHED: "Frikort: gränsen för högkostnadsskyddet är nådd",
  REACHES_HIGH_COST_LIMIT: "Besöket når gränsen för högkostnadsskyddet",
  MISSED_VISIT: "Avgift för uteblivet besök",
  MISSED_VISIT_NOT_CHARGED: "Ingen avgift för uteblivet besök",
};

/** Swedish name of a FeeQuote.reason; a reason added later is not named (the explanation still says why). */
export function feeQuoteReasonLabel(reason: string): string | null {
  return feeQuoteReasons[reason] ?? null;
}

/** The kinds of care unit a search can filter on, in the order the form lists them. */
export const careUnitKindOptions: { value: string; label: string }[] = Object.entries(careUnitKinds).map(([value, label]) => ({ value, label }));

const contactRouteKinds: Record<string, string> = {
  SERVICE_NUMBER: "Tjänstenummer",
  FAX: "Fax",
  OUT_OF_HOURS: "Jourtid",
  OTHER: "Annan kontaktväg",
};

/** Swedish name of a ContactRoute.kind; a kind added later reads as "Annan kontaktväg". */
export function contactRouteKindLabel(kind: string): string {
  return contactRouteKinds[kind] ?? "Annan kontaktväg";
}
