// `npm test`: install what is missing, type-check every workspace, then run every test suite,
// browser tests included, and close on one summary line.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureInstalled, root, run, toolEnv } from "./lib/install.mjs";
import { ensureChromium } from "./lib/chromium.mjs";

const workspaces = ["subgraphs/kit", "subgraphs/care-units", "subgraphs/fees", "subgraphs/e-services", "subgraphs/archive", "subgraphs/guidelines", "gateway", "web", "portal", "admin", "tests"];
const reportName = ".vitest-report.json";

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

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const w of workspaces) {
  const file = path.join(root, w, reportName);
  if (!existsSync(file)) {
    missing.push(w);
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
if (missing.length) console.error(`No test report from: ${missing.join(", ")}`);
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(tests.status !== 0 || failed > 0 || missing.length > 0 ? 1 : 0);
