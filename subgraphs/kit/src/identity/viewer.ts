import { z } from "zod";

export const roles = ["resident", "staff", "archivist", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

/** Who is asking. Anonymous visitors have no viewer at all (null), never an empty one. */
export const viewerSchema = z.object({
  subject: z.string().min(1),
  roles: z.array(z.enum(roles)),
  region: z.string().min(1).optional(),
  personnummer: z.string().regex(/^\d{12}$/).optional(),
  name: z.string().optional(),
});
export type Viewer = z.infer<typeof viewerSchema>;

export function hasRole(viewer: Viewer | null | undefined, ...wanted: Role[]): boolean {
  return !!viewer && viewer.roles.some((role) => wanted.includes(role));
}
