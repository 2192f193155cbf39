import { writeFileSync } from "node:fs";
import { composeSupergraph } from "./compose.js";
import { supergraphFile } from "./subgraphs.js";

try {
  writeFileSync(supergraphFile, composeSupergraph());
  console.log(`Wrote ${supergraphFile}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
