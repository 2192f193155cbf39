import type { GatewayResult } from "~/utils/gateway.server";

export const requestFields = ["subject", "patientPersonnummer", "patientName", "periodFrom", "periodTo", "injuryDate", "injuryOrCause", "careUnit", "legalBasis", "otherInformation", "deliveryWanted"] as const;
export type RequestValues = Partial<Record<(typeof requestFields)[number], string>>;
export type FieldErrors = Record<string, string[]>;

/** The form's text values, trimmed; the empty ones left out so the API names each missing field. */
export function readRequestForm(form: FormData): RequestValues {
  const values: RequestValues = {};
  for (const field of requestFields) {
    const value = form.get(field);
    if (typeof value === "string" && value.trim()) values[field] = value.trim();
  }
  return values;
}

/** The mutation's variables: a SELF request carries no patient fields. */
export function toRequestInput(values: RequestValues, attachmentIds: string[]) {
  const { patientPersonnummer, patientName, ...rest } = values;
  return { ...rest, ...(values.subject === "SELF" ? {} : { patientPersonnummer, patientName }), attachmentIds };
}

/** What the form needs from the answer: the new request's id, or each field's message, or that it failed. */
export function readSubmitResult(result: GatewayResult): { id: string } | { fieldErrors: FieldErrors } | { failed: true } {
  const created = (result.data?.submitReleaseRequest ?? null) as { id?: unknown } | null;
  if (created && typeof created.id === "string") return { id: created.id };
  const refused = result.errors.find((e) => e.extensions?.code === "BAD_USER_INPUT" || e.extensions?.code === "VALIDATION_FAILED");
  const fieldErrors = refused?.extensions?.fieldErrors;
  if (fieldErrors && typeof fieldErrors === "object") return { fieldErrors: fieldErrors as FieldErrors };
  return { failed: true };
}

/** The upload endpoint's coded refusal, as the message beside the file input. */
export function readUploadRefusal(body: unknown): string {
  const error = (body as { errors?: { extensions?: { messages?: { sv?: string }; code?: string } }[] } | null)?.errors?.[0];
  return error?.extensions?.messages?.sv ?? (error?.extensions?.code === "PAYLOAD_TOO_LARGE" ? "Filen är större än 10 MB." : "Filen kunde inte tas emot. Försök igen.");
}
