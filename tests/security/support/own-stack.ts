import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { ensureLocalKeyPair, localKeyPairs } from "@vardportal/kit/identity";
// @ts-expect-error plain ESM script shared with `npm start`
import { ensureBundles } from "../../../scripts/lib/bundle.mjs";
// @ts-expect-error plain ESM script shared with `npm start`
import { plan } from "../../../scripts/lib/stack.mjs";

type Planned = { name: string; cwd: string; args: string[]; env: Record<string, string>; ready: string; url: string };

/**
 * Ports for the stacks these files start themselves, 50 or more above the e2e stack's (and E2E_PORT_OFFSET on top), so
 * they never collide with the shared e2e stack or `npm start`. Not 60: fetch refuses ports 5060 and 5061 (SIP).
 */
export function ownPorts(extra = 50) {
  const offset = Number(process.env.E2E_PORT_OFFSET ?? 0) + extra;
  return { portal: 5300 + offset, admin: 5301 + offset, gateway: 5000 + offset, subgraphBase: 5001 + offset, oidc: 5400 + offset };
}

export interface OwnStack {
  dataDir: string;
  portalUrl: string;
  adminUrl: string;
  gatewayUrl: string;
  oidcIssuer: string;
  names: string[];
  /** Stops one process (SIGTERM, or SIGKILL to simulate a crash) and waits until it has exited. */
  stop(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a stopped process again and waits until it is ready. */
  start(name: string): Promise<void>;
  /** Lines a process wrote to stderr (and warnings), for diagnosing a failure. */
  logs(name: string): string[];
  close(): Promise<void>;
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`exited before it was ready (${url})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`not ready within ${timeoutMs} ms: ${url}`);
}

/**
 * The whole stack as `npm start` runs it (the built portal and admin from BUILD_DIR, our server in front), on a
 * fresh data directory, with one difference from scripts/lib/stack.mjs: one process may be stopped and started
 * again without the others stopping — what the partial-result and load tests need.
 */
export async function startOwnStack(
  options: {
    env?: Record<string, string>;
    /** Only for the portal and the admin (e.g. NODE_ENV=production without the gateway's production rules). */
    appEnv?: Record<string, string>;
    /** For one process by name, after the others. */
    envFor?: Record<string, Record<string, string>>;
    extraOffset?: number;
    timeoutMs?: number;
  } = {},
): Promise<OwnStack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "vardportal-security-"));
  for (const name of localKeyPairs) ensureLocalKeyPair(dataDir, name);
  const ports = ownPorts(options.extraOffset);
  // The processes run from their bundles, as startStack runs them (decision 027): built first when stale.
  await ensureBundles({ quiet: true, env: { ...process.env, ...options.env } });
  const processes = plan({
    ports,
    dataDir,
    env: { LOG_LEVEL: "warn", OIDC_ISSUER: "", REQUEST_LOG: "off", ...options.env },
  }) as Planned[];
  for (const p of processes) {
    if (p.name === "portal" || p.name === "admin") Object.assign(p.env, options.appEnv);
    Object.assign(p.env, options.envFor?.[p.name]);
  }
  const children = new Map<string, ChildProcess>();
  const logs = new Map<string, string[]>();
  const timeoutMs = options.timeoutMs ?? 120_000;

  const spawnOne = (p: Planned) => {
    const child = spawn(process.execPath, p.args, { cwd: p.cwd, env: p.env, stdio: ["ignore", "pipe", "pipe"] });
    const lines = logs.get(p.name) ?? [];
    logs.set(p.name, lines);
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on("line", (line) => {
        if (stream === child.stderr || /"level":(4|5|6)\d/.test(line)) lines.push(line);
        if (lines.length > 500) lines.shift();
      });
    }
    children.set(p.name, child);
    return child;
  };
  const byName = (name: string) => {
    const p = processes.find((candidate) => candidate.name === name);
    if (!p) throw new Error(`no process named ${name}`);
    return p;
  };
  const stop = async (name: string, signal: NodeJS.Signals = "SIGTERM") => {
    const child = children.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
      child.once("exit", () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill(signal);
    });
  };
  const close = async () => {
    await Promise.all([...children.keys()].map((name) => stop(name)));
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    // The identity provider and the subgraphs first, then the gateway (it loads the supergraph), then the apps.
    const started = processes.map((p) => ({ p, child: spawnOne(p) }));
    await Promise.all(started.map(({ p, child }) => waitReady(p.ready, child, timeoutMs)));
  } catch (error) {
    const detail = [...logs].map(([name, lines]) => `[${name}] ${lines.slice(-5).join("\n")}`).join("\n");
    await close();
    throw new Error(`${(error as Error).message}\n${detail}`);
  }

  return {
    dataDir,
    portalUrl: `http://127.0.0.1:${ports.portal}`,
    adminUrl: `http://127.0.0.1:${ports.admin}`,
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    oidcIssuer: `http://127.0.0.1:${ports.oidc}`,
    names: processes.map((p) => p.name),
    stop,
    async start(name) {
      const p = byName(name);
      await waitReady(p.ready, spawnOne(p), timeoutMs);
    },
    logs: (name) => logs.get(name) ?? [],
    close,
  };
}
