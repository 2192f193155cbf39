import { z } from "zod";
import type { GatewayResult } from "~/utils/gateway.server";
import { toRequestView, type RequestView } from "./mina-arenden.$id.view";

const StaffFields = z.object({ submitterPersonnummer: z.string(), assigneeName: z.string().nullish(), nextSteps: z.array(z.string()) });

export type StaffRequestView = RequestView & { submitter: string; assignee: string | null; nextSteps: string[] };

export function toStaffRequestView(result: GatewayResult): { status: "ok"; data: StaffRequestView } | { status: "missing" } | { status: "unavailable" } {
  const base = toRequestView(result);
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

/** A refused step: the out-of-order message, or each field's message. */
export function readStepRefusal(result: GatewayResult): { formError: string | null; fieldErrors: Record<string, string[]> } | null {
  const error = result.errors[0];
  if (!error) return null;
  const code = error.extensions?.code;
  if (code === "CONFLICT") {
    const sv = (error.extensions?.messages as { sv?: string } | undefined)?.sv;
    return { formError: sv ?? "Steget kunde inte tas: ärendet har ändrats.", fieldErrors: {} };
  }
  const fieldErrors = error.extensions?.fieldErrors;
  if (code === "BAD_USER_INPUT" && fieldErrors && typeof fieldErrors === "object") return { formError: null, fieldErrors: fieldErrors as Record<string, string[]> };
  return { formError: "Steget kunde inte sparas just nu. Försök igen om en stund.", fieldErrors: {} };
}
