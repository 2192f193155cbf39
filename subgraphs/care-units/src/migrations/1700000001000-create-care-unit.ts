import type { MigrationInterface, QueryRunner } from "typeorm";
import { createContentTable, localizedColumns } from "@vardportal/kit";

export class CreateCareUnit1700000001000 implements MigrationInterface {
  name = "CreateCareUnit1700000001000";

  async up(runner: QueryRunner): Promise<void> {
    await createContentTable(
      runner,
      "care_unit",
      [
        { name: "hsaId", type: "varchar", length: "31" },
        { name: "name", type: "varchar", length: "200" },
        { name: "kind", type: "varchar", length: "32" },
        { name: "municipality", type: "varchar", length: "64" },
        { name: "address", type: "varchar", length: "256", isNullable: true },
        { name: "phone", type: "varchar", length: "32", isNullable: true },
        { name: "webUrl", type: "varchar", length: "512", isNullable: true },
        ...localizedColumns("description"),
        { name: "internalPhone", type: "varchar", length: "32", isNullable: true },
      ],
      [{ columns: ["hsaId"], isUnique: true }, { columns: ["name"] }],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("care_unit");
  }
}
