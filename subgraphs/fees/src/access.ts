import type { Role, Viewer } from "@vardportal/kit";

/**
 * Who may do what with fees, in one place: `@Authorized` takes these role lists. Schedules themselves
 * are content: the kit's audience filter decides who reads them.
 */

/** Staff look up a resident's high-cost account (at the desk, on the phone); editors and admins support them. */
export const accountLookupRoles: Role[] = ["staff", "editor", "admin"];

/** Recording a payment is care staff's work at check-in and at the desk; nobody else writes to an account. */
export const paymentRecorderRoles: Role[] = ["staff"];

/** Writing and publishing fee schedules: editors and admins, as for all content. */
export const scheduleEditorRoles: Role[] = ["editor", "admin"];

/** A quote uses the patient's high-cost account only when the patient is the logged-in resident asking. */
export const isOwnPersonnummer = (viewer: Viewer | null, personnummer: string) => !!viewer?.personnummer && viewer.personnummer === personnummer;
