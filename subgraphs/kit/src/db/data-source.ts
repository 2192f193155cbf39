import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { DataSource, type EntitySchema, type MixedList } from "typeorm";
import { AuditEntry } from "./audit-entry.entity.js";
import { Revision } from "./revision.entity.js";
import { KitTables1700000000000 } from "../migrations/1700000000000-kit-tables.js";
import { registerSearchFunctions } from "../search/sql.js";
import { Editorial1700000090000 } from "../migrations/1700000090000-editorial.js";
import { EditorialDraft } from "../editorial/draft.entity.js";
import { oneWriterAtATime } from "./one-writer.js";

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
 * foreign keys on, and a busy timeout so a second process waits instead of failing. `synchronous = FULL`
 * (decision 021): every commit is on disk (the WAL fsynced) before the write is acknowledged, so a payment,
 * a check-in, a request or an audit entry we answered "done" for survives a power cut or an OS crash, not
 * only a killed process. It costs about 2.5–3.5 ms per write transaction on this disk; reads are unaffected.
 */
export function createDataSource(options: DatabaseOptions): DataSource {
  if (options.database !== ":memory:") {
    const dir = path.dirname(options.database);
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  }
  const dataSource = new DataSource({
    type: "better-sqlite3",
    database: options.database,
    entities: [Revision, AuditEntry, EditorialDraft, ...options.entities] as MixedList<Constructor | EntitySchema>,
    migrations: [KitTables1700000000000, Editorial1700000090000, ...options.migrations] as MixedList<Constructor>,
    migrationsRun: false,
    synchronize: options.synchronize ?? false,
    logging: options.logging ?? false,
    enableWAL: options.database !== ":memory:",
    ...(statementCount !== undefined ? { verbose: countStatement } : {}),
    prepareDatabase: (db: { pragma: (sql: string) => unknown } & Parameters<typeof registerSearchFunctions>[0]) => {
      // Search triggers fold text with this function, so every connection that writes needs it (decision 022).
      registerSearchFunctions(db);
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 5000");
      db.pragma("synchronous = FULL");
    },
  });
  oneWriterAtATime(dataSource);
  return dataSource;
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
