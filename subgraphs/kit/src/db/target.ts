// Where a subgraph keeps its data. No entities here: the configuration (and whatever imports it, such
// as the local identity provider) can name a database without loading TypeORM's decorators.

/**
 * Where a subgraph keeps its data: a SQLite file path (":memory:" for tests), or a PostgreSQL database
 * and the schema this subgraph owns in it (decision 026).
 */
export type DatabaseTarget = string | PostgresTarget;

export interface PostgresTarget {
  url: string;
  schema: string;
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

export const isPostgresTarget = (target: DatabaseTarget): target is PostgresTarget => typeof target !== "string";

/** The schema a subgraph owns on PostgreSQL: its name with "-" as "_" (care-units → care_units). */
export const schemaNameFor = (subgraph: string) => subgraph.replace(/-/g, "_");

/** A PostgreSQL URL without its password, for logs and messages. */
export function describeTarget(target: DatabaseTarget): string {
  if (!isPostgresTarget(target)) return target;
  try {
    const url = new URL(target.url);
    if (url.password) url.password = "***";
    return `${url.toString()} (schema ${target.schema})`;
  } catch {
    return `PostgreSQL (schema ${target.schema})`;
  }
}

export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

