// The server processes as plain JavaScript (decision 027): each entry bundled by esbuild into `dist/` beside
// its sources, our workspace packages (`@vardportal/*`, which export TypeScript source) bundled in, every
// other package left to node_modules. scripts/lib/stack.mjs runs `node --enable-source-maps <dist file>`;
// startStack builds what is missing or older than its sources first (`ensureBundles`), and
// `node scripts/lib/bundle.mjs` builds them all by hand.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { root } from "./install.mjs";

/** Each server entry and its bundle, relative to the repository root. */
export const bundles = [
  ...["care-units", "fees", "e-services", "archive", "guidelines"].map((name) => ({
    name,
    entry: `subgraphs/${name}/src/main.ts`,
    out: `subgraphs/${name}/dist/main.mjs`,
  })),
  { name: "gateway", entry: "gateway/src/main.ts", out: "gateway/dist/main.mjs" },
  { name: "oidc", entry: "tests/oidc/main.ts", out: "tests/oidc/dist/main.mjs" },
  // The portal's and the admin's server (web/src/server/serve.ts); each loads its own Remix build.
  { name: "web", entry: "web/src/server/serve.ts", out: "web/dist/serve.mjs" },
];

export const bundleFile = (name) => path.join(root, bundles.find((b) => b.name === name).out);

/** What the bundles were made with: a change here, in the lock file or in a tsconfig rebuilds them. */
const buildInputs = ["scripts/lib/bundle.mjs", "package-lock.json", "tsconfig.json"];

const metaFile = (bundle) => path.join(root, `${bundle.out}.inputs.json`);
const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Infinity;
  }
};

/** A bundle is stale when it or its list of inputs is missing, or any input is newer than it (or gone). */
function isStale(bundle) {
  const out = path.join(root, bundle.out);
  if (!existsSync(out) || !existsSync(metaFile(bundle))) return true;
  const built = mtime(out);
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(metaFile(bundle), "utf8"));
  } catch {
    return true;
  }
  return [...buildInputs, ...inputs].some((file) => mtime(path.join(root, file)) > built);
}

/**
 * Our own modules keep the location they have in the source tree: `import.meta.url` (and `dirname`/`filename`)
 * in a bundled module other than the entry is replaced by the module's own source address, so code that finds
 * files relative to itself (the kit's `repoRoot`) finds the same files from the bundle as from the sources.
 * The entry keeps the real one (web/src/server/serve.ts compares it with `process.argv[1]`).
 */
const sourceLocation = (entries) => ({
  name: "source-location",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind === "entry-point" || args.path.startsWith("@vardportal/")) return undefined;
      return { path: args.path, external: true };
    });
    build.onLoad({ filter: /\.[cm]?tsx?$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`) && !args.path.includes(`${path.sep}@vardportal${path.sep}`)) return undefined;
      let contents = readFileSync(args.path, "utf8");
      if (!entries.has(args.path) && contents.includes("import.meta.")) {
        contents = contents
          .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href))
          .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(args.path)))
          .replaceAll("import.meta.filename", JSON.stringify(args.path));
      }
      const ext = path.extname(args.path);
      return { contents, loader: ext.endsWith("x") ? "tsx" : "ts", resolveDir: path.dirname(args.path) };
    });
  },
});

/** Two stacks starting at once (tests) may both build: each file is replaced whole, never seen half-written. */
function writeAtomically(file, contents) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/**
 * Builds the given bundles (default: every one that is stale). Writes each file only when its bytes
 * changed, by rename, so a process starting from a bundle at that moment reads the old or the new one whole.
 * Returns the names built and the time taken.
 */
export async function buildBundles(which = bundles.filter(isStale)) {
  if (which.length === 0) return { built: [], ms: 0 };
  const started = Date.now();
  const esbuild = await import("esbuild");
  const entries = new Set(which.map((b) => path.join(root, b.entry)));
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: which.map((b) => ({ in: b.entry, out: b.out.replace(/\.mjs$/, "") })),
    outdir: root,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node.split(".")[0]}`,
    // Class names are GraphQL type names and TypeORM entity names (decision 002): keep them through the renaming a bundle needs.
    keepNames: true,
    sourcemap: "linked",
    sourcesContent: false,
    metafile: true,
    write: false,
    logLevel: "warning",
    plugins: [sourceLocation(entries)],
  });
  for (const file of result.outputFiles) {
    if (existsSync(file.path) && readFileSync(file.path).equals(file.contents)) continue;
    writeAtomically(file.path, file.contents);
  }
  for (const bundle of which) {
    const output = result.metafile.outputs[bundle.out];
    const inputs = Object.keys(output.inputs).filter((file) => !file.includes("node_modules/") || file.includes("node_modules/@vardportal/"));
    // The bundle's time is now: inputs older than this moment are in it, even when its bytes did not change.
    const now = new Date();
    const out = path.join(root, bundle.out);
    writeAtomically(metaFile(bundle), JSON.stringify(inputs, null, 1) + "\n");
    utimesSync(out, now, now);
  }
  return { built: which.map((b) => b.name), ms: Date.now() - started };
}

/** Whether the servers run from their TypeScript through tsx (RUN_FROM_SOURCE=1) rather than from bundles. */
export const runsFromSource = (env = process.env) => env.RUN_FROM_SOURCE === "1";

/**
 * For whatever starts the servers: builds the stale bundles, saying so unless `quiet`. Nothing to do when they
 * run from source.
 */
export async function ensureBundles({ quiet = false, env = process.env } = {}) {
  if (runsFromSource(env)) return [];
  const { built, ms } = await buildBundles();
  if (built.length > 0 && !quiet) console.log(`Compiled ${built.join(", ")} (${ms} ms).`);
  return built;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { built, ms } = await buildBundles(bundles);
  console.log(`Compiled ${built.join(", ")} into dist/ (${ms} ms).`);
}
