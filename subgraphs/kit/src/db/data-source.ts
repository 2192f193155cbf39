import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { DataSource, type EntitySchema, type MixedList } from "typeorm";
import { AuditEntry } from "./audit-entry.entity.js";
import { Revision } from "./revision.entity.js";
import { KitTables1700000000000 } from "../migrations/1700000000000-kit-tables.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Constructor = Function;

export interface DatabaseOptions {
  /** A file path, or ":memory:" for tests. */
  database: string;
  entities: (Constructor | EntitySchema)[];
  migrations: Constructor[];
  /** Tests only: build the schema from the entities instead of migrating. */
  synchronize?: boolean;
  logging?: boolean;
}

export class DatabaseFileError extends Error {}

/**
 * SQL_STATEMENT_COUNT=1 (the benchmark, `npm run bench`) counts every statement SQLite runs in this
 * process through better-sqlite3's `verbose` hook, so the bench can show statements per request.
 * Off by default: then no hook is installed at all.
 */
let statementCount: number | undefined = process.env.SQL_STATEMENT_COUNT === "1" ? 0 : undefined;
const countStatement = () => {
  statementCount = (statementCount ?? 0) + 1;
};

/** How many SQL statements this process has run, or undefined when counting is off. */
export const sqlStatementsExecuted = (): number | undefined => statementCount;

/**
 * One SQLite file per subgraph through better-sqlite3: WAL so readers never wait for the writer,
 * foreign keys on, and a busy timeout so a second process waits instead of failing.
 */
export function createDataSource(options: DatabaseOptions): DataSource {
  if (options.database !== ":memory:") {
    const dir = path.dirname(options.database);
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  }
  return new DataSource({
    type: "better-sqlite3",
    database: options.database,
    entities: [Revision, AuditEntry, ...options.entities] as MixedList<Constructor | EntitySchema>,
    migrations: [KitTables1700000000000, ...options.migrations] as MixedList<Constructor>,
    migrationsRun: false,
    synchronize: options.synchronize ?? false,
    logging: options.logging ?? false,
    enableWAL: options.database !== ":memory:",
    ...(statementCount !== undefined ? { verbose: countStatement } : {}),
    prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 5000");
      db.pragma("synchronous = NORMAL");
    },
  });
}

/** Opens the database and applies pending migrations; a broken file gets a message that says what to do. */
export async function openDatabase(dataSource: DataSource): Promise<void> {
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: "each" });
  } catch (error) {
    const file = String(dataSource.options.database);
    const detail = error instanceof Error ? error.message : String(error);
    if (/not a database|malformed|file is encrypted|SQLITE_CORRUPT|SQLITE_NOTADB/i.test(detail)) {
      throw new DatabaseFileError(
        `The database file ${file} is damaged or is not a SQLite database (${detail}). ` +
          `Move it aside (or delete it to start from the seed content) and start again.`,
      );
    }
    throw new DatabaseFileError(`Could not open the database ${file}: ${detail}`);
  }
}
