import { z } from "zod";
import { apiFieldErrors, apiMessage, type FieldErrors } from "~/components/archive-labels";
import { tFor } from "~/i18n/instance";
import type { Lang } from "~/i18n/languages";
import type { GatewayResult } from "~/utils/gateway.server";
import { toRequestView, type RequestView } from "./($lang).mina-arenden.$id.view";

const StaffFields = z.object({ submitterPersonnummer: z.string(), assigneeName: z.string().nullish(), nextSteps: z.array(z.string()) });

export type StaffRequestView = RequestView & { submitter: string; assignee: string | null; nextSteps: string[] };

export function toStaffRequestView(result: GatewayResult, lang: Lang = "sv"): { status: "ok"; data: StaffRequestView } | { status: "missing" } | { status: "unavailable" } {
  const base = toRequestView(result, lang);
  if (base.status !== "ok") return base;
  const staff = StaffFields.safeParse(result.data?.releaseRequest);
  if (!staff.success) return { status: "unavailable" };
  const p = staff.data.submitterPersonnummer;
  return { status: "ok", data: { ...base.data, submitter: `${p.slice(0, 8)}-${p.slice(8)}`, assignee: staff.data.assigneeName ?? null, nextSteps: staff.data.nextSteps } };
}

export const stepFields = ["harmDecision", "harmReasons", "decisionText", "sentChannel", "sentOn", "note"] as const;

/** The step form's values: only the fields that were filled in. */
export function readStepForm(form: FormData): Record<string, string> {
  const input: Record<string, string> = {};
  for (const field of ["step", ...stepFields]) {
    const value = form.get(field);
    if (typeof value === "string" && value.trim()) input[field] = value.trim();
  }
  return input;
}

export type StepRefusal = { formError: string | null; fieldErrors: FieldErrors; swedish: string[] };

/**
 * A refused step: the out-of-order message, or each field's message, in the page's language where the
 * archive gives it (`swedish` lists the fields whose message is the archive's Swedish only).
 */
export function readStepRefusal(result: GatewayResult, lang: Lang = "sv"): StepRefusal | null {
  const error = result.errors[0];
  if (!error) return null;
  const t = tFor(lang, "archive");
  const code = error.extensions?.code;
  if (code === "CONFLICT") {
    const message = apiMessage(error.extensions, lang);
    // The archive says it in both languages; without them, our own words.
    return { formError: message && !message.sv ? message.text : t("staffRequest.stepChanged"), fieldErrors: {}, swedish: [] };
  }
  if (code === "BAD_USER_INPUT" && error.extensions?.fieldErrors && typeof error.extensions.fieldErrors === "object") return { formError: null, ...apiFieldErrors(error.extensions, lang) };
  return { formError: t("staffRequest.stepFailed"), fieldErrors: {}, swedish: [] };
}
