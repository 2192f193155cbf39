import { createHash } from "node:crypto";
import type { DataSource, EntityTarget } from "typeorm";
import { Revision } from "../db/revision.entity.js";
import type { ContentEntity } from "./content-entity.js";

/** A stable id from a natural key, so seed content has the same ids on every machine. */
export function seedId(kind: string, key: string): string {
  const hex = createHash("sha256").update(`${kind}:${key}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Seeding runs only on a database that holds no content yet: editors' work is never overwritten. */
export async function isUnseeded(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Revision).count()) === 0;
}

/** Inserts seed items with a first revision each, authored by "seed", in one transaction. */
export async function insertSeedContent<T extends ContentEntity>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  typeName: string,
  items: Partial<T>[],
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const repo = manager.getRepository(target);
    for (const data of items) {
      const item = repo.create({ version: 1, ...data } as unknown as T);
      await repo.insert(item as never);
      const saved = await repo.findOneByOrFail({ id: item.id } as never);
      await manager.insert(Revision, {
        number: 1,
        entityType: typeName,
        entityId: saved.id,
        version: saved.version,
        snapshot: JSON.stringify(saved),
        changedFields: "[]",
        authorSubject: "seed",
      });
    }
  });
}
