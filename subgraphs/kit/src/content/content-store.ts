import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager, EntityTarget, SelectQueryBuilder } from "typeorm";
import { canEditContent, canPublishContent, whereLive } from "../access.js";
import { Revision } from "../db/revision.entity.js";
import { conflict, forbidden, notFound, validationFailed } from "../errors.js";
import type { Viewer } from "../identity/viewer.js";
import { writeAudit } from "./audit.js";
import type { ContentEntity } from "./content-entity.js";
import { ContentStatus } from "./enums.js";
import { canTransition } from "./workflow.js";

export interface WriteContext {
  viewer: Viewer | null;
  requestId?: string;
}

type Patch<T> = Partial<Omit<T, "id" | "status" | "version" | "createdAt" | "updatedAt">>;

function snapshot(item: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => k !== "updatedAt" && k !== "version" && JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

/**
 * The publishing machinery every content type shares: public reads see only live content,
 * every save is a revision plus an audit entry in one transaction, and updates are guarded by
 * an optimistic version checked in the UPDATE itself.
 */
export class ContentStore<T extends ContentEntity> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly target: EntityTarget<T>,
    readonly typeName: string,
  ) {}

  /** A query that can only ever return rows the viewer may read right now. */
  live(viewer: Viewer | null, now: Date, alias = "item"): SelectQueryBuilder<T> {
    return whereLive(this.dataSource.getRepository(this.target).createQueryBuilder(alias), alias, viewer, now);
  }

  async create(data: Patch<T>, ctx: WriteContext): Promise<T> {
    if (!canEditContent(ctx.viewer)) throw forbidden("Only editors may create content.");
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(this.target);
      const item = repo.create({ ...data, id: randomUUID(), status: ContentStatus.DRAFT, version: 1 } as unknown as T);
      await repo.insert(item as never);
      const saved = await this.reload(manager, item.id);
      await this.record(manager, ctx, "CREATE", null, saved);
      return saved;
    });
  }

  async update(id: string, expectedVersion: number, patch: Patch<T>, ctx: WriteContext): Promise<T> {
    if (!canEditContent(ctx.viewer)) throw forbidden("Only editors may change content.");
    return this.write(id, expectedVersion, patch as Record<string, unknown>, ctx, "UPDATE");
  }

  async transition(id: string, expectedVersion: number, to: ContentStatus, ctx: WriteContext): Promise<T> {
    if (to === ContentStatus.PUBLISHED ? !canPublishContent(ctx.viewer) : !canEditContent(ctx.viewer)) {
      throw forbidden(to === ContentStatus.PUBLISHED ? "Only editors and admins may publish." : "Only editors may change content.");
    }
    return this.write(id, expectedVersion, { status: to }, ctx, "TRANSITION");
  }

  private async write(
    id: string,
    expectedVersion: number,
    values: Record<string, unknown>,
    ctx: WriteContext,
    action: "UPDATE" | "TRANSITION",
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.getRepository(this.target).findOneBy({ id } as never);
      if (!before) throw notFound(this.typeName, id);
      if (typeof values.status === "string" && !canTransition(before.status, values.status as ContentStatus)) {
        throw validationFailed({ status: [`Cannot go from ${before.status} to ${values.status}.`] });
      }
      const result = await manager
        .createQueryBuilder()
        .update(this.target)
        .set({ ...values, version: () => "version + 1", updatedAt: new Date() } as never)
        .where("id = :id AND version = :version", { id, version: expectedVersion })
        .execute();
      if (result.affected !== 1) {
        throw conflict(
          `${this.typeName} ${id} was changed by someone else (you had version ${expectedVersion}, it is now ${before.version}).`,
          snapshot(before),
        );
      }
      const after = await this.reload(manager, id);
      await this.record(manager, ctx, action, before, after);
      return after;
    });
  }

  private async reload(manager: EntityManager, id: string): Promise<T> {
    return manager.getRepository(this.target).findOneByOrFail({ id } as never);
  }

  private async record(manager: EntityManager, ctx: WriteContext, action: "CREATE" | "UPDATE" | "TRANSITION", before: T | null, after: T) {
    const beforeSnap = before ? snapshot(before) : null;
    const afterSnap = snapshot(after);
    const last = await manager
      .getRepository(Revision)
      .createQueryBuilder("r")
      .select("MAX(r.number)", "max")
      .where("r.entityType = :type AND r.entityId = :id", { type: this.typeName, id: after.id })
      .getRawOne<{ max: number | null }>();
    await manager.insert(Revision, {
      number: Number(last?.max ?? 0) + 1,
      entityType: this.typeName,
      entityId: after.id,
      version: after.version,
      snapshot: JSON.stringify(afterSnap),
      changedFields: JSON.stringify(beforeSnap ? changedFields(beforeSnap, afterSnap) : Object.keys(afterSnap).sort()),
      authorSubject: ctx.viewer?.subject ?? "system",
    });
    await writeAudit(manager, {
      actor: ctx.viewer,
      action,
      entityType: this.typeName,
      entityId: after.id,
      before: beforeSnap ?? undefined,
      after: afterSnap,
      requestId: ctx.requestId,
    });
  }
}
