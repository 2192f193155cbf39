import { Table, TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { localizedColumns, tableIndex } from "@vardportal/kit";

/** A boolean default written as the driver writes the entity's (1 on SQLite, true on PostgreSQL), so they agree. */
const booleanDefault = (runner: QueryRunner, value: boolean): string => {
  const column = { default: value, type: "boolean", isArray: false } as unknown as Parameters<typeof runner.connection.driver.normalizeDefault>[0];
  return runner.connection.driver.normalizeDefault(column) as string;
};

/** Where a unit is, when it is open, and how staff reach it (issue 4). */
export class OpeningHoursAndContactRoutes1700000001100 implements MigrationInterface {
  name = "OpeningHoursAndContactRoutes1700000001100";

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns("care_unit", [
      new TableColumn({ name: "latitude", type: "double precision", isNullable: true }),
      new TableColumn({ name: "longitude", type: "double precision", isNullable: true }),
      new TableColumn({ name: "closedOnPublicHolidays", type: "boolean", default: booleanDefault(runner, true) }),
    ]);
    const id = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" as const };
    const unitId = { name: "unitId", type: "varchar", length: "36" };
    const toUnit = { columnNames: ["unitId"], referencedTableName: "care_unit", referencedColumnNames: ["id"], onDelete: "CASCADE" };

    await runner.createTable(
      new Table({
        name: "care_unit_opening_span",
        columns: [id, unitId, { name: "weekday", type: "integer" }, { name: "opens", type: "integer" }, { name: "closes", type: "integer" }],
        foreignKeys: [toUnit],
      }),
    );
    await runner.createIndex("care_unit_opening_span", tableIndex(runner, "care_unit_opening_span", ["unitId", "weekday"]));

    await runner.createTable(
      new Table({
        name: "care_unit_hours_exception",
        columns: [id, unitId, { name: "fromDate", type: "varchar", length: "10" }, { name: "toDate", type: "varchar", length: "10" }, ...localizedColumns("label")],
        foreignKeys: [toUnit],
      }),
    );
    await runner.createIndex("care_unit_hours_exception", tableIndex(runner, "care_unit_hours_exception", ["unitId", "fromDate"]));

    await runner.createTable(
      new Table({
        name: "care_unit_exception_span",
        columns: [
          id,
          { name: "exceptionId", type: "integer" },
          { name: "weekday", type: "integer", isNullable: true },
          { name: "opens", type: "integer" },
          { name: "closes", type: "integer" },
        ],
        foreignKeys: [{ columnNames: ["exceptionId"], referencedTableName: "care_unit_hours_exception", referencedColumnNames: ["id"], onDelete: "CASCADE" }],
      }),
    );
    await runner.createIndex("care_unit_exception_span", tableIndex(runner, "care_unit_exception_span", ["exceptionId"]));

    await runner.createTable(
      new Table({
        name: "care_unit_contact_route",
        columns: [
          id,
          unitId,
          { name: "position", type: "integer" },
          { name: "kind", type: "varchar", length: "32" },
          ...localizedColumns("label"),
          { name: "value", type: "varchar", length: "256" },
          { name: "hoursSv", type: "text", isNullable: true },
          { name: "hoursEn", type: "text", isNullable: true },
        ],
        foreignKeys: [toUnit],
      }),
    );
    await runner.createIndex("care_unit_contact_route", tableIndex(runner, "care_unit_contact_route", ["unitId", "position"]));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("care_unit_contact_route");
    await runner.dropTable("care_unit_exception_span");
    await runner.dropTable("care_unit_hours_exception");
    await runner.dropTable("care_unit_opening_span");
    await runner.dropColumns("care_unit", ["closedOnPublicHolidays", "longitude", "latitude"]);
  }
}
