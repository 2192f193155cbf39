import { Brackets, type SelectQueryBuilder, type ObjectLiteral } from "typeorm";
import { Audience, ContentStatus } from "./content/enums.js";
import { hasRole, type Role, type Viewer } from "./identity/viewer.js";

/**
 * Which audiences each role reads. A viewer with several roles reads the union.
 * Anonymous visitors read PUBLIC only. See docs/decisions/004-identity-and-audiences.md.
 */
const audiencesByRole: Record<Role, Audience[]> = {
  resident: [Audience.PUBLIC, Audience.RESIDENT],
  staff: [Audience.PUBLIC, Audience.RESIDENT, Audience.STAFF],
  archivist: [Audience.PUBLIC, Audience.RESIDENT, Audience.ARCHIVE],
  editor: [Audience.PUBLIC, Audience.RESIDENT, Audience.STAFF, Audience.ARCHIVE],
  admin: [Audience.PUBLIC, Audience.RESIDENT, Audience.STAFF, Audience.ARCHIVE],
};

export function audiencesFor(viewer: Viewer | null): Audience[] {
  if (!viewer) return [Audience.PUBLIC];
  const set = new Set<Audience>([Audience.PUBLIC]);
  for (const role of viewer.roles) for (const audience of audiencesByRole[role]) set.add(audience);
  return Object.values(Audience).filter((audience) => set.has(audience));
}

/** Writing and publishing content is for editors and admins. */
export const canEditContent = (viewer: Viewer | null) => hasRole(viewer, "editor", "admin");
export const canPublishContent = (viewer: Viewer | null) => hasRole(viewer, "editor", "admin");

/** Staff-only fields (internal numbers, routes) are for care staff, archive staff, editors and admins. */
export const canReadStaffFields = (viewer: Viewer | null) => hasRole(viewer, "staff", "archivist", "editor", "admin");

/**
 * The filter for public reads, added to the SQL itself: only PUBLISHED content that is live at
 * `now`, in an audience the viewer may read. Every list, lookup, reference and cursor goes through it.
 */
export function whereLive<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  viewer: Viewer | null,
  now: Date,
): SelectQueryBuilder<T> {
  return qb
    .andWhere(`${alias}.status = :liveStatus`, { liveStatus: ContentStatus.PUBLISHED })
    .andWhere(new Brackets((b) => b.where(`${alias}.publishAt IS NULL`).orWhere(`${alias}.publishAt <= :liveNow`, { liveNow: now })))
    .andWhere(new Brackets((b) => b.where(`${alias}.unpublishAt IS NULL`).orWhere(`${alias}.unpublishAt > :liveNow`, { liveNow: now })))
    .andWhere(`${alias}.audience IN (:...liveAudiences)`, { liveAudiences: audiencesFor(viewer) });
}
