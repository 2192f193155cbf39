import { ContentStore, hasRole, type Role, type SubgraphContext, type Viewer } from "@vardportal/kit";
import { ArchiveHolding } from "./entities/archive-holding.entity.js";
import { ReleaseRequest } from "./entities/release-request.entity.js";

/**
 * Every read of holdings starts here: a query that can only return holdings that are published,
 * live right now and written for an audience the viewer belongs to, so archive staff's own
 * notes (audience ARCHIVE) reach archivists and editors and nobody else.
 */
export function readableHoldings(ctx: SubgraphContext, alias: string) {
  return new ContentStore(ctx.dataSource, ArchiveHolding, "ArchiveHolding").live(ctx.viewer, ctx.now, alias);
}

/**
 * Archive staff: the release-request queue, statistics and the record index. Decision 004 gives the
 * ARCHIVE audience to archivists, editors and admins, and the record index is ARCHIVE content.
 */
export const archiveStaffRoles: Role[] = ["archivist", "editor", "admin"];
export const isArchiveStaff = (viewer: Viewer | null) => hasRole(viewer, ...archiveStaffRoles);

/** Filing a release request is a logged-in resident's act: it is tied to their personnummer. */
export const requesterRoles: Role[] = ["resident"];

/**
 * Every read of a release request starts here. Archive staff read all; anyone else only what their own
 * personnummer filed, in the SQL, so another resident's request is simply not found.
 */
export function readableRequests(ctx: SubgraphContext, alias: string) {
  const qb = ctx.dataSource.getRepository(ReleaseRequest).createQueryBuilder(alias);
  if (isArchiveStaff(ctx.viewer)) return qb;
  const own = ctx.viewer?.personnummer;
  return own ? qb.where(`${alias}.submitterPersonnummer = :own`, { own }) : qb.where("1 = 0");
}
