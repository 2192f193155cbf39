// `npm test`: install what is missing, type-check every workspace, then run every test suite,
// browser tests included, then every subgraph's suite again on PostgreSQL (a throwaway server, when
// Debian's postgresql is installed; VP_REQUIRE_POSTGRES=1, as CI sets, makes its absence a failure),
// and close on one summary line.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureInstalled, root, run, toolEnv } from "./lib/install.mjs";
import { ensureChromium } from "./lib/chromium.mjs";
import { startTestPostgres } from "./lib/postgres.mjs";

const workspaces = ["subgraphs/kit", "subgraphs/care-units", "subgraphs/fees", "subgraphs/e-services", "subgraphs/archive", "subgraphs/guidelines", "gateway", "web", "portal", "admin", "tests"];
const reportName = ".vitest-report.json";
// The subgraphs' suites run a second time on PostgreSQL (decision 026), and web's (the shared log-out list
// and log-in limit of several portal/admin instances).
const postgresWorkspaces = workspaces.filter((w) => w.startsWith("subgraphs/") || w === "web");
const postgresReportName = ".vitest-report-postgres.json";

ensureInstalled();
ensureChromium();
run("npx", ["turbo", "run", "build", "--filter=@vardportal/portal", "--filter=@vardportal/admin", "--output-logs=errors-only"]);
run("npx", ["turbo", "run", "typecheck", "--output-logs=errors-only"]);

for (const w of workspaces) rmSync(path.join(root, w, reportName), { force: true });
const tests = spawnSync(
  "npx",
  ["turbo", "run", "test", "--concurrency=1", "--continue", "--", "--reporter=default", "--reporter=json", `--outputFile.json=${reportName}`],
  { cwd: root, stdio: "inherit", env: toolEnv },
);

function summarise(names, file) {
  const total = { passed: 0, failed: 0, skipped: 0, missing: [] };
  for (const w of names) {
    const report = path.join(root, w, file);
    if (!existsSync(report)) {
      total.missing.push(w);
      continue;
    }
    const json = JSON.parse(readFileSync(report, "utf8"));
    total.passed += json.numPassedTests;
    total.failed += json.numFailedTests;
    total.skipped += json.numPendingTests + (json.numTodoTests ?? 0);
  }
  return total;
}

const sqlite = summarise(workspaces, reportName);
if (sqlite.missing.length) console.error(`No test report from: ${sqlite.missing.join(", ")}`);

// The PostgreSQL run: the subgraphs again, each test subgraph in a fresh schema of a throwaway server.
for (const w of postgresWorkspaces) rmSync(path.join(root, w, postgresReportName), { force: true });
let postgres = null;
let postgresStatus = 0;
const server = startTestPostgres();
if (server) {
  try {
    console.log(`\nPostgreSQL run: ${postgresWorkspaces.join(", ")} on ${server.url}`);
    const run = spawnSync(
      "npx",
      [
        "turbo", "run", "test", "--concurrency=1", "--continue",
        ...postgresWorkspaces.map((w) => `--filter=./${w}`),
        "--", "--reporter=default", "--reporter=json", `--outputFile.json=${postgresReportName}`,
      ],
      { cwd: root, stdio: "inherit", env: { ...toolEnv, TEST_DATABASE_URL: server.url } },
    );
    postgresStatus = run.status ?? 1;
    postgres = summarise(postgresWorkspaces, postgresReportName);
    if (postgres.missing.length) console.error(`No PostgreSQL test report from: ${postgres.missing.join(", ")}`);
  } finally {
    server.stop();
  }
} else if (process.env.VP_REQUIRE_POSTGRES === "1") {
  console.error("PostgreSQL is not installed here (no initdb found), and VP_REQUIRE_POSTGRES=1 asks for the PostgreSQL run.");
  postgresStatus = 1;
} else {
  console.log("\nPostgreSQL is not installed here: its run of the subgraph suites is skipped (apt-get install postgresql to run it).");
}

console.log(`\nTests: ${sqlite.passed} passed, ${sqlite.failed} failed, ${sqlite.skipped} skipped`);
if (postgres) console.log(`Tests on PostgreSQL (subgraphs and web): ${postgres.passed} passed, ${postgres.failed} failed, ${postgres.skipped} skipped`);
const bad =
  tests.status !== 0 || sqlite.failed > 0 || sqlite.missing.length > 0 ||
  postgresStatus !== 0 || (postgres !== null && (postgres.failed > 0 || postgres.missing.length > 0));
process.exit(bad ? 1 : 0);
