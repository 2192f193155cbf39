/**
 * Run by `npm run operations` (src/operations.ts) inside one app's directory, with that app's
 * tsconfig (its `~/` paths): imports each module named on the command line and prints, as JSON, every
 * string it exports (also inside exported plain objects and arrays, so operations an app builds per
 * content type from a static list are found). Which of them are GraphQL operations is decided by the caller.
 */
import { pathToFileURL } from "node:url";

const found: { file: string; name: string; text: string }[] = [];

function collect(file: string, name: string, value: unknown, depth: number): void {
  if (typeof value === "string") found.push({ file, name, text: value });
  else if (depth < 4 && Array.isArray(value)) value.forEach((item, i) => collect(file, `${name}[${i}]`, item, depth + 1));
  else if (depth < 4 && value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) collect(file, `${name}.${key}`, item, depth + 1);
  }
}

for (const file of process.argv.slice(2)) {
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module)) collect(file, name, value, 0);
}
process.stdout.write(JSON.stringify(found));
