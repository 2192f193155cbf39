import type { EntityManager } from "typeorm";
import { AuditEntry } from "../db/audit-entry.entity.js";
import type { Viewer } from "../identity/viewer.js";

export type AuditAction = "CREATE" | "UPDATE" | "TRANSITION" | "READ_PERSONAL";

export interface AuditInput {
  actor: Viewer | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string;
}

/** Writes inside the caller's transaction, so a change and its audit entry land together or not at all. */
export async function writeAudit(manager: EntityManager, input: AuditInput): Promise<void> {
  await manager.insert(AuditEntry, {
    actorSubject: input.actor?.subject ?? "anonymous",
    actorRoles: (input.actor?.roles ?? []).join(","),
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: input.before === undefined ? null : JSON.stringify(input.before),
    after: input.after === undefined ? null : JSON.stringify(input.after),
    requestId: input.requestId ?? null,
  });
}
