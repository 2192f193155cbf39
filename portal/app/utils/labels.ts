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
