import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { createContentTable, localizedColumns, tableIndex } from "@vardportal/kit";

export class CreateFeeSchedule1700000002000 implements MigrationInterface {
  name = "CreateFeeSchedule1700000002000";

  async up(runner: QueryRunner): Promise<void> {
    await createContentTable(runner, "fee_schedule", [
      ...localizedColumns("title"),
      { name: "validFrom", type: "varchar", length: "10" },
      { name: "validTo", type: "varchar", length: "10", isNullable: true },
      { name: "freeUnderAge", type: "integer", isNullable: true },
      { name: "highCostLimitSek", type: "integer" },
      { name: "highCostPeriodMonths", type: "integer", default: 12 },
    ]);
    await runner.createTable(
      new Table({
        name: "fee_item",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "scheduleId", type: "varchar", length: "36" },
          { name: "position", type: "integer" },
          { name: "visitKind", type: "varchar", length: "32" },
          ...localizedColumns("label"),
          { name: "amountSek", type: "integer" },
          { name: "countsTowardsHighCost", type: "boolean" },
        ],
        foreignKeys: [{ columnNames: ["scheduleId"], referencedTableName: "fee_schedule", referencedColumnNames: ["id"], onDelete: "CASCADE" }],
      }),
    );
    await runner.createIndex("fee_item", tableIndex(runner, "fee_item", ["scheduleId", "visitKind"], true));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("fee_item");
    await runner.dropTable("fee_schedule");
  }
}
