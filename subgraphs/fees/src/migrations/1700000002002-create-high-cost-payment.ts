import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { booleanDefault, idColumn, nowDefault, tableIndex, timestampType } from "@vardportal/kit";

export class CreateHighCostPayment1700000002002 implements MigrationInterface {
  name = "CreateHighCostPayment1700000002002";

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: "high_cost_payment",
        columns: [
          idColumn(),
          { name: "region", type: "varchar", length: "64" },
          { name: "personnummer", type: "varchar", length: "12" },
          { name: "paidOn", type: "varchar", length: "10" },
          { name: "amountSek", type: "integer" },
          { name: "visitKind", type: "varchar", length: "32" },
          { name: "missed", type: "boolean" },
          { name: "countsTowardsHighCost", type: "boolean" },
          { name: "careUnitId", type: "varchar", length: "64", isNullable: true },
          { name: "reference", type: "varchar", length: "100", isNullable: true },
          { name: "recordedBy", type: "varchar", length: "128" },
          { name: "sample", type: "boolean", default: booleanDefault(runner, false) },
          { name: "recordedAt", type: timestampType(runner), default: nowDefault(runner) },
        ],
      }),
    );
    await runner.createIndex("high_cost_payment", tableIndex(runner, "high_cost_payment", ["region", "personnummer", "paidOn"]));
    await runner.createIndex("high_cost_payment", tableIndex(runner, "high_cost_payment", ["reference"], true));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("high_cost_payment");
  }
}
