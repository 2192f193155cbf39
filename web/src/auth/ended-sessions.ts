import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { WebDatabase } from "./web-database.js";

/**
 * Sessions live in the cookie; what the server keeps is the list of sessions that were ended
 * (logged out) before their cookie expired, so a copied cookie stops working at log-out. Rows are
 * kept until the session would have expired anyway, then pruned.
 *
 * Two stores: a SQLite file (one machine; the processes on it share the file), and PostgreSQL when
 * DATABASE_URL is set, shared by every instance on every machine.
 */
export interface EndedSessions {
  end(sessionId: string, expiresAt: Date): Promise<void>;
  isEnded(sessionId: string): Promise<boolean>;
  close(): Promise<void>;
}

export function openEndedSessions(file: string, now: () => Date = () => new Date()): EndedSessions {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version < 1) {
    db.transaction(() => {
      db.exec("CREATE TABLE IF NOT EXISTS ended_session (session_id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL) WITHOUT ROWID");
      db.exec("CREATE INDEX IF NOT EXISTS ended_session_expires ON ended_session (expires_at)");
      db.pragma("user_version = 1");
    })();
  }
  const insert = db.prepare("INSERT OR REPLACE INTO ended_session (session_id, expires_at) VALUES (?, ?)");
  const prune = db.prepare("DELETE FROM ended_session WHERE expires_at <= ?");
  const find = db.prepare("SELECT 1 FROM ended_session WHERE session_id = ?").pluck();
  return {
    async end(sessionId, expiresAt) {
      db.transaction(() => {
        prune.run(now().getTime());
        insert.run(sessionId, expiresAt.getTime());
      })();
    },
    isEnded: async (sessionId) => find.get(sessionId) !== undefined,
    close: async () => {
      if (db.open) db.close();
    },
  };
}

/**
 * The same list in `<schema>.ended_session` on PostgreSQL (web-database.ts makes the table): a session ended
 * on one instance is ended on all. Closing the store closes the database it was given.
 */
export function openPostgresEndedSessions(db: WebDatabase, now: () => Date = () => new Date()): EndedSessions {
  const table = `${db.schema}.ended_session`;
  return {
    async end(sessionId, expiresAt) {
      await db.query(`DELETE FROM ${table} WHERE expires_at <= $1`, [now()]);
      await db.query(
        `INSERT INTO ${table} (session_id, expires_at) VALUES ($1, $2) ON CONFLICT (session_id) DO UPDATE SET expires_at = excluded.expires_at`,
        [sessionId, expiresAt],
      );
    },
    async isEnded(sessionId) {
      const result = await db.query(`SELECT 1 FROM ${table} WHERE session_id = $1`, [sessionId]);
      return (result.rowCount ?? 0) > 0;
    },
    close: () => db.close(),
  };
}
