import { Table, TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { booleanDefault, tableIndex, timestampType } from "../db/schema-helpers.js";

/**
 * The editorial engine (decision 019): the working-copy table, and numbered revisions that say what
 * happened (action, status, autosave, when by the request's clock). Revisions written before get their
 * number from their order.
 */
export class Editorial1700000090000 implements MigrationInterface {
  name = "Editorial1700000090000";

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    await runner.createTable(
      new Table({
        name: "editorial_draft",
        columns: [
          { name: "entityType", type: "varchar", length: "64", isPrimary: true },
          { name: "entityId", type: "varchar", length: "36", isPrimary: true },
          { name: "values", type: "text" },
          { name: "title", type: "text" },
          { name: "audience", type: "varchar", length: "16" },
          { name: "region", type: "varchar", length: "64" },
          { name: "version", type: "integer" },
          { name: "status", type: "varchar", length: "16" },
          { name: "scheduledPublishAt", type: ts, isNullable: true },
          { name: "unpublishAt", type: ts, isNullable: true },
          { name: "updatedBy", type: "varchar", length: "128" },
          { name: "updatedAt", type: ts },
        ],
      }),
    );
    await runner.createIndex("editorial_draft", tableIndex(runner, "editorial_draft", ["scheduledPublishAt"]));
    await runner.addColumns("revision", [
      new TableColumn({ name: "number", type: "integer", isNullable: true }),
      new TableColumn({ name: "action", type: "varchar", length: "16", isNullable: true }),
      new TableColumn({ name: "status", type: "varchar", length: "16", isNullable: true }),
      new TableColumn({ name: "autosave", type: "boolean", default: booleanDefault(runner, false) }),
      new TableColumn({ name: "recordedAt", type: ts, isNullable: true }),
    ]);
    await runner.query(
      `UPDATE revision SET "number" = (SELECT COUNT(*) FROM revision r2 WHERE r2."entityType" = revision."entityType" AND r2."entityId" = revision."entityId" AND r2."id" <= revision."id")`,
    );
    await runner.createIndex("audit_entry", tableIndex(runner, "audit_entry", ["at"]));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex("audit_entry", tableIndex(runner, "audit_entry", ["at"]).name!);
    await runner.dropColumns("revision", ["number", "action", "status", "autosave", "recordedAt"]);
    await runner.dropTable("editorial_draft");
  }
}
