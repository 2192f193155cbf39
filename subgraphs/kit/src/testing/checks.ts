import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
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

/**
 * The two contracts every subgraph keeps, as tests: the committed schema.graphql is what its classes
 * print (so the supergraph is composed from the truth), and its migrations build exactly the tables
 * its entities describe. Call inside a `describe`; `subgraph` is read when the tests run.
 */
export function itKeepsItsContracts(definition: SchemaDefinition, schemaFile: URL, subgraph: () => { subgraph: { dataSource: DataSource } }): void {
  it("the committed schema.graphql is what the classes print", async () => {
    const { committed, current } = await schemaFileDrift(definition, schemaFile);
    expect(committed).toBe(current);
  });

  it("the migrations build exactly the tables the entities describe", async () => {
    expect(await pendingSchemaChanges(subgraph().subgraph.dataSource)).toEqual([]);
  });
}
