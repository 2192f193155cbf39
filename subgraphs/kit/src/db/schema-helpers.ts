import { Table, TableIndex, type QueryRunner, type TableColumnOptions } from "typeorm";

/**
 * Migrations are written with TypeORM's Table API rather than raw SQL so one migration serves
 * every driver; the timestamp type is asked of the driver for the same reason.
 */
export function timestampType(runner: QueryRunner): string {
  return runner.connection.driver.normalizeType({ type: Date });
}

/** The default a driver gives a create/update date column, so migrations and entities agree. */
export function nowDefault(runner: QueryRunner): string {
  return runner.connection.driver.mappedDataTypes.createDateDefault as string;
}

/** Index names come from the naming strategy, as TypeORM names the entities' own `@Index`es. */
export function tableIndex(runner: QueryRunner, table: string, columns: string[], isUnique = false): TableIndex {
  return new TableIndex({ name: runner.connection.namingStrategy.indexName(table, columns), columnNames: columns, isUnique });
}

export const idColumn = (): TableColumnOptions => ({ name: "id", type: "varchar", length: "36", isPrimary: true });

export function localizedColumns(field: string, options: { nullable?: boolean } = {}): TableColumnOptions[] {
  return [
    { name: `${field}Sv`, type: "text", isNullable: options.nullable ?? false },
    { name: `${field}En`, type: "text", isNullable: true },
  ];
}

/** Declared on ContentEntity with `@Index`; every content table gets them. */
export const contentIndices: string[][] = [["status", "audience"], ["region"]];

/** The columns of ContentEntity, in one place, for every content table's first migration. */
export function contentColumns(runner: QueryRunner): TableColumnOptions[] {
  const ts = timestampType(runner);
  return [
    idColumn(),
    { name: "audience", type: "varchar", length: "16", default: "'PUBLIC'" },
    { name: "region", type: "varchar", length: "64" },
    { name: "status", type: "varchar", length: "16", default: "'DRAFT'" },
    { name: "version", type: "integer", default: 1 },
    { name: "publishAt", type: ts, isNullable: true },
    { name: "unpublishAt", type: ts, isNullable: true },
    { name: "createdAt", type: ts, default: nowDefault(runner) },
    { name: "updatedAt", type: ts, default: nowDefault(runner) },
  ];
}

export async function createContentTable(
  runner: QueryRunner,
  name: string,
  columns: TableColumnOptions[],
  indices: { columns: string[]; isUnique?: boolean }[] = [],
): Promise<void> {
  await runner.createTable(new Table({ name, columns: [...contentColumns(runner), ...columns] }));
  const shared = contentIndices.map((columns) => ({ columns, isUnique: false }));
  for (const index of [...shared, ...indices]) {
    await runner.createIndex(name, tableIndex(runner, name, index.columns, index.isUnique ?? false));
  }
}

/**
 * A boolean column's default as the driver writes it (SQLite 0/1, PostgreSQL false/true), so the
 * migration and the entity's `default: true` agree on every driver, as `nowDefault` does for timestamps.
 */
export function booleanDefault(runner: QueryRunner, value: boolean): string {
  return runner.connection.driver.normalizeDefault({ default: value } as Parameters<typeof runner.connection.driver.normalizeDefault>[0]) as string;
}
