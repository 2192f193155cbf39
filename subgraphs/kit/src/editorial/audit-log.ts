import { canEditContent } from "../access.js";
import { encodeCursor, MAX_PAGE_SIZE } from "../content/pagination.js";
import { AuditEntry } from "../db/audit-entry.entity.js";
import { badUserInput, forbidden, validationFailed } from "../errors.js";
import type { SubgraphContext } from "../server/context.js";
import type { AuditLogEntry, AuditLogEntryConnection, AuditLogFilter } from "./graphql-types.js";
import { changedFieldNames } from "./values.js";

const parseObject = (text: string | null): Record<string, unknown> | null => {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as unknown;
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

function toEntry(row: AuditEntry): AuditLogEntry {
  const before = parseObject(row.before);
  const after = parseObject(row.after);
  return {
    id: String(row.id),
    at: row.at,
    actor: row.actorSubject,
    actorRoles: row.actorRoles ? row.actorRoles.split(",").filter(Boolean) : [],
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    changedFields: after ? changedFieldNames(before, after).filter((k) => k !== "updatedAt" && k !== "version") : [],
    before,
    after,
  };
}

/**
 * The audit entries of this subgraph's editorial content types only (not release requests or reads of
 * personal records, which are not the CMS's to show), newest first, keyset on the entry's id.
 */
export async function auditLog(
  ctx: SubgraphContext,
  entityTypes: string[],
  filter: AuditLogFilter,
  page: { first: number; after?: string | null },
): Promise<AuditLogEntryConnection> {
  if (!canEditContent(ctx.viewer)) throw forbidden();
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) throw validationFailed({ first: [`Must be between 1 and ${MAX_PAGE_SIZE}.`] });
  if (filter.from && filter.to && filter.from > filter.to) throw validationFailed({ to: ["Slutet måste ligga efter början."] });
  const qb = ctx.dataSource.getRepository(AuditEntry).createQueryBuilder("a").where("a.entityType IN (:...types)", { types: entityTypes });
  if (filter.entityType) qb.andWhere("a.entityType = :et", { et: filter.entityType });
  if (filter.entityId) qb.andWhere("a.entityId = :eid", { eid: filter.entityId });
  if (filter.actor) qb.andWhere("a.actorSubject = :actor", { actor: filter.actor });
  if (filter.action) qb.andWhere("a.action = :action", { action: filter.action });
  if (filter.from) qb.andWhere("a.at >= :from", { from: filter.from });
  if (filter.to) qb.andWhere("a.at < :to", { to: filter.to });
  const totalCount = await qb.clone().getCount();
  if (page.after) {
    let id: number;
    try {
      const parsed = JSON.parse(Buffer.from(page.after, "base64url").toString("utf8")) as { v?: unknown; id?: unknown };
      id = Number(parsed.id);
      if (typeof parsed.id !== "string" || !Number.isInteger(id) || id < 1 || parsed.v !== id) throw new Error("bad");
    } catch {
      throw badUserInput("This cursor is not valid. Start again from the first page.", "after");
    }
    qb.andWhere("a.id < :afterId", { afterId: id });
  }
  const rows = await qb.orderBy("a.id", "DESC").take(page.first + 1).getMany();
  const edges = rows.slice(0, page.first).map((row) => ({ node: toEntry(row), cursor: encodeCursor({ v: row.id, id: String(row.id) }) }));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null } };
}
