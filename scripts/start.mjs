// `npm start`: install what is missing, build the web apps, then run every process until Ctrl-C.
import { ensureInstalled, run } from "./lib/install.mjs";

ensureInstalled();
run("npx", ["turbo", "run", "build", "--filter=@vardportal/portal", "--filter=@vardportal/admin", "--output-logs=errors-only"]);
run("node", ["--import", "tsx", "subgraphs/kit/src/cli/ensure-keys.ts"]);

// The servers run as JavaScript bundles (decision 027): built here when missing or older than their sources.
const { ensureBundles } = await import("./lib/bundle.mjs");
await ensureBundles();

const { startStack } = await import("./lib/stack.mjs");
const started = Date.now();
let stack;
try {
  stack = await startStack({
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    onExit: () => process.exit(1),
  });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nVårdportal is running (ready in ${seconds} s):`);
for (const p of stack.processes) console.log(`  ${p.name.padEnd(11)} ${p.url}`);
console.log("\nPress Ctrl-C to stop.");
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    console.log("\nStopping…");
    stack.stop().then(() => process.exit(0));
  });
}
