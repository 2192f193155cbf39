import type { Viewer } from "../identity/viewer.js";

/** One viewer per role, as the test matrix runs the same operation as each. */
export const personas = {
  anonymous: null,
  resident: { subject: "test-resident", roles: ["resident"], region: "Norrbotten", personnummer: "191212121212" },
  staff: { subject: "test-nurse", roles: ["staff"], region: "Norrbotten" },
  archivist: { subject: "test-archivist", roles: ["archivist"], region: "Norrbotten" },
  editor: { subject: "test-editor", roles: ["editor"], region: "Norrbotten" },
  admin: { subject: "test-admin", roles: ["admin"], region: "Norrbotten" },
} satisfies Record<string, Viewer | null>;

export type PersonaName = keyof typeof personas;
export const personaNames = Object.keys(personas) as PersonaName[];
