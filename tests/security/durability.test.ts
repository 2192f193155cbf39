import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ensureLocalKeyPair, importSigningKey, localKeyPairs, signIdentity, subgraphAudience } from "@vardportal/kit/identity";
import { personnummerFor } from "@vardportal/kit/personnummer";
// @ts-expect-error plain ESM scripts (npm run backup / restore)
import { backup, integrityCheck } from "../../scripts/backup.mjs";
// @ts-expect-error plain ESM scripts (npm run backup / restore)
import { processesUsing, restore, verifyBackup } from "../../scripts/restore.mjs";
import { ownPorts } from "./support/own-stack.js";

/**
 * Durability of the money path (decision 021): the fees subgraph as a real process on its own data directory.
 * A stream of acknowledged writes (recordFeePayment, each with its own reference), SIGKILL in the middle, a
 * restart: every write that was answered is in the database and `PRAGMA integrity_check` is ok. Then the online
 * backup taken while writes go on, and its restore into a fresh data directory (refused while a process has the
 * databases open).
 */
const root = fileURLToPath(new URL("../..", import.meta.url));
const ports = ownPorts(90);
const feesUrl = `http://127.0.0.1:${ports.subgraphBase + 1}/graphql`;
const dirs: string[] = [];
let fees: ChildProcess | undefined;

const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

async function startFees(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: path.join(root, "subgraphs/fees"),
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      HOST: "127.0.0.1",
      PORT: String(ports.subgraphBase + 1),
      FEES_INTERNAL_PORT: String(ports.subgraphBase + 101),
      LOG_LEVEL: "error",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const errors: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => errors.push(chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`fees exited: ${errors.join("")}`);
    try {
      const ready = await fetch(`http://127.0.0.1:${ports.subgraphBase + 1}/ready`);
      await ready.arrayBuffer();
      if (ready.ok) return child;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  child.kill("SIGKILL");
  throw new Error("fees did not become ready");
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));

const RECORD = `mutation($input: RecordFeePaymentInput!) { recordFeePayment(input: $input) { alreadyRecorded payment { reference } } }`;

/** A staff member's identity as the gateway would vouch for it, for fees only. */
async function staffIdentity(dataDir: string): Promise<string> {
  const key = await importSigningKey(readFileSync(path.join(dataDir, "gateway-identity.key.pem"), "utf8"));
  return signIdentity(key, { viewer: { subject: "kill-test-nurse", roles: ["staff"], region: "Norrbotten" } }, { ttlSeconds: 300, audience: subgraphAudience("fees") });
}

/** One payment; resolves true only when fees answered that it is recorded (an acknowledged write). */
async function recordPayment(identity: string, reference: string, serial: number): Promise<boolean> {
  try {
    const response = await fetch(feesUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "vp-identity": identity },
      body: JSON.stringify({
        query: RECORD,
        variables: {
          input: {
            region: "Norrbotten",
            personnummer: personnummerFor("1970-01-01", 100 + (serial % 800)),
            visitKind: "HEALTH_CENTRE_VISIT",
            visitDate: "2026-01-15",
            reference,
          },
        },
      }),
    });
    const body = (await response.json()) as { data?: { recordFeePayment?: { payment?: { reference?: string } } }; errors?: unknown[] };
    return response.ok && !body.errors && body.data?.recordFeePayment?.payment?.reference === reference;
  } catch {
    return false; // the process died with this request in flight: not acknowledged
  }
}

/** Writes from `lanes` parallel clients until `stop()`; returns the references that were acknowledged. */
function writeStream(identity: string, prefix: string, lanes = 4) {
  const acknowledged: string[] = [];
  let stopped = false;
  let next = 0;
  const done = Promise.all(
    Array.from({ length: lanes }, async () => {
      while (!stopped && next < 2_000) {
        const serial = next++;
        const reference = `${prefix}-${serial}`;
        if (await recordPayment(identity, reference, serial)) acknowledged.push(reference);
      }
    }),
  );
  return {
    acknowledged,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

function referencesIn(file: string, prefix: string): Set<string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT reference FROM high_cost_payment WHERE reference LIKE ?").pluck().all(`${prefix}-%`) as string[];
    return new Set(rows);
  } finally {
    db.close();
  }
}

