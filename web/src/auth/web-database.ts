import pg from "pg";

/**
 * The portal's and the admin's own small tables on PostgreSQL (when DATABASE_URL is set): the ended sessions
 * and the log-in attempt counters, shared by every instance of both apps so that a log-out or a count made on
 * one instance holds on all of them. One schema (`web` unless DATABASE_SCHEMA says otherwise) and its tables,
 * made on first use when missing; an operator may make the schema beforehand, owned by the apps' role, and then
 * the role needs no CREATE right on the database.
 */
export type WebDatabaseOptions = {
  url: string;
  schema: string;
  /** Connections this process keeps open at most. */
  poolSize?: number;
  log?: (message: string) => void;
};

export interface WebDatabase {
  /** The schema name, quoted for SQL: `"web"`. */
  readonly schema: string;
  /** Runs one statement once the schema and tables exist (made on the first call). */
  query<Row extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<Row>>;
  close(): Promise<void>;
}

const plainName = /^[a-z_][a-z0-9_]{0,62}$/;

/** Any number, stable per schema: the advisory lock that lets one instance at a time make the tables. */
const setUpLockKey = (schema: string) => {
  let hash = 0;
  for (const ch of `vardportal-web-tables:${schema}`) hash = (Math.imul(hash, 31) + ch.codePointAt(0)!) | 0;
  return hash;
};

/**
 * `CREATE … IF NOT EXISTS` is not safe on its own when two instances start at once (both may try to insert
 * the same catalogue row and one fails on a unique index), so the statements run in one transaction under a
 * transaction-level advisory lock: the second instance waits, then finds everything there.
 */
function tablesSql(schema: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${schema}.ended_session (session_id text PRIMARY KEY, expires_at timestamptz NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS ended_session_expires ON ${schema}.ended_session (expires_at)`,
    `CREATE TABLE IF NOT EXISTS ${schema}.login_attempt (key text PRIMARY KEY, window_end timestamptz NOT NULL, hits integer NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS login_attempt_window_end ON ${schema}.login_attempt (window_end)`,
  ];
}

export function openWebDatabase({ url, schema: name, poolSize = 4, log = (m) => console.warn(`[web] ${m}`) }: WebDatabaseOptions): WebDatabase {
  if (!plainName.test(name)) throw new Error(`DATABASE_SCHEMA "${name}" must be a plain lower-case schema name (letters, digits, _)`);
  const schema = `"${name}"`;
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  // An idle connection the server drops must not take the process down; the next query opens a new one.
  pool.on("error", (error) => log(`PostgreSQL connection lost: ${error.message}`));

  let ready: Promise<void> | undefined;
  const setUp = async () => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [setUpLockKey(name)]);
      // Only when missing: CREATE SCHEMA, even with IF NOT EXISTS, needs CREATE on the database, which a role that
      // was given its schema by the operator does not have.
      const found = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [name]);
      if (found.rowCount === 0) await client.query(`CREATE SCHEMA ${schema}`);
      for (const statement of tablesSql(schema)) await client.query(statement);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const ensureReady = () => {
    ready ??= setUp().catch((error: unknown) => {
      ready = undefined; // the next request tries again
      log(`could not make the tables in PostgreSQL schema ${name}: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    });
    return ready;
  };

  let closed: Promise<void> | undefined;
  return {
    schema,
    async query<Row extends pg.QueryResultRow>(text: string, values?: unknown[]) {
      await ensureReady();
      return pool.query<Row>(text, values);
    },
    close: () => (closed ??= pool.end()),
  };
}
