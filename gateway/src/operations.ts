import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { Kind, parse } from "graphql";
import { repoRoot } from "@vardportal/kit/config";
import { operationHash } from "./persisted-operations.js";

/** The apps whose operations the gateway accepts in production, and where their operations live. */
export const operationSources = [
  { app: "portal", dir: path.join(repoRoot, "portal"), under: "app" },
  { app: "admin", dir: path.join(repoRoot, "admin"), under: "app" },
] as const;

export interface CollectedOperation {
  hash: string;
  document: string;
  /** Where it was found: `portal/app/routes/avgifter.graphql.ts#FeesQuery`. */
  sources: string[];
}

const collector = path.join(repoRoot, "gateway", "scripts", "collect-operations.ts");

function graphqlModules(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".graphql.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** A string is one of our operations when it parses and defines at least one operation (fragments alone do not count). */
export function isOperationDocument(text: string): boolean {
  try {
    return parse(text).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return false;
  }
}

/**
 * Every operation the portal and the admin send: their `*.graphql.ts` modules are IMPORTED (with each
 * app's tsconfig, in a child process) and every exported string that parses as an operation is kept, so
 * operations built in code (the admin's per content type) are found exactly as the apps send them.
 */
export function collectOperations(): CollectedOperation[] {
  const byHash = new Map<string, CollectedOperation>();
  for (const source of operationSources) {
    const files = graphqlModules(path.join(source.dir, source.under));
    if (files.length === 0) continue;
    const run = spawnSync(process.execPath, ["--import", "tsx", collector, ...files], {
      cwd: source.dir,
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(source.dir, "tsconfig.json") },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`Could not import the ${source.app}'s operations:\n${run.stderr}`);
    const found = JSON.parse(run.stdout) as { file: string; name: string; text: string }[];
    for (const { file, name, text } of found) {
      if (!isOperationDocument(text)) continue;
      const hash = operationHash(text);
      const where = `${path.relative(repoRoot, file)}#${name}`;
      const entry = byHash.get(hash) ?? { hash, document: text, sources: [] };
      if (!entry.sources.includes(where)) entry.sources.push(where);
      byHash.set(hash, entry);
    }
  }
  return [...byHash.values()].sort((a, b) => a.sources[0]!.localeCompare(b.sources[0]!));
}

/** The committed manifest's text: stable order, one file for review. */
export function manifestText(operations: CollectedOperation[]): string {
  const manifest = {
    $comment: "Written by `npm run operations` (gateway) from portal/app and admin/app *.graphql.ts. Do not edit by hand (decision 020).",
    operations: Object.fromEntries(operations.map((o) => [o.hash, o.document])),
    sources: Object.fromEntries(operations.map((o) => [o.hash, o.sources])),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
