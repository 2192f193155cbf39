/** Swedish words for the archive's codes, shared by the resident's and the archive staff's pages. */
export const releaseStatusLabels: Record<string, string> = {
  RECEIVED: "Mottagen",
  RETRIEVING: "Journalen hämtas",
  ASSESSED: "Menprövning klar",
  SENT: "Skickad",
  INVOICED: "Fakturerad",
  CLOSED: "Avslutad",
};
export const deliveryLabels: Record<string, string> = {
  REGISTERED_MAIL: "Rekommenderat brev",
  E_SERVICE_1177: "1177",
  DIGITAL_MAILBOX: "Säker digital brevlåda",
};
export const incomingLabels: Record<string, string> = {
  PORTAL: "Vårdportalen",
  POST: "Post",
  PHONE: "Telefon",
  E_SERVICE_1177: "1177",
  EMAIL: "E-post",
  IN_PERSON: "Besök",
  FAX: "Fax",
};
export const legalBasisLabels: Record<string, string> = {
  PATIENT_OWN_RECORD: "Min rätt att få ut min egen journal",
  GUARDIAN: "Vårdnadshavare för barn under 13 år",
  CONSENT: "Fullmakt eller samtycke från personen",
  LEGAL_REPRESENTATIVE: "God man eller förvaltare",
  PUBLIC_DOCUMENT: "Begäran om allmän handling",
};
export const subjectLabels: Record<string, string> = {
  SELF: "Min egen journal",
  CHILD: "Mitt barns journal (barn under 13 år)",
  OTHER_PERSON: "Någon annans journal (med fullmakt eller samtycke)",
};
export const harmDecisionLabels: Record<string, string> = {
  RELEASE_IN_FULL: "Lämnas ut i sin helhet",
  RELEASE_IN_PART: "Lämnas ut delvis",
  REFUSE: "Avslag",
};
export const stepLabels: Record<string, string> = {
  RECEIVED: "Mottagen",
  ASSIGNED: "Tilldelad",
  UNASSIGNED: "Tilldelning borttagen",
  START_RETRIEVAL: "Hämtning påbörjad",
  RECORD_HARM_ASSESSMENT: "Menprövning gjord",
  MARK_SENT: "Skickad",
  MARK_INVOICED: "Fakturerad",
  CLOSE: "Avslutad",
};
export const archiveStaffRoles = ["archivist", "editor", "admin"] as const;

export const label = (labels: Record<string, string>, code: string | null | undefined) => (code ? (labels[code] ?? code) : "");

/** A field's error message under it, tied to the input with aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 font-semibold text-red-800">
      {messages.join(" ")}
    </p>
  );
}
