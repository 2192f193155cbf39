// `npm run backup`: an online backup of every database in the data directory (the subgraphs' and the apps'
// session lists) and of the archive's attachment files, into backups/<UTC timestamp>/ with a manifest.
// Safe while the stack runs and writes go on (decision 021). Options:
//   --data-dir <dir>   default: $DATA_DIR or data/
//   --out <dir>        where backups go; default: $BACKUP_DIR or backups/
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { root } from "./lib/install.mjs";

/** Attachment files (decision 011): written once before their row is committed, never changed afterwards. Only those
 * uploaded before issue 13: newer attachments' bytes are in archive.sqlite and come with its copy. */
export const attachmentDirs = ["archive-attachments"];

export const sha256 = (file) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** `PRAGMA integrity_check` of a database file, opened read-only: "ok" or the problems it lists. */
export function integrityCheck(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check", { simple: false }).map((row) => Object.values(row)[0]);
    return rows.length === 1 && rows[0] === "ok" ? "ok" : rows.join("; ");
  } finally {
    db.close();
  }
}

/** The databases of a data directory: every `*.sqlite` file (their -wal and -shm belong to them). */
export const databasesIn = (dataDir) =>
  existsSync(dataDir) ? readdirSync(dataDir).filter((name) => name.endsWith(".sqlite") && statSync(path.join(dataDir, name)).isFile()).sort() : [];

/** 2026-11-22T01-02-03Z: sortable, and no colons (they are not allowed in Windows file names). */
export const timestampName = (date = new Date()) => date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-");

/**
 * Copies one database while it is in use: `VACUUM INTO` reads it in one read transaction (in WAL mode writers go
 * on meanwhile) and writes a consistent, compacted copy that includes every transaction committed before the
 * read began — the WAL's content too, so no -wal file is needed beside the copy.
 */
function copyDatabase(source, target) {
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 10000");
    db.prepare("VACUUM INTO ?").run(target);
  } finally {
    db.close();
  }
}

export function backup({ dataDir, outDir, now = new Date(), log = console.log }) {
  const databases = databasesIn(dataDir);
  if (databases.length === 0) throw new Error(`No databases (*.sqlite) in ${dataDir}. Is DATA_DIR right?`);
  const name = timestampName(now);
  const target = path.join(outDir, name);
  const partial = `${target}.partial`;
  if (existsSync(target) || existsSync(partial)) throw new Error(`${target} exists already; wait a second and run it again.`);
  mkdirSync(partial, { recursive: true, mode: 0o700 });

  const files = [];
  for (const database of databases) {
    const started = Date.now();
    const copy = path.join(partial, database);
    copyDatabase(path.join(dataDir, database), copy);
    const integrity = integrityCheck(copy);
    if (integrity !== "ok") throw new Error(`The copy of ${database} fails its integrity check: ${integrity}`);
    files.push({ name: database, kind: "database", bytes: statSync(copy).size, sha256: sha256(copy), integrityCheck: integrity, ms: Date.now() - started });
    log(`  ${database.padEnd(28)} ${String(statSync(copy).size).padStart(10)} bytes  integrity ok`);
  }
  // After the databases: every attachment a copied row names was on disk before that row was committed.
  for (const dir of attachmentDirs) {
    const from = path.join(dataDir, dir);
    if (!existsSync(from)) continue;
    mkdirSync(path.join(partial, dir), { recursive: true, mode: 0o700 });
    let count = 0;
    for (const file of readdirSync(from).sort()) {
      const source = path.join(from, file);
      if (!statSync(source).isFile()) continue;
      const copy = path.join(partial, dir, file);
      copyFileSync(source, copy);
      files.push({ name: `${dir}/${file}`, kind: "attachment", bytes: statSync(copy).size, sha256: sha256(copy) });
      count++;
    }
    log(`  ${`${dir}/`.padEnd(28)} ${String(count).padStart(10)} files`);
  }
  const manifest = {
    format: "vardportal-backup/1",
    createdAt: now.toISOString(),
    dataDir: path.resolve(dataDir),
    method: "VACUUM INTO (better-sqlite3), one read transaction per database",
    note: "Keys and secrets (*.pem, session-secret, oidc-jwks.json) are not copied: production reads them from the environment.",
    files,
  };
  writeFileSync(path.join(partial, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  // Only a complete backup carries the timestamp name; a failed run leaves a .partial directory behind.
  renameSync(partial, target);
  return { dir: target, manifest };
}

function argument(args, name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.env.DATABASE_URL) {
    // The data is in PostgreSQL, not in DATA_DIR's files: a copy of those would look like a backup and hold nothing.
    console.error(`npm run backup backs up the SQLite files in DATA_DIR; with DATABASE_URL set the data is in PostgreSQL. Use pg_dump / pg_restore (docs/deploy.md §9).`);
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const dataDir = path.resolve(argument(args, "--data-dir") ?? process.env.DATA_DIR ?? path.join(root, "data"));
  const outDir = path.resolve(argument(args, "--out") ?? process.env.BACKUP_DIR ?? path.join(root, "backups"));
  try {
    console.log(`Backing up ${dataDir}…`);
    const { dir, manifest } = backup({ dataDir, outDir });
    console.log(`Backup complete: ${dir} (${manifest.files.length} files). Restore with: npm run restore -- ${path.relative(process.cwd(), dir) || dir}`);
  } catch (error) {
    console.error(`Backup failed: ${error.message}`);
    process.exit(1);
  }
}
