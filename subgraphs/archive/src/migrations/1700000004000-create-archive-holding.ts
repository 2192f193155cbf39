import type { MigrationInterface, QueryRunner } from "typeorm";
import { createContentTable, localizedColumns } from "@vardportal/kit";

export class CreateArchiveHolding1700000004000 implements MigrationInterface {
  name = "CreateArchiveHolding1700000004000";

  async up(runner: QueryRunner): Promise<void> {
    await createContentTable(
      runner,
      "archive_holding",
      [
        { name: "slug", type: "varchar", length: "128" },
        ...localizedColumns("title"),
        ...localizedColumns("description"),
        { name: "kind", type: "varchar", length: "32" },
        { name: "held", type: "boolean" },
        ...localizedColumns("whereToAsk", { nullable: true }),
        { name: "periodFrom", type: "integer", isNullable: true },
        { name: "periodTo", type: "integer", isNullable: true },
        { name: "extentMeters", type: "real", isNullable: true },
      ],
      [{ columns: ["slug"], isUnique: true }],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("archive_holding");
  }
}
