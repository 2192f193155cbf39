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

export { describeTarget, isPostgresTarget, schemaNameFor, type DatabaseTarget, type PostgresTarget } from "./target.js";
import { isPostgresTarget, quoteIdentifier, type DatabaseTarget } from "./target.js";

export interface DatabaseOptions {
  database: DatabaseTarget;
  entities: (Constructor | EntitySchema)[];
  migrations: Constructor[];
  /** Tests only: build the schema from the entities instead of migrating. */
  synchronize?: boolean;
  logging?: boolean;
}

export class DatabaseFileError extends Error {}

/**
 * SQL_STATEMENT_COUNT=1 (the benchmark, `npm run bench`) counts every statement this process's data sources
 * send, at TypeORM's query runner — what the application asks for, on either driver (better-sqlite3's own trace
 * hook also counted statements it re-ran on its own, and showed 4 / 8 / 6 statements for list requests that
 * send 4 each). Off by default: then nothing is wrapped.
 */
let statementCount: number | undefined = process.env.SQL_STATEMENT_COUNT === "1" ? 0 : undefined;

/** The last statements counted (the bench prints them when a count looks wrong). */
const recentStatements: string[] = [];
export const recentSqlStatements = (): string[] => [...recentStatements];

/**
 * Calls `observe` with every statement this data source's query runners send (TypeORM's level: what the
 * application asks for, on either driver). better-sqlite3 hands out one runner again and again, PostgreSQL a
 * new one each time: each is wrapped once.
 */
export function onEveryStatement(dataSource: DataSource, observe: (sql: string) => void): void {
  const wrapped = new WeakSet<object>();
  const driver = dataSource.driver;
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    if (!wrapped.has(runner)) {
      wrapped.add(runner);
      const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
      runner.query = ((...args: unknown[]) => {
        observe(String(args[0]));
        return query(...args);
      }) as typeof runner.query;
    }
    return runner;
  };
}

function countStatements(dataSource: DataSource): void {
  if (statementCount === undefined) return;
  onEveryStatement(dataSource, (sql) => {
    statementCount = (statementCount ?? 0) + 1;
    recentStatements.push(sql.slice(0, 160));
    if (recentStatements.length > 40) recentStatements.shift();
  });
}

export const sqlStatementsExecuted = (): number | undefined => statementCount;

/**
 * One SQLite file per subgraph through better-sqlite3: WAL so readers never wait for the writer,
 * foreign keys on, and a busy timeout so a second process waits instead of failing. `synchronous = FULL`
 * (decision 021): every commit is on disk (the WAL fsynced) before the write is acknowledged, so a payment,
 * a check-in, a request or an audit entry we answered "done" for survives a power cut or an OS crash, not
 * only a killed process. It costs about 2.5–3.5 ms per write transaction on this disk; reads are unaffected.
 */
export function createDataSource(options: DatabaseOptions): DataSource {
  const entities = [Revision, AuditEntry, EditorialDraft, ...options.entities] as MixedList<Constructor | EntitySchema>;
  const migrations = [KitTables1700000000000, Editorial1700000090000, ...options.migrations] as MixedList<Constructor>;
  if (isPostgresTarget(options.database)) {
    // One pool per process; every connection's search_path is the subgraph's own schema, so the
    // migrations' and the search index's plain table names land there (decision 026). No one-writer
    // lock: each transaction gets a pooled connection of its own.
    const { url, schema, poolSize } = options.database;
    const postgres = new DataSource({
      type: "postgres",
      url,
      schema,
      entities,
      migrations,
      migrationsRun: false,
      synchronize: options.synchronize ?? false,
      logging: options.logging ?? false,
      extra: { options: `-c search_path=${quoteIdentifier(schema)}`, max: poolSize ?? 10, application_name: `vardportal-${schema}` },
    });
    countStatements(postgres);
    return postgres;
  }
  if (options.database !== ":memory:") {
    const dir = path.dirname(options.database);
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  }
  const dataSource = new DataSource({
    type: "better-sqlite3",
    database: options.database,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: options.synchronize ?? false,
    logging: options.logging ?? false,
    enableWAL: options.database !== ":memory:",
    prepareDatabase: (db: { pragma: (sql: string) => unknown } & Parameters<typeof registerSearchFunctions>[0]) => {
      // Search triggers fold text with this function, so every connection that writes needs it (decision 022).
      registerSearchFunctions(db);
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 5000");
      db.pragma("synchronous = FULL");
    },
  });
  oneWriterAtATime(dataSource);
  countStatements(dataSource);
  return dataSource;
}

export interface OpenOptions {
  /**
   * Runs after the migrations, while this instance still holds the schema's migration lock on
   * PostgreSQL: where a seed goes, so that two instances starting together on an empty schema cannot
   * both find it empty and both seed it.
   */
  afterMigrations?: () => Promise<void>;
}

/** Opens the database and applies pending migrations; a broken file gets a message that says what to do. */
export async function openDatabase(dataSource: DataSource, options: OpenOptions = {}): Promise<void> {
  if (dataSource.options.type === "postgres") return openPostgres(dataSource, options);
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
  await options.afterMigrations?.();
}

/** Any number, stable per schema: the advisory lock that lets one instance at a time migrate a schema. */
const migrationLockKey = (schema: string) => {
  let hash = 0;
  for (const ch of `vardportal-migrate:${schema}`) hash = (Math.imul(hash, 31) + ch.codePointAt(0)!) | 0;
  return hash;
};

/**
 * PostgreSQL: make the schema if it is not there and run the pending migrations, one instance at a time
 * (several instances of a service may start together; a session-level advisory lock per schema makes
 * the others wait and then find nothing left to do).
 */
async function openPostgres(dataSource: DataSource, options: OpenOptions): Promise<void> {
  const schema = String((dataSource.options as { schema?: string }).schema);
  const where = `PostgreSQL schema ${schema}`;
  try {
    await dataSource.initialize();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatabaseFileError(`Could not connect to PostgreSQL for ${where} (${detail}). Check DATABASE_URL and that the server is running.`);
  }
  const runner = dataSource.createQueryRunner();
  const key = migrationLockKey(schema);
  try {
    await runner.query(`SELECT pg_advisory_lock($1)`, [key]);
    // A role may own a schema an operator made for it without being allowed to CREATE in the database:
    // then CREATE SCHEMA IF NOT EXISTS is refused even though there is nothing to create.
    const existing: unknown[] = await runner.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [schema]);
    if (existing.length === 0) await runner.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
    await dataSource.runMigrations({ transaction: "each" });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    await runner.query(`SELECT pg_advisory_unlock($1)`, [key]).catch(() => undefined);
    await runner.release().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    throw new DatabaseFileError(`Could not migrate ${where}: ${detail}`);
  }
  try {
    await options.afterMigrations?.();
  } finally {
    if (dataSource.isInitialized) {
      await runner.query(`SELECT pg_advisory_unlock($1)`, [key]).catch(() => undefined);
      await runner.release();
    }
  }
}

/**
 * The operator for "contains, in any letter case": SQLite's LIKE already ignores the case of ASCII
 * letters; PostgreSQL's LIKE does not, its ILIKE does.
 */
export const likeAnyCase = (dataSource: DataSource): "LIKE" | "ILIKE" => (dataSource.options.type === "postgres" ? "ILIKE" : "LIKE");
