// The benchmark itself (issue 11), run by `npm run bench` (scripts/bench.mjs) after the install and the
// production build, under `node --import tsx` so it can read the portal's operations and the kit's keys.
// One run: start the stack on its own ports and a fresh data directory, warm it, measure, profile the
// hot processes, stop everything, and write tests/bench/report.md and tests/bench/report.json.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { ensureLocalKeyPair, importSigningKey, localKeyPairs, signIdentity, IDENTITY_HEADER } from "@vardportal/kit/identity";
import { plan, startStack } from "../../scripts/lib/stack.mjs";
import { PortalHomeQuery } from "../../portal/app/routes/($lang)._index.graphql.ts";
import { CareUnitPageQuery } from "../../portal/app/routes/($lang).hitta-vard.$hsaId.graphql.ts";
import { FindCareQuery } from "../../portal/app/routes/($lang).hitta-vard._index.graphql.ts";
import { registerSearchFunctions } from "../../subgraphs/kit/src/search/sql.ts";
import { writeReport } from "./report.mjs";

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "../..");
const host = "127.0.0.1";
/** Its own ports, apart from `npm start` (4000…) and the browser tests (5000…). */
const ports = { subgraphBase: 7101, gateway: 7100, portal: 7300, admin: 7301, oidc: 7400 };
const extra = { profiledGateway: 7110, stockGateway: 7120, bare: 7130, profiledCareUnits: 7140, profiledPortal: 7310 };
const GATEWAY_SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const OTHER_SECONDS = Math.min(GATEWAY_SECONDS, 10);
const CONNECTIONS = 50;
const region = "Norrbotten";
const started = Date.now();
const log = (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

const dataDir = mkdtempSync(path.join(tmpdir(), "vardportal-bench-"));
const profileDir = path.join(dataDir, "profiles");
for (const name of localKeyPairs) ensureLocalKeyPair(dataDir, name);
const env = {
  LOG_LEVEL: "warn",
  OIDC_ISSUER: "",
  BUILD_DIR: process.env.BUILD_DIR ?? "build-bench",
  APOLLO_TELEMETRY_DISABLED: "true",
  SQL_STATEMENT_COUNT: "1",
  NODE_ENV: "production",
};
const extraChildren = [];

const gatewayUrl = `http://${host}:${ports.gateway}/graphql`;
const portalUrl = `http://${host}:${ports.portal}`;
const subgraphUrl = (i) => `http://${host}:${ports.subgraphBase + i}`;
const subgraphIndex = { "care-units": 0, fees: 1, "e-services": 2, archive: 3, guidelines: 4 };

/** One load phase in its own process (tests/bench/load.mjs); resolves with its figures. */
function load(spec) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, "load.mjs"), JSON.stringify({ connections: CONNECTIONS, ...spec })], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop())) : reject(new Error(`load phase failed (${code})`))));
  });
}

const post = (url, body, headers = {}) => ({
  url,
  method: "POST",
  headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...headers },
  body: JSON.stringify(body),
});

/** Counting statements and the scaling latency must reach the subgraphs: past the gateway's anonymous cache. */
const fresh = { "cache-control": "no-cache" };

async function graphql(url, body, headers = {}) {
  const spec = post(url, body, headers);
  const response = await fetch(url, { method: "POST", headers: spec.headers, body: spec.body });
  const text = await response.text();
  const json = JSON.parse(text);
  if (json.errors?.length) throw new Error(`${url}: ${JSON.stringify(json.errors).slice(0, 400)}`);
  return { text, json, headers: response.headers };
}

function spawnExtra(name, args, options) {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
  child.benchName = name;
  child.stderr.on("data", (chunk) => process.stderr.write(`[${name}] ${chunk}`));
  child.stdout.resume();
  extraChildren.push(child);
  return child;
}

async function waitFor(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process stopped`);
    try {
      const r = await fetch(url, { method: "GET", signal: AbortSignal.timeout(2_000) });
      if (r.status < 500) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url}: not ready in time`);
}

