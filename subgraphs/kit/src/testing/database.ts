import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { DataSource } from "typeorm";
import type { DatabaseTarget, PostgresTarget } from "../db/data-source.js";

/** The PostgreSQL database the suite runs on (TEST_DATABASE_URL), or undefined for SQLite in memory. */
export const testDatabaseUrl = (): string | undefined => process.env.TEST_DATABASE_URL || undefined;

/** True in the PostgreSQL run of the suite: for the few tests that look at SQLite itself. */
export const onPostgres = (): boolean => testDatabaseUrl() !== undefined;

export interface ScratchDatabase {
  target: PostgresTarget;
  drop(): Promise<void>;
}

/**
 * A fresh schema for one test subgraph, so tests never see each other's rows; `drop` removes it with
 * everything in it. Undefined when the suite runs on SQLite.
 */
export function testDatabase(subgraph: string): ScratchDatabase | undefined {
  const url = testDatabaseUrl();
  if (!url) return undefined;
  const schema = `t_${subgraph.replace(/[^a-z0-9]+/gi, "_").toLowerCase()}_${randomBytes(5).toString("hex")}`;
  return {
    target: { url, schema, poolSize: 4 },
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * A raw SQL statement in a test, written once for both databases: `?` placeholders (numbered `$1…` on
 * PostgreSQL) and double-quoted camelCase column names ("titleSv"), which both read the same way.
 * PostgreSQL returns COUNT(*) as a string: wrap counts in Number().
 */
export function rawQuery<T = Record<string, unknown>>(dataSource: DataSource, sql: string, parameters: unknown[] = []): Promise<T[]> {
  let n = 0;
  const text = dataSource.options.type === "postgres" ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  return dataSource.query(text, parameters);
}

/**
 * One database for several instances of a subgraph in one test (the "two instances" tests): a fresh schema
 * in the PostgreSQL run, a SQLite file in a temporary directory otherwise. `drop` removes it.
 */
export function sharedTestDatabase(name: string): { target: DatabaseTarget; drop(): Promise<void> } {
  const scratch = testDatabase(name);
  if (scratch) return scratch;
  const dir = mkdtempSync(path.join(os.tmpdir(), `vp-${name}-`));
  return {
    target: path.join(dir, `${name}.sqlite`),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The column names of a table as the database describes it (either driver). */
export async function tableColumns(dataSource: DataSource, table: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    return ((await runner.getTable(table))?.columns ?? []).map((c) => c.name);
  } finally {
    await runner.release();
  }
}

/** One sample of a metric in Prometheus' text format, by name and exact labels; undefined when absent. */
export function metricSample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split("\n")) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (JSON.stringify(Object.entries(found).sort()) === JSON.stringify(Object.entries(labels).sort())) return Number(match[3]);
  }
  return undefined;
}
