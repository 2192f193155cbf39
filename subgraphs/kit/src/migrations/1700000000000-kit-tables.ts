import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { nowDefault, tableIndex, timestampType } from "../db/schema-helpers.js";

/** Revisions and the audit log: every subgraph's database has them. */
export class KitTables1700000000000 implements MigrationInterface {
  name = "KitTables1700000000000";

  async up(runner: QueryRunner): Promise<void> {
    const ts = timestampType(runner);
    await runner.createTable(
      new Table({
        name: "revision",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "entityType", type: "varchar", length: "64" },
          { name: "entityId", type: "varchar", length: "36" },
          { name: "version", type: "integer" },
          { name: "snapshot", type: "text" },
          { name: "changedFields", type: "text", default: "'[]'" },
          { name: "authorSubject", type: "varchar", length: "128" },
          { name: "createdAt", type: ts, default: nowDefault(runner) },
        ],
      }),
    );
    await runner.createIndex("revision", tableIndex(runner, "revision", ["entityType", "entityId", "version"], true));
    await runner.createTable(
      new Table({
        name: "audit_entry",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "at", type: ts, default: nowDefault(runner) },
          { name: "actorSubject", type: "varchar", length: "128" },
          { name: "actorRoles", type: "varchar", length: "128" },
          { name: "action", type: "varchar", length: "32" },
          { name: "entityType", type: "varchar", length: "64" },
          { name: "entityId", type: "varchar", length: "36" },
          { name: "before", type: "text", isNullable: true },
          { name: "after", type: "text", isNullable: true },
          { name: "requestId", type: "varchar", length: "64", isNullable: true },
        ],
      }),
    );
    await runner.createIndex("audit_entry", tableIndex(runner, "audit_entry", ["entityType", "entityId"]));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("audit_entry");
    await runner.dropTable("revision");
  }
}
