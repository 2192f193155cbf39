import { apiFieldErrors, apiMessage, type FieldErrors } from "~/components/archive-labels";
import { tFor } from "~/i18n/instance";
import type { Lang } from "~/i18n/languages";
import type { GatewayResult } from "~/utils/gateway.server";

export type { FieldErrors };

export const requestFields = ["subject", "patientPersonnummer", "patientName", "periodFrom", "periodTo", "injuryDate", "injuryOrCause", "careUnit", "legalBasis", "otherInformation", "deliveryWanted"] as const;
export type RequestValues = Partial<Record<(typeof requestFields)[number], string>>;

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

/**
 * What the form needs from the answer: the new request's id, or each field's message (in the page's
 * language where the archive gives it; `swedish` lists the fields shown in Swedish), or that it failed.
 */
export function readSubmitResult(result: GatewayResult, lang: Lang = "sv"): { id: string } | { fieldErrors: FieldErrors; swedish: string[] } | { failed: true } {
  const created = (result.data?.submitReleaseRequest ?? null) as { id?: unknown } | null;
  if (created && typeof created.id === "string") return { id: created.id };
  const refused = result.errors.find((e) => e.extensions?.code === "BAD_USER_INPUT" || e.extensions?.code === "VALIDATION_FAILED");
  const fieldErrors = refused?.extensions?.fieldErrors;
  if (fieldErrors && typeof fieldErrors === "object") return apiFieldErrors(refused.extensions, lang);
  return { failed: true };
}

/** The upload endpoint's coded refusal, as the message beside the file input: the archive's words in the page's language. */
export function readUploadRefusal(body: unknown, lang: Lang = "sv"): string {
  const t = tFor(lang, "recordCopy");
  const error = (body as { errors?: { extensions?: Record<string, unknown> }[] } | null)?.errors?.[0];
  const message = apiMessage(error?.extensions, lang);
  if (message && !message.sv) return message.text;
  // Without words in this language: our own.
  return error?.extensions?.code === "PAYLOAD_TOO_LARGE" ? t("form.fileTooLarge") : t("form.fileRefused");
}
