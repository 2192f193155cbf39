// A throwaway PostgreSQL server for the test suite (decision 026): Debian's postgresql binaries, a new
// cluster in a temporary directory, listening on 127.0.0.1 only, trust authentication (nothing but
// this machine can reach it), no fsync (a test database is thrown away). Subgraph tests that see
// TEST_DATABASE_URL run on it, each test subgraph in a schema of its own.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const USER = "vardportal";
const DATABASE = "vardportal";

/** The directory with initdb and pg_ctl: Debian's /usr/lib/postgresql/<version>/bin (newest), or pg_config's. */
export function postgresBinDir() {
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(path.join(debian, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return path.join(debian, versions[0], "bin");
  }
  const found = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  if (found.status === 0 && existsSync(path.join(found.stdout.trim(), "initdb"))) return found.stdout.trim();
  return null;
}

/** PostgreSQL refuses to run as root: as root, run its commands as the `postgres` system user. */
function asServerUser(bin, args, options = {}) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const [command, commandArgs] = isRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  return execFileSync(command, commandArgs, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", ...options });
}

function serverUserIds() {
  const out = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (out.status !== 0) throw new Error("Running as root needs the `postgres` system user (Debian's postgresql package makes it).");
  return { uid: Number(out.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * Starts a fresh cluster on `port` and returns its URL and a stop function, or null when PostgreSQL is
 * not installed here. A cluster left running by an earlier, interrupted run on the same port is stopped
 * and thrown away first.
 */
export function startTestPostgres({ port = Number(process.env.VP_PG_PORT ?? 54329) } = {}) {
  const bin = postgresBinDir();
  if (!bin) return null;
  const dir = path.join(os.tmpdir(), `vardportal-pg-${port}`);
  const pgCtl = path.join(bin, "pg_ctl");
  const data = path.join(dir, "data");
  if (existsSync(path.join(data, "postmaster.pid"))) {
    try {
      asServerUser(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // not running any more: only the directory is left
    }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.getuid?.() === 0) {
    const { uid, gid } = serverUserIds();
    chownSync(dir, uid, gid);
  }
  asServerUser(path.join(bin, "initdb"), ["-D", data, "-U", USER, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const settings = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${dir}`,
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=300",
    "-c shared_buffers=128MB",
  ].join(" ");
  try {
    asServerUser(pgCtl, ["-D", data, "-o", settings, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
  } catch (error) {
    let log = "";
    try {
      log = readFileSync(path.join(dir, "server.log"), "utf8").trim().split("\n").slice(-4).join("\n");
    } catch {
      // no log written
    }
    throw new Error(`The test PostgreSQL server did not start on 127.0.0.1:${port} (VP_PG_PORT picks another port).\n${log || (error instanceof Error ? error.message : String(error))}`);
  }
  asServerUser(path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", USER, DATABASE]);
  const url = `postgres://${USER}@127.0.0.1:${port}/${DATABASE}`;
  return {
    url,
    stop() {
      try {
        asServerUser(pgCtl, ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
