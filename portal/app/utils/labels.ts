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
