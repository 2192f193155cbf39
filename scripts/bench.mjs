// `npm run bench` (issue 11): install what is missing, build the portal and admin for production into a
// build directory of the bench's own, compile the servers (scripts/lib/bundle.mjs, decision 027), run the
// benchmark (tests/bench/run.mjs), and remove the build.
// Writes tests/bench/report.md and tests/bench/report.json. Not part of `npm test`.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { ensureInstalled, root, toolEnv } from "./lib/install.mjs";

const BUILD_DIR = "build-bench";
ensureInstalled();
const env = { ...toolEnv, BUILD_DIR, NODE_ENV: "production", APOLLO_TELEMETRY_DISABLED: "true" };
const cleanUp = () => {
  for (const app of ["portal", "admin"]) rmSync(path.join(root, app, BUILD_DIR), { recursive: true, force: true });
};
process.once("SIGINT", () => {
  cleanUp();
  process.exit(130);
});
/** Runs a step; the build directory goes whether it succeeds or not. */
const step = (command, args, cwd = root) => {
  const result = spawnSync(command, args, { cwd, env, stdio: "inherit" });
  if (result.status === 0) return;
  cleanUp();
  process.exit(result.status ?? 1);
};
for (const app of ["portal", "admin"]) {
  console.log(`[bench] building ${app} for production (${BUILD_DIR})`);
  step("npx", ["remix", "vite:build"], path.join(root, app));
}
// The servers' bundles (decision 027), before the run so the start time measured is the processes' own.
step("node", ["scripts/lib/bundle.mjs"]);
step("node", ["--import", "tsx", "tests/bench/run.mjs"]);
cleanUp();
