// `npm run restore -- <backup dir>`: puts a backup made by `npm run backup` back into the data directory.
// Refuses while any process has a database of the data directory open (the stack must be stopped), checks every
// file against the manifest first, and moves what was there aside (data/pre-restore-<timestamp>/), never deletes.
// Options: --data-dir <dir> (default: $DATA_DIR or data/).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync } from "node:fs";
import path from "node:path";
import { attachmentDirs, databasesIn, integrityCheck, sha256, timestampName } from "./backup.mjs";
import { root } from "./lib/install.mjs";

/** Every file of the backup is there, unchanged (sha256), and every database passes its integrity check. */
export function verifyBackup(backupDir) {
  const manifestFile = path.join(backupDir, "manifest.json");
  if (!existsSync(manifestFile)) throw new Error(`${backupDir} has no manifest.json: not a backup made by npm run backup.`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  if (manifest.format !== "vardportal-backup/1") throw new Error(`Unknown backup format ${JSON.stringify(manifest.format)} in ${manifestFile}.`);
  for (const file of manifest.files) {
    if (file.name.includes("..") || path.isAbsolute(file.name)) throw new Error(`The manifest names a file outside the backup: ${file.name}`);
    const copy = path.join(backupDir, file.name);
    if (!existsSync(copy)) throw new Error(`${file.name} is missing from the backup.`);
    if (sha256(copy) !== file.sha256) throw new Error(`${file.name} has changed since the backup was made (sha256 differs).`);
    if (file.kind === "database") {
      const integrity = integrityCheck(copy);
      if (integrity !== "ok") throw new Error(`${file.name} fails its integrity check: ${integrity}`);
    }
  }
  return manifest;
}

/**
 * The processes that have a file of the data directory's databases open (Linux: /proc/<pid>/fd). A subgraph,
 * the gateway's cache or an app keeps its database open while it runs, so any hit means the stack is running.
 */
export function processesUsing(dataDir) {
  if (!existsSync("/proc/self/fd")) return [];
  const ours = new Set(databasesIn(dataDir).flatMap((db) => ["", "-wal", "-shm"].map((suffix) => path.resolve(dataDir, db + suffix))));
  const found = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    if (Number(pid) === process.pid) continue;
    let fds;
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or another user's
    }
    for (const fd of fds) {
      let target;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (ours.has(target)) {
        let command = "";
        try {
          command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).slice(0, 4).join(" ");
        } catch {
          // gone meanwhile
        }
        found.push({ pid: Number(pid), file: path.basename(target), command });
        break;
      }
    }
  }
  return found;
}

export function restore({ backupDir, dataDir, now = new Date(), log = console.log }) {
  const manifest = verifyBackup(backupDir);
  const busy = processesUsing(dataDir);
  if (busy.length > 0) {
    const list = busy.map((p) => `  pid ${p.pid} (${p.command || "?"}) has ${p.file} open`).join("\n");
    throw new Error(`The stack is running on ${dataDir}; stop it (Ctrl-C in npm start) and run the restore again.\n${list}`);
  }
  mkdirSync(dataDir, { recursive: true });

  // What is there now moves aside: the databases with their -wal/-shm (an old WAL next to a restored file would be
  // replayed into it and corrupt it) and the attachment directories.
  const aside = path.join(dataDir, `pre-restore-${timestampName(now)}`);
  const toMove = [
    ...readdirSync(dataDir).filter((name) => /\.sqlite(-wal|-shm|-journal)?$/.test(name)),
    ...attachmentDirs.filter((dir) => existsSync(path.join(dataDir, dir))),
  ];
  if (toMove.length > 0) {
    mkdirSync(aside, { recursive: true, mode: 0o700 });
    for (const name of toMove) renameSync(path.join(dataDir, name), path.join(aside, name));
    log(`  moved aside: ${toMove.length} files and directories → ${aside}`);
  }

  for (const file of manifest.files) {
    const target = path.join(dataDir, file.name);
    mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    copyFileSync(path.join(backupDir, file.name), target);
    if (file.kind === "database") {
      const integrity = integrityCheck(target);
      if (integrity !== "ok") throw new Error(`${file.name} fails its integrity check after copying: ${integrity}`);
    }
  }
  const databases = manifest.files.filter((f) => f.kind === "database").length;
  log(`  restored ${databases} databases and ${manifest.files.length - databases} attachment files from ${manifest.createdAt}`);
  return { manifest, movedAside: toMove.length > 0 ? aside : null };
}

function argument(args, name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.env.DATABASE_URL) {
    // The data is in PostgreSQL, not in DATA_DIR's files: a copy of those would look like a backup and hold nothing.
    console.error(`npm run restore restores the SQLite files in DATA_DIR; with DATABASE_URL set the data is in PostgreSQL. Use pg_dump / pg_restore (docs/deploy.md §9).`);
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const dataDir = path.resolve(argument(args, "--data-dir") ?? process.env.DATA_DIR ?? path.join(root, "data"));
  const backupDir = args.find((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--data-dir");
  if (!backupDir) {
    console.error("Usage: npm run restore -- <backup directory> [--data-dir <dir>]   e.g. npm run restore -- backups/2026-11-22T01-02-03Z");
    process.exit(1);
  }
  try {
    console.log(`Restoring ${path.resolve(backupDir)} into ${dataDir}…`);
    restore({ backupDir: path.resolve(backupDir), dataDir });
    console.log("Restore complete. Start the stack with npm start.");
  } catch (error) {
    console.error(`Restore refused: ${error.message}`);
    process.exit(1);
  }
}