afterEach(async () => {
  if (fees && fees.exitCode === null && fees.signalCode === null) {
    fees.kill("SIGKILL");
    await exited(fees);
  }
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("no acknowledged write is lost", () => {
  it("SIGKILL in the middle of a stream of payments: after a restart every acknowledged payment is there, integrity ok", async () => {
    const dataDir = tempDir("vardportal-kill-");
    for (const name of localKeyPairs) ensureLocalKeyPair(dataDir, name);
    fees = await startFees(dataDir);
    const identity = await staffIdentity(dataDir);
    const stream = writeStream(identity, "kill");
    // Kill it mid-stream: after enough acknowledged writes to matter, with requests still in flight.
    const deadline = Date.now() + 20_000;
    while (stream.acknowledged.length < 60 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(stream.acknowledged.length).toBeGreaterThanOrEqual(60);
    fees.kill("SIGKILL");
    await exited(fees);
    await stream.stop();
    const acknowledged = [...stream.acknowledged];

    fees = await startFees(dataDir);
    const file = path.join(dataDir, "fees.sqlite");
    expect(integrityCheck(file)).toBe("ok");
    const stored = referencesIn(file, "kill");
    expect(acknowledged.filter((reference) => !stored.has(reference))).toEqual([]);
    // Writes cut off mid-request may or may not have committed; nothing else is there.
    expect([...stored].every((reference) => /^kill-\d+$/.test(reference))).toBe(true);

    // And the subgraph answers after the restart: the same reference again records nothing more.
    const again = await fetch(feesUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "vp-identity": await staffIdentity(dataDir) },
      body: JSON.stringify({
        query: RECORD,
        variables: {
          input: {
            region: "Norrbotten",
            personnummer: personnummerFor("1970-01-01", 100 + (Number(acknowledged[0]!.split("-")[1]) % 800)),
            visitKind: "HEALTH_CENTRE_VISIT",
            visitDate: "2026-01-15",
            reference: acknowledged[0],
          },
        },
      }),
    });
    expect(((await again.json()) as { data: { recordFeePayment: { alreadyRecorded: boolean } } }).data.recordFeePayment.alreadyRecorded).toBe(true);
  });

  it("each connection writes with synchronous=FULL in WAL mode, foreign keys on and a busy timeout", async () => {
    const dataDir = tempDir("vardportal-pragmas-");
    for (const name of localKeyPairs) ensureLocalKeyPair(dataDir, name);
    fees = await startFees(dataDir);
    // The settings are per connection; the kit's data source is what every subgraph opens its file with.
    const { createDataSource } = await import("@vardportal/kit");
    const dataSource = createDataSource({ database: path.join(dataDir, "pragma-probe.sqlite"), entities: [], migrations: [] });
    await dataSource.initialize();
    const pragma = async (name: string) => Object.values(((await dataSource.query(`PRAGMA ${name}`)) as Record<string, unknown>[])[0]!)[0];
    expect(await pragma("journal_mode")).toBe("wal");
    expect(await pragma("synchronous")).toBe(2); // FULL
    expect(await pragma("foreign_keys")).toBe(1);
    expect(await pragma("busy_timeout")).toBe(5000);
    await dataSource.destroy();
    const db = new Database(path.join(dataDir, "fees.sqlite"), { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });
});

describe("npm run backup and npm run restore", () => {
  it("backs up online while payments are written; the restore into a fresh data directory has the data, and is refused while the stack runs", async () => {
    const dataDir = tempDir("vardportal-live-");
    const backups = tempDir("vardportal-backups-");
    for (const name of localKeyPairs) ensureLocalKeyPair(dataDir, name);
    fees = await startFees(dataDir);
    const identity = await staffIdentity(dataDir);
    const stream = writeStream(identity, "bk", 2);
    while (stream.acknowledged.length < 30) await new Promise((r) => setTimeout(r, 10));

    const lines: string[] = [];
    const made = backup({ dataDir, outDir: backups, log: (line: string) => lines.push(line) });
    const acknowledgedBeforeBackup = stream.acknowledged.length;
    await new Promise((r) => setTimeout(r, 300));
    await stream.stop();
    expect(stream.acknowledged.length).toBeGreaterThan(acknowledgedBeforeBackup); // writes went on meanwhile

    // The manifest: every database with size, sha256 and the copy's integrity check; no keys or secrets.
    expect(path.basename(made.dir)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/);
    const manifest = JSON.parse(readFileSync(path.join(made.dir, "manifest.json"), "utf8"));
    const feesEntry = manifest.files.find((f: { name: string }) => f.name === "fees.sqlite");
    expect(feesEntry).toMatchObject({ kind: "database", integrityCheck: "ok" });
    expect(feesEntry.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(feesEntry.bytes).toBeGreaterThan(0);
    expect(readdirSync(made.dir).some((name) => name.endsWith(".pem") || name === "session-secret")).toBe(false);
    expect(verifyBackup(made.dir).files).toHaveLength(manifest.files.length);

    // Every payment acknowledged before the backup began is in the copy.
    const inBackup = referencesIn(path.join(made.dir, "fees.sqlite"), "bk");
    expect(stream.acknowledged.slice(0, acknowledgedBeforeBackup).filter((r) => !inBackup.has(r))).toEqual([]);

    // Refused while the stack (here: fees) has the data directory's databases open.
    expect(processesUsing(dataDir).map((p: { pid: number }) => p.pid)).toContain(fees.pid);
    expect(() => restore({ backupDir: made.dir, dataDir, log: () => {} })).toThrow(/stack is running/);

    // Into a fresh data directory: fees starts on it and has the data.
    fees.kill("SIGTERM");
    await exited(fees);
    const fresh = tempDir("vardportal-restored-");
    for (const name of localKeyPairs) ensureLocalKeyPair(fresh, name);
    restore({ backupDir: made.dir, dataDir: fresh, log: () => {} });
    expect(existsSync(path.join(fresh, "fees.sqlite-wal"))).toBe(false);
    fees = await startFees(fresh);
    expect(integrityCheck(path.join(fresh, "fees.sqlite"))).toBe("ok");
    const response = await fetch(feesUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "vp-identity": await staffIdentity(fresh) },
      body: JSON.stringify({
        query: `query($p: String!) { highCostAccount(personnummer: $p, region: "Norrbotten") { currentPeriod { payments { amountSek } } } }`,
        variables: { p: personnummerFor("1970-01-01", 100) },
      }),
    });
    const account = (await response.json()) as { data: { highCostAccount: { currentPeriod: { payments: unknown[] } | null } } };
    expect(account.data.highCostAccount.currentPeriod?.payments.length).toBeGreaterThan(0);
    expect(referencesIn(path.join(fresh, "fees.sqlite"), "bk").size).toBe(inBackup.size);
  });

  it("a restore over an existing data directory moves what was there aside, WAL files included, and refuses a tampered backup", async () => {
    const dataDir = tempDir("vardportal-aside-");
    const backups = tempDir("vardportal-backups-");
    for (const name of localKeyPairs) ensureLocalKeyPair(dataDir, name);
    fees = await startFees(dataDir);
    fees.kill("SIGTERM");
    await exited(fees);
    const made = backup({ dataDir, outDir: backups, log: () => {} });
    const result = restore({ backupDir: made.dir, dataDir, log: () => {} });
    expect(result.movedAside).toMatch(/pre-restore-/);
    expect(readdirSync(result.movedAside)).toContain("fees.sqlite");
    expect(readdirSync(dataDir).filter((name) => name.endsWith("-wal"))).toEqual([]);

    const copy = path.join(made.dir, "fees.sqlite");
    const db = new Database(copy);
    db.exec("CREATE TABLE tampered (x)");
    db.close();
    expect(() => verifyBackup(made.dir)).toThrow(/sha256 differs/);
  });
});
