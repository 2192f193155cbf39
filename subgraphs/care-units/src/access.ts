import { canReadStaffFields, type Role, type Viewer } from "@vardportal/kit";

/** The roles `@Authorized` lets through to a unit's internal numbers and contact routes: those that read staff-only fields. */
export const internalContactRoles: Role[] = ["staff", "archivist", "editor", "admin"];

/** Whether a viewer sees a unit's internal numbers and contact routes; the admin UI asks the same question. */
export const canReadInternalContacts = (viewer: Viewer | null) => canReadStaffFields(viewer);
