/** Words for roles and the parts of the portal each may use; shared by the header and the pages. */
export type Role = "resident" | "staff" | "archivist" | "editor" | "admin";

export const roleLabels: Record<Role, { sv: string; en: string }> = {
  resident: { sv: "Invånare", en: "Resident" },
  staff: { sv: "Vårdpersonal", en: "Care staff" },
  archivist: { sv: "Arkivpersonal", en: "Archive staff" },
  editor: { sv: "Redaktör", en: "Editor" },
  admin: { sv: "Administratör", en: "Administrator" },
};

/** Who may open the staff pages: care staff, and the editors and admins who keep them current. */
export const staffPageRoles: Role[] = ["staff", "editor", "admin"];
/** Who may open the admin (the CMS). */
export const adminRoles: Role[] = ["editor", "admin"];

export const canUse = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));

/** "19850412-2384" from twelve digits. */
export const formatPersonnummer = (digits: string) => `${digits.slice(0, 8)}-${digits.slice(8)}`;
