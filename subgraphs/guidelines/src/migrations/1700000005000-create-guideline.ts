import type { MigrationInterface, QueryRunner } from "typeorm";
import { createContentTable, localizedColumns } from "@vardportal/kit";

export class CreateGuideline1700000005000 implements MigrationInterface {
  name = "CreateGuideline1700000005000";

  async up(runner: QueryRunner): Promise<void> {
    await createContentTable(
      runner,
      "guideline",
      [
        { name: "slug", type: "varchar", length: "128" },
        ...localizedColumns("title"),
        ...localizedColumns("summary"),
        ...localizedColumns("body"),
        { name: "category", type: "varchar", length: "32" },
        { name: "owner", type: "varchar", length: "200" },
        { name: "lastReviewed", type: "varchar", length: "10", isNullable: true },
        { name: "reviewDue", type: "varchar", length: "10", isNullable: true },
      ],
      [{ columns: ["slug"], isUnique: true }, { columns: ["category"] }],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("guideline");
  }
}
