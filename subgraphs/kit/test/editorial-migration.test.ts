import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataSource } from "typeorm";
import { createDataSource, openDatabase } from "../src/index.js";
import { KitTables1700000000000 } from "../src/migrations/1700000000000-kit-tables.js";

/** The editorial migration (decision 019) on a database that already has revisions, as a developer's data/ does. */
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("the editorial migration", () => {
  it("numbers the revisions already there per item, in the order they were written", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "editorial-migration-"));
    const database = path.join(dir, "old.sqlite");
    const old = new DataSource({ type: "better-sqlite3", database, migrations: [KitTables1700000000000], entities: [] });
    await old.initialize();
    await old.runMigrations();
    const insert = (entityId: string, version: number) =>
      old.query(`INSERT INTO revision (entityType, entityId, version, snapshot, changedFields, authorSubject) VALUES ('Guideline', ?, ?, '{}', '[]', 'seed')`, [entityId, version]);
    await insert("a", 1);
    await insert("b", 1);
    await insert("a", 2);
    await insert("a", 3);
    await old.destroy();

    const migrated = createDataSource({ database, entities: [], migrations: [] });
    await openDatabase(migrated);
    const rows = (await migrated.query(`SELECT entityId, version, number, action, autosave FROM revision ORDER BY id`)) as { entityId: string; version: number; number: number; action: string | null; autosave: number }[];
    expect(rows.map((r) => [r.entityId, r.version, r.number])).toEqual([
      ["a", 1, 1],
      ["b", 1, 1],
      ["a", 2, 2],
      ["a", 3, 3],
    ]);
    expect(rows.every((r) => r.action === null && r.autosave === 0)).toBe(true);
    expect(await migrated.query(`SELECT COUNT(*) AS n FROM editorial_draft`)).toEqual([{ n: 0 }]);
    await migrated.destroy();
  });
});
