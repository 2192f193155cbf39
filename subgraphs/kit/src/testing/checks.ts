import { readFileSync } from "node:fs";
import type { DataSource } from "typeorm";
import { printFederatedSchema } from "../schema/print-schema.js";
import type { SchemaDefinition } from "../schema/build-schema.js";

/** The committed schema.graphql must be what the classes print; otherwise the supergraph is stale. */
export async function schemaFileDrift(definition: SchemaDefinition, file: string | URL): Promise<{ committed: string; current: string }> {
  return { committed: readFileSync(file, "utf8"), current: await printFederatedSchema(definition) };
}

/**
 * The SQL TypeORM would run to make the database match the entities. Empty means the migrations
 * build exactly the schema the entities describe.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
