import { writeFileSync } from "node:fs";
import { collectOperations, manifestText } from "./operations.js";
import { persistedOperationsFile } from "./persisted-operations.js";

try {
  const operations = collectOperations();
  writeFileSync(persistedOperationsFile, manifestText(operations));
  console.log(`Wrote ${persistedOperationsFile} (${operations.length} operations)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
