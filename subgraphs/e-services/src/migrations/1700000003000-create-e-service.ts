import type { MigrationInterface, QueryRunner } from "typeorm";
import { createContentTable, localizedColumns } from "@vardportal/kit";

export class CreateEService1700000003000 implements MigrationInterface {
  name = "CreateEService1700000003000";

  async up(runner: QueryRunner): Promise<void> {
    await createContentTable(
      runner,
      "e_service",
      [
        { name: "slug", type: "varchar", length: "128" },
        ...localizedColumns("name"),
        ...localizedColumns("summary"),
        { name: "channel", type: "varchar", length: "16" },
        { name: "provider", type: "varchar", length: "128", isNullable: true },
        { name: "minAge", type: "integer", isNullable: true },
        { name: "maxAge", type: "integer", isNullable: true },
        { name: "requiresEid", type: "boolean" },
        // A JSON array: only ever read whole, never filtered on.
        { name: "eidMethods", type: "text" },
        ...localizedColumns("eligibility", { nullable: true }),
        ...localizedColumns("availability", { nullable: true }),
        ...localizedColumns("openingHours", { nullable: true }),
        { name: "webUrl", type: "varchar", length: "512", isNullable: true },
      ],
      [{ columns: ["slug"], isUnique: true }],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("e_service");
  }
}
