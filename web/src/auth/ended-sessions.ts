import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Sessions live in the cookie; what the server keeps is the list of sessions that were ended
 * (logged out) before their cookie expired, so a copied cookie stops working at log-out. Rows are
 * kept until the session would have expired anyway, then pruned.
 */
export interface EndedSessions {
  end(sessionId: string, expiresAt: Date): void;
  isEnded(sessionId: string): boolean;
  close(): void;
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
    end(sessionId, expiresAt) {
      db.transaction(() => {
        prune.run(now().getTime());
        insert.run(sessionId, expiresAt.getTime());
      })();
    },
    isEnded: (sessionId) => find.get(sessionId) !== undefined,
    close: () => db.close(),
  };
}
