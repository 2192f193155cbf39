import { ContentStore, type SubgraphContext } from "@vardportal/kit";
import { ArchiveHolding } from "./entities/archive-holding.entity.js";

/**
 * Every read of holdings starts here: a query that can only return holdings that are published,
 * live right now and written for an audience the viewer belongs to, so archive staff's own
 * notes (audience ARCHIVE) reach archivists and editors and nobody else.
 */
export function readableHoldings(ctx: SubgraphContext, alias: string) {
  return new ContentStore(ctx.dataSource, ArchiveHolding, "ArchiveHolding").live(ctx.viewer, ctx.now, alias);
}
