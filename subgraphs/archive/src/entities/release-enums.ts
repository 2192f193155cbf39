import { registerEnumType } from "type-graphql";

/** Whose record a release request is for, which decides what must come with it. */
export enum RequestSubject {
  /** The person asking. */
  SELF = "SELF",
  /** A child under 13, by a guardian. */
  CHILD = "CHILD",
  /** Anyone else: a signed power of attorney or consent (or a court order) must be attached. */
  OTHER_PERSON = "OTHER_PERSON",
}
registerEnumType(RequestSubject, { name: "RequestSubject", description: "Whose record a release request is for." });

/** The legal ground the request is made on, as the order form states it (Region Kronoberg, 003). */
export enum LegalBasis {
  /** The patient's right to their own record (patientdatalagen 8 kap.). */
  PATIENT_OWN_RECORD = "PATIENT_OWN_RECORD",
  /** A guardian acting for a child. */
  GUARDIAN = "GUARDIAN",
  /** The patient's written consent or power of attorney. */
  CONSENT = "CONSENT",
  /** A court-appointed legal representative (god man, förvaltare) with the principal's consent. */
  LEGAL_REPRESENTATIVE = "LEGAL_REPRESENTATIVE",
  /** A request for a public document (tryckfrihetsförordningen 2 kap.), tried against secrecy. */
  PUBLIC_DOCUMENT = "PUBLIC_DOCUMENT",
}
registerEnumType(LegalBasis, { name: "LegalBasis" });

/** How the copy is sent (003). */
export enum DeliveryChannel {
  REGISTERED_MAIL = "REGISTERED_MAIL",
  E_SERVICE_1177 = "E_SERVICE_1177",
  DIGITAL_MAILBOX = "DIGITAL_MAILBOX",
}
registerEnumType(DeliveryChannel, { name: "DeliveryChannel", description: "How a copy is sent: registered mail, 1177, or a secure digital mailbox." });

/** How a request reached the archive (003: post, phone, 1177, e-mail, in person, fax; and this portal). */
export enum IncomingChannel {
  PORTAL = "PORTAL",
  POST = "POST",
  PHONE = "PHONE",
  E_SERVICE_1177 = "E_SERVICE_1177",
  EMAIL = "EMAIL",
  IN_PERSON = "IN_PERSON",
  FAX = "FAX",
}
registerEnumType(IncomingChannel, { name: "IncomingChannel" });

/** Where a request is in the archive's work, in order. */
export enum ReleaseStatus {
  RECEIVED = "RECEIVED",
  RETRIEVING = "RETRIEVING",
  ASSESSED = "ASSESSED",
  SENT = "SENT",
  INVOICED = "INVOICED",
  CLOSED = "CLOSED",
}
registerEnumType(ReleaseStatus, { name: "ReleaseStatus" });

/** The outcome of the harm assessment (menprövning). */
export enum HarmDecision {
  RELEASE_IN_FULL = "RELEASE_IN_FULL",
  RELEASE_IN_PART = "RELEASE_IN_PART",
  REFUSE = "REFUSE",
}
registerEnumType(HarmDecision, { name: "HarmDecision" });

/** One step of the archive's work; each is allowed from one status only (rules/release-lifecycle.ts). */
export enum ReleaseStep {
  START_RETRIEVAL = "START_RETRIEVAL",
  RECORD_HARM_ASSESSMENT = "RECORD_HARM_ASSESSMENT",
  MARK_SENT = "MARK_SENT",
  MARK_INVOICED = "MARK_INVOICED",
  CLOSE = "CLOSE",
}
registerEnumType(ReleaseStep, { name: "ReleaseStep" });
