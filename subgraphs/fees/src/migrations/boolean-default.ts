import type { QueryRunner } from "typeorm";

/**
 * A boolean column's default as the driver writes it (SQLite 0/1, PostgreSQL false/true), so the
 * migration and the entity's `default: true` agree on every driver, as the kit's `nowDefault` does
 * for timestamps. Belongs beside it in the kit's schema helpers when another subgraph needs it.
 */
export function booleanDefault(runner: QueryRunner, value: boolean): string {
  return runner.connection.driver.normalizeDefault({ default: value } as Parameters<typeof runner.connection.driver.normalizeDefault>[0]) as string;
}
