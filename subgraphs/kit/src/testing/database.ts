import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DataSource } from "typeorm";
import type { PostgresTarget } from "../db/data-source.js";

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
