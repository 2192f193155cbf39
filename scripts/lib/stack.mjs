import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import path from "node:path";
import { bundleFile, ensureBundles, runsFromSource } from "./bundle.mjs";
import { root } from "./install.mjs";

const subgraphs = [
  ["care-units", "CARE_UNITS_URL"],
  ["fees", "FEES_URL"],
  ["e-services", "E_SERVICES_URL"],
  ["archive", "ARCHIVE_URL"],
  ["guidelines", "GUIDELINES_URL"],
];

export const defaultPorts = { portal: 3000, admin: 3001, gateway: 4000, subgraphBase: 4001, oidc: 4400 };

/**
 * How a server process is run (decision 027): its esbuild bundle under plain Node, stack traces mapped back
 * to the TypeScript by the source map; with RUN_FROM_SOURCE=1, its TypeScript through tsx, as in development.
 */
const nodeArgs = (fromSource, bundle, entry, ...rest) =>
  fromSource ? ["--import", "tsx", entry, ...rest] : ["--enable-source-maps", bundleFile(bundle), ...rest];

/** The apps' cookie secret: from SESSION_SECRET, else made once and kept in the data directory. */
function sessionSecret(dataDir, env) {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  const file = path.join(dataDir, "session-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * Who logs users in. With OIDC_ISSUER set, the region's identity provider (client ids and secrets from
 * PORTAL_OIDC_CLIENT_ID/SECRET and ADMIN_OIDC_CLIENT_ID/SECRET); without it, the local test provider
 * under tests/oidc, started first, with its own local client secrets.
 */
function identity(env, ports, host, urls) {
  if (env.OIDC_ISSUER) {
    return {
      issuer: env.OIDC_ISSUER,
      portal: { id: env.PORTAL_OIDC_CLIENT_ID, secret: env.PORTAL_OIDC_CLIENT_SECRET },
      admin: { id: env.ADMIN_OIDC_CLIENT_ID, secret: env.ADMIN_OIDC_CLIENT_SECRET },
      local: null,
    };
  }
  const issuer = `http://${host}:${ports.oidc}`;
  const portal = { id: "vardportal-portal", secret: env.PORTAL_OIDC_CLIENT_SECRET ?? "local-portal-secret" };
  const admin = { id: "vardportal-admin", secret: env.ADMIN_OIDC_CLIENT_SECRET ?? "local-admin-secret" };
  return {
    issuer,
    portal,
    admin,
    local: {
      name: "oidc",
      cwd: path.join(root, "tests"),
      args: nodeArgs(runsFromSource(env), "oidc", "oidc/main.ts"),
      env: {
        PORT: String(ports.oidc),
        PORTAL_URL: urls.portal,
        ADMIN_URL: urls.admin,
        PORTAL_OIDC_CLIENT_SECRET: portal.secret,
        ADMIN_OIDC_CLIENT_SECRET: admin.secret,
      },
      ready: `${issuer}/.well-known/openid-configuration`,
      url: `${issuer}/`,
    },
  };
}

/**
 * The processes of the portal, in start order, with the address each is ready at. Their bundles must be
 * built (`ensureBundles` in ./bundle.mjs; startStack does it) unless RUN_FROM_SOURCE=1.
 */
export function plan({ ports = defaultPorts, dataDir = path.join(root, "data"), env = {} } = {}) {
  ports = { ...defaultPorts, ...ports };
  const host = "127.0.0.1";
  const base = { ...process.env, DATA_DIR: dataDir, HOST: host, ...env };
  const fromSource = runsFromSource(base);
  const gatewayUrl = `http://${host}:${ports.gateway}/graphql`;
  const urls = { portal: `http://${host}:${ports.portal}`, admin: `http://${host}:${ports.admin}` };
  const idp = identity(base, ports, host, urls);
  const secret = sessionSecret(dataDir, base);
  const processes = subgraphs.map(([name], i) => ({
    name,
    cwd: path.join(root, "subgraphs", name),
    args: nodeArgs(fromSource, name, "src/main.ts"),
    // Check-in (decision 012): the fees process also listens, for e-services only, 100 ports above its own.
    env: { ...base, PORT: String(ports.subgraphBase + i), FEES_INTERNAL_PORT: String(ports.subgraphBase + 101), FEES_INTERNAL_URL: `http://${host}:${ports.subgraphBase + 101}/graphql` },
    ready: `http://${host}:${ports.subgraphBase + i}/ready`,
    url: `http://${host}:${ports.subgraphBase + i}/graphql`,
  }));
  const subgraphUrls = Object.fromEntries(subgraphs.map(([, envName], i) => [envName, processes[i].url]));
  if (idp.local) processes.unshift({ ...idp.local, env: { ...base, ...idp.local.env } });
  processes.push({
    name: "gateway",
    cwd: path.join(root, "gateway"),
    args: nodeArgs(fromSource, "gateway", "src/main.ts"),
    env: { ...base, ...subgraphUrls, PORT: String(ports.gateway), OIDC_ISSUER: idp.issuer },
    ready: `http://${host}:${ports.gateway}/ready`,
    url: gatewayUrl,
  });
  for (const app of ["portal", "admin"]) {
    processes.push({
      name: app,
      cwd: path.join(root, app),
      // Our server (web/src/server/serve.ts): remix-serve's work plus the same-origin check and headers on every response.
      args: nodeArgs(fromSource, "web", path.join(root, "web/src/server/serve.ts"), `${base.BUILD_DIR ?? "build"}/server/index.js`),
      env: {
        NODE_ENV: "production",
        ...base,
        GATEWAY_URL: gatewayUrl,
        PORT: String(ports[app]),
        PUBLIC_URL: base[`${app.toUpperCase()}_PUBLIC_URL`] ?? urls[app],
        ADMIN_URL: base.ADMIN_PUBLIC_URL ?? urls.admin,
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: idp[app].id,
        OIDC_CLIENT_SECRET: idp[app].secret,
        SESSION_SECRET: secret,
      },
      // The app's own probe (web/src/server/probes.ts): with DATABASE_URL, also the web schema's database.
      ready: `http://${host}:${ports[app]}/ready`,
      url: `${urls[app]}/`,
    });
  }
  return processes;
}

async function waitReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/**
 * Starts every process, waits until each answers its readiness probe, and stops them all when
 * one dies. `quiet` keeps the processes' logs out of the terminal (tests), except errors.
 */
export async function startStack({ ports, dataDir, env, quiet = false, timeoutMs = 120_000, onExit } = {}) {
  const processes = plan({ ports, dataDir, env });
  await ensureBundles({ quiet, env: { ...process.env, ...env } });
  const children = [];
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await Promise.all(
      children.map(
        ({ child }) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
            child.once("exit", () => {
              clearTimeout(kill);
              resolve();
            });
            child.kill("SIGTERM");
          }),
      ),
    );
  };
  for (const p of processes) {
    const child = spawn(process.execPath, p.args, { cwd: p.cwd, env: p.env, stdio: ["ignore", "pipe", "pipe"] });
    const prefix = `[${p.name}]`.padEnd(13);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on("line", (line) => {
        const important = stream === child.stderr || /"level":(4|5|6)\d/.test(line);
        if (!quiet || important) console.log(`${prefix} ${line}`);
      });
    }
    child.once("exit", (code, signal) => {
      if (stopping) return;
      console.error(`${prefix} stopped (${signal ?? `exit code ${code}`}); stopping everything.`);
      void stop().then(() => onExit?.(p.name, code));
    });
    children.push({ ...p, child });
  }
  const results = await Promise.all(children.map((c) => waitReady(c.ready, c.child, timeoutMs)));
  const failed = children.filter((_, i) => !results[i]).map((c) => c.name);
  if (failed.length > 0) {
    await stop();
    throw new Error(`Not ready: ${failed.join(", ")}. See the messages above.`);
  }
  return { processes: children, stop };
}