const stopChild = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });

/** Self time of a `--cpu-prof` profile, by package and by function (idle left out). */
function summariseProfile(file) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const total = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0);
  const idle = profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").reduce((n, node) => n + node.hitCount, 0);
  const busy = total - idle;
  const byPackage = new Map();
  const byFunction = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || !node.hitCount) continue;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.startsWith("node:") ? `node core: ${url.replace(/^node:(internal\/)?/, "")}` : url ? path.relative(root, url.replace("file://", "")).split("/").slice(0, 2).join("/") : functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + node.hitCount);
    const fn = `${functionName || "(anonymous)"} ${url ? `${url.replace(/^file:\/\//, "").replace(root + "/", "")}:${lineNumber + 1}` : ""}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + node.hitCount);
  }
  const top = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, hits]) => ({ name, percentOfBusy: Math.round((hits / busy) * 1000) / 10 }));
  return { busyPercent: Math.round((busy / total) * 1000) / 10, packages: top(byPackage, 10), functions: top(byFunction, 12) };
}

/** Starts a second copy of a stack process with `--cpu-prof` on its own port, loads it, stops it, reads the profile. */
async function profileProcess(name, port, readyPath, phase) {
  const spec = plan({ ports, dataDir, env }).find((p) => p.name === name);
  const dir = path.join(profileDir, name);
  const child = spawnExtra(`${name}-profiled`, ["--cpu-prof", "--cpu-prof-dir", dir, "--import", path.join(here, "exit-on-signal.mjs"), ...spec.args], {
    cwd: spec.cwd,
    env: { ...spec.env, PORT: String(port) },
  });
  await waitFor(`http://${host}:${port}${readyPath}`, child);
  await load({ ...phase(port), duration: 3 });
  const result = await load({ ...phase(port), duration: OTHER_SECONDS });
  await stopChild(child);
  // Under RUN_FROM_SOURCE=1 tsx's loader thread writes a profile of its own: the main thread's is the big one.
  const file = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .sort((a, b) => statSync(path.join(dir, b)).size - statSync(path.join(dir, a)).size)[0];
  return { load: result, profile: file ? summariseProfile(path.join(dir, file)) : null };
}

/**
 * CPU time (ms, user + system, from /proc; USER_HZ is 100 on Linux) each process of the stack and each extra
 * server has used so far. Per request it is the figure that holds on a shared machine: requests/s move with
 * whatever else runs, the CPU a request costs each process much less.
 */
function cpuTimes() {
  const all = [...(stack?.processes ?? []).map((p) => [p.name, p.child]), ...extraChildren.map((c) => [c.benchName, c])];
  const times = {};
  for (const [name, child] of all) {
    try {
      const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1].split(" ");
      times[name] = (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // not running (any more), or not Linux
    }
  }
  return times;
}

/** A "Name:   N kB" figure of a /proc file of the process, in bytes (null when it is gone). */
function procBytes(pid, file, name) {
  try {
    const kb = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/${file}`, "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

const rssOf = (pid) => procBytes(pid, "status", "VmRSS");

/**
 * A process's proportional share of resident memory (PSS): pages it shares with others (the node binary and its
 * libraries, mapped by all nine) counted once across them. The sum of PSS is the memory the processes hold
 * together; the sum of RSS counts every shared page once per process.
 */
const pssOf = (pid) => procBytes(pid, "smaps_rollup", "Pss");

/** The JavaScript and CSS a page makes the browser load, gzip-compressed as sent. */
async function pageWeight(url) {
  const html = await (await fetch(url)).text();
  const assets = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) assets.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\brel="([^"]+)"/.exec(m[0])?.[1];
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    if (href && (rel === "modulepreload" || rel === "stylesheet")) assets.add(href);
  }
  // The inline module script imports the entry and the route modules; count them even if not preloaded.
  for (const m of html.matchAll(/["'](\/assets\/[^"']+\.(?:js|css))["']/g)) assets.add(m[1]);
  let js = 0;
  let css = 0;
  const files = [];
  for (const asset of assets) {
    const r = await fetch(new URL(asset, url));
    if (!r.ok) continue;
    const gz = gzipSync(Buffer.from(await r.arrayBuffer())).length;
    if (asset.endsWith(".css")) css += gz;
    else js += gz;
    files.push({ asset, gzipBytes: gz });
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  return { jsGzipBytes: js, cssGzipBytes: css, inlineScriptGzipBytes: gzipSync(inline).length, htmlGzipBytes: gzipSync(html).length, files };
}

async function sqlCounts() {
  const counts = {};
  for (const [name, i] of Object.entries(subgraphIndex)) counts[name] = (await (await fetch(`${subgraphUrl(i)}/health`)).json()).sqlStatements ?? null;
  return counts;
}

/**
 * Waits until no subgraph has run a statement for half a second (at most 60 s): requests the gateway gave up on
 * in a load phase (its 5 s subgraph timeout) are still being answered by the subgraph afterwards, and their
 * statements would land in the next count.
 */
async function quiet() {
  const until = Date.now() + 60_000;
  let last = JSON.stringify(await sqlCounts());
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = JSON.stringify(await sqlCounts());
    if (now === last) return;
    last = now;
  }
}

/**
 * SQL statements each subgraph runs for one request: the fewest of three tries, per subgraph, each after the
 * subgraphs are quiet. The counter is the whole process's, so a subgraph's own timers (the editorial scheduler's
 * tick) may still land in a try; none of it is the request's. The exact figure per request is care-units'
 * test/statements.test.ts (counted at TypeORM's query runner, both databases).
 */
async function statementsFor(send) {
  let delta;
  for (let i = 0; i < 3; i++) {
    await quiet();
    const before = await sqlCounts();
    await send();
    const after = await sqlCounts();
    const once = Object.fromEntries(Object.keys(before).map((k) => [k, after[k] - before[k]]));
    delta = delta ? Object.fromEntries(Object.keys(once).map((k) => [k, Math.min(delta[k], once[k])])) : once;
  }
  return { ...delta, total: Object.values(delta).reduce((a, b) => a + b, 0) };
}

/** Extra sample units (marked as such) in their own municipalities: 10, 100 and 1 000 of them. */
function seedScalingUnits(sizes) {
  const db = new Database(path.join(dataDir, "care-units.sqlite"));
  db.pragma("busy_timeout = 5000");
  registerSearchFunctions(db); // the search index's triggers fold text with it (decision 022)
  const template = db.prepare("SELECT * FROM care_unit WHERE status = 'PUBLISHED' AND audience = 'PUBLIC' ORDER BY name LIMIT 1").get();
  const spans = db.prepare('SELECT * FROM care_unit_opening_span WHERE "unitId" = ?').all(template.id);
  const spanColumns = db.prepare("PRAGMA table_info(care_unit_opening_span)").all();
  const idIsInteger = /int/i.test(spanColumns.find((c) => c.name === "id")?.type ?? "");
  const unitColumns = Object.keys(template);
  const insertUnit = db.prepare(`INSERT INTO care_unit (${unitColumns.map((c) => `"${c}"`).join(",")}) VALUES (${unitColumns.map((c) => `@${c}`).join(",")})`);
  const spanCols = spanColumns.map((c) => c.name).filter((c) => !(c === "id" && idIsInteger));
  const insertSpan = db.prepare(`INSERT INTO care_unit_opening_span (${spanCols.map((c) => `"${c}"`).join(",")}) VALUES (${spanCols.map((c) => `@${c}`).join(",")})`);
  db.transaction(() => {
    let n = 0;
    for (const size of sizes) {
      for (let i = 0; i < size; i++) {
        n++;
        const id = randomUUID();
        insertUnit.run({
          ...template,
          id,
          hsaId: `SE2321000230-BNCH${String(n).padStart(5, "0")}`,
          name: `Prestandatest ${size} enhet ${String(i + 1).padStart(4, "0")}`,
          municipality: `Prestandatest ${size}`,
          descriptionSv: "Exempeluppgifter för prestandatestet (npm run bench); finns bara i testets egen databas.",
          descriptionEn: "Sample data for the benchmark (npm run bench); only in the benchmark's own database.",
        });
        for (const span of spans) insertSpan.run({ ...span, ...(idIsInteger ? {} : { id: randomUUID() }), unitId: id });
      }
    }
  })();
  db.close();
  return { template: template.hsaId, spansPerUnit: spans.length };
}

let stack;
const results = { startedAt: new Date().toISOString(), machine: {}, config: { GATEWAY_SECONDS, OTHER_SECONDS, CONNECTIONS, ports, extra } };
try {
  const os = await import("node:os");
  results.machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 1e9), node: process.version };

  log(`starting the stack (data in ${dataDir})`);
  const t0 = Date.now();
  stack = await startStack({ ports, dataDir, quiet: true, env });
  results.startMs = Date.now() - t0;
  log(`stack ready in ${results.startMs} ms`);

  const key = await importSigningKey(readFileSync(path.join(dataDir, "gateway-identity.key.pem"), "utf8"));
  const identityHeaders = async () => ({ [IDENTITY_HEADER]: await signIdentity(key, { viewer: null, requestId: randomUUID() }, { ttlSeconds: 600 }) });

  // The operations, exactly as the portal sends them.
  const homeBody = { query: PortalHomeQuery, operationName: "PortalHome", variables: { region, staff: false } };
  const home = await graphql(gatewayUrl, homeBody);
  const hsaId = home.json.data.careUnits.edges[0].node.hsaId;
  const unitBody = { query: CareUnitPageQuery, operationName: "CareUnitPage", variables: { hsaId, staff: false } };
  const unit = await graphql(gatewayUrl, unitBody);
  results.operations = { home: { bytes: home.text.length }, careUnitPage: { hsaId, bytes: unit.text.length } };

  // The same data asked of the owning subgraphs directly: each subgraph's share of the operation.
  const directHome = {
    "care-units": { query: `query { careUnits(first: 6) { totalCount edges { node { id hsaId name kind municipality address phone } } } }` },
    fees: {
      query: `query($region: String!) { currentFeeSchedule(region: $region) { id title { sv en } validFrom validTo freeUnderAge highCostLimitSek items { visitKind label { sv en } amountSek } } }`,
      variables: { region },
    },
    "e-services": { query: `query { eServices(first: 6) { edges { node { id slug name { sv en } summary { sv en } channel } } } }` },
  };
  const cut = (q, from, to) => q.slice(0, q.indexOf(from)) + q.slice(q.indexOf(to));
  const directUnit = {
    query: cut(CareUnitPageQuery, "      fees {", "      internalPhone"),
    operationName: "CareUnitPage",
    variables: { hsaId, staff: false },
  };
  for (const [name, body] of Object.entries(directHome)) await graphql(`${subgraphUrl(subgraphIndex[name])}/graphql`, body, await identityHeaders());
  await graphql(`${subgraphUrl(0)}/graphql`, directUnit, await identityHeaders());

  // The stock gateway and the bare server beside the stack.
  const urls = Object.fromEntries(Object.entries(subgraphIndex).map(([name, i]) => [name, `${subgraphUrl(i)}/graphql`]));
  const stock = spawnExtra("stock-gateway", ["--import", "tsx", path.join(here, "stock-gateway.ts"), String(extra.stockGateway), dataDir, JSON.stringify(urls)], {
    cwd: path.join(root, "gateway"),
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: "true", NODE_ENV: "production" },
  });
  const bodiesFile = path.join(dataDir, "bare-bodies.json");
  writeFileSync(bodiesFile, JSON.stringify({ "/home": home.text, "/unit": unit.text }));
  const bare = spawnExtra("bare-server", [path.join(here, "bare-server.mjs"), String(extra.bare), bodiesFile], {});
  const stockUrl = `http://${host}:${extra.stockGateway}/`;
  await waitFor(`http://${host}:${extra.bare}/home`, bare);
  await waitFor(`${stockUrl}?query=%7B__typename%7D`, stock);
  const stockHome = await graphql(stockUrl, homeBody, { "apollo-require-preflight": "1" });
  if (stockHome.text.length < home.text.length * 0.9) throw new Error("the stock gateway's answer differs from ours");

  // Warm-up: every path once under load, so JIT, query plans and connection pools are ready.
  log("warming up");
  await load({ ...post(gatewayUrl, homeBody), duration: 5 });
  await load({ ...post(gatewayUrl, unitBody), duration: 3 });
  await load({ ...post(stockUrl, homeBody), duration: 3 });
  await load({ ...post(stockUrl, unitBody), duration: 3 });
  for (const p of ["/", "/hitta-vard", `/hitta-vard/${hsaId}`, "/avgifter"]) await load({ url: portalUrl + p, duration: 2 });

  const phases = {};
  const phase = async (name, spec, seconds = GATEWAY_SECONDS) => {
    log(`${name} (${seconds} s)`);
    const cpuBefore = cpuTimes();
    phases[name] = { ...(await load({ ...spec, duration: seconds })), url: spec.url };
    const cpuAfter = cpuTimes();
    // Only the processes the phase kept busy (more than 1 % of a core).
    phases[name].cpuMsPerRequest = Object.fromEntries(
      Object.keys(cpuBefore)
        .filter((k) => cpuAfter[k] !== undefined && cpuAfter[k] - cpuBefore[k] > seconds * 10)
        .map((k) => [k, Math.round(((cpuAfter[k] - cpuBefore[k]) / Math.max(1, phases[name].requests)) * 1000) / 1000]),
    );
    const r = phases[name];
    log(`  ${r.rps.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p95 ${r.latency.p95} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}`);
  };
  await phase("gateway.home", post(gatewayUrl, homeBody));
  await phase("gateway.home.uncached", post(gatewayUrl, homeBody, { "cache-control": "no-cache" }));
  await phase("gateway.careUnitPage", post(gatewayUrl, unitBody));
  await phase("gateway.careUnitPage.uncached", post(gatewayUrl, unitBody, fresh));
  for (const [name, body] of Object.entries(directHome)) {
    await phase(`subgraph.home.${name}`, post(`${subgraphUrl(subgraphIndex[name])}/graphql`, body, await identityHeaders()));
  }
  await phase("subgraph.careUnitPage.care-units", post(`${subgraphUrl(0)}/graphql`, directUnit, await identityHeaders()));
  await phase("bare.home", post(`http://${host}:${extra.bare}/home`, homeBody));
  await phase("bare.careUnitPage", post(`http://${host}:${extra.bare}/unit`, unitBody));
  await phase("stock.home", post(stockUrl, homeBody));
  await phase("stock.careUnitPage", post(stockUrl, unitBody));
  await stopChild(stock);
  await stopChild(bare);

  const pages = { home: "/", careUnitList: "/hitta-vard", careUnitPage: `/hitta-vard/${hsaId}`, fees: "/avgifter" };
  // Anonymous visitors (the page cache of decision 028 answers most), then the same pages rendered every time.
  for (const [name, p] of Object.entries(pages)) await phase(`portal.${name}`, { url: portalUrl + p }, OTHER_SECONDS);
  for (const [name, p] of Object.entries(pages)) await phase(`portal.${name}.uncached`, { url: portalUrl + p, headers: fresh }, OTHER_SECONDS);

  log("page weight");
  results.weight = {};
  for (const p of [...Object.values(pages), "/e-tjanster", "/tillganglighet"]) results.weight[p] = await pageWeight(portalUrl + p);

  log("SQL statements per request");
  results.statements = {
    home: await statementsFor(() => graphql(gatewayUrl, homeBody, fresh)),
    careUnitPage: await statementsFor(() => graphql(gatewayUrl, unitBody, fresh)),
  };

  log("profiling the gateway and the portal (separate, profiled copies)");
  results.profiles = {
    gateway: await profileProcess("gateway", extra.profiledGateway, "/ready", (port) => post(`http://${host}:${port}/graphql`, homeBody, { "cache-control": "no-cache" })),
    portal: await profileProcess("portal", extra.profiledPortal, "/tillganglighet", (port) => ({ url: `http://${host}:${port}/`, headers: fresh })),
  };

  // Scaling last: the extra units would change the other operations' data.
  log("scaling: 10, 100 and 1 000 units");
  const sizes = [10, 100, 1000];
  results.scaling = { seeded: seedScalingUnits(sizes), sizes: {} };
  const now = new Date().toISOString();
  for (const size of sizes) {
    const body = { query: FindCareQuery, operationName: "FindCare", variables: { first: Math.min(size, 100), filter: { municipality: `Prestandatest ${size}` }, now } };
    const answer = await graphql(gatewayUrl, body);
    const connection = answer.json.data.careUnits;
    const statements = await statementsFor(() => graphql(gatewayUrl, body, fresh));
    const lastPage = connection.pageInfo.hasNextPage
      ? await (async () => {
          // The last page of the 1 000 (keyset pagination must not slow down deep in the list).
          let after = connection.pageInfo.endCursor;
          let page;
          let pagesWalked = 1;
          for (;;) {
            page = await graphql(gatewayUrl, { ...body, variables: { ...body.variables, after } });
            pagesWalked++;
            if (!page.json.data.careUnits.pageInfo.hasNextPage) break;
            after = page.json.data.careUnits.pageInfo.endCursor;
          }
          return { pagesWalked, statements: await statementsFor(() => graphql(gatewayUrl, { ...body, variables: { ...body.variables, after } }, fresh)) };
        })()
      : null;
    log(`  ${size}: ${connection.edges.length} of ${connection.totalCount}; ${statements["care-units"]} statements`);
    if (process.env.BENCH_SHOW_STATEMENTS) {
      await quiet();
      const before = (await (await fetch(`${subgraphUrl(subgraphIndex["care-units"])}/health`)).json()).sqlStatements;
      await graphql(gatewayUrl, body, fresh);
      const health = await (await fetch(`${subgraphUrl(subgraphIndex["care-units"])}/health`)).json();
      log(`    ${health.sqlStatements - before} statements: ${JSON.stringify(health.recentSqlStatements.slice(-(health.sqlStatements - before)).map((s) => s.slice(0, 90)))}`);
    }
    const r = await load({ ...post(gatewayUrl, body, fresh), duration: OTHER_SECONDS });
    results.scaling.sizes[size] = { returned: connection.edges.length, totalCount: connection.totalCount, statements, lastPage, load: r };
  }

  // What a long list costs, where: a profiled copy of care-units answering the 100-unit page directly.
  log("profiling care-units under the 100-unit list (a separate, profiled copy)");
  const list100 = { query: FindCareQuery, operationName: "FindCare", variables: { first: 100, filter: { municipality: "Prestandatest 100" }, now } };
  const listHeaders = await identityHeaders();
  results.profiles.careUnitsList = await profileProcess("care-units", extra.profiledCareUnits, "/ready", (port) => ({
    ...post(`http://${host}:${port}/graphql`, list100, listHeaders),
    connections: 10,
  }));

  results.memory = Object.fromEntries(stack.processes.map((p) => [p.name, rssOf(p.child.pid)]));
  results.memoryPss = Object.fromEntries(stack.processes.map((p) => [p.name, pssOf(p.child.pid)]));
  results.phases = phases;
} finally {
  log("stopping");
  await Promise.all(extraChildren.map(stopChild));
  if (stack) await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
results.totalSeconds = Math.round((Date.now() - started) / 1000);
writeFileSync(path.join(here, "report.json"), JSON.stringify(results, null, 2) + "\n");
writeFileSync(path.join(here, "report.md"), writeReport(results));
log(`wrote tests/bench/report.md and report.json (${results.totalSeconds} s)`);
