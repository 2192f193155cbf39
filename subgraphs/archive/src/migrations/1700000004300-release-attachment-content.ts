import { Table, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Attachments' bytes in the database (decision 011, "The bytes in the database"): with several archive
 * instances an upload may land on one and be read through another, so a file on one machine's disk is not
 * enough. One row per attachment, removed with it (ON DELETE CASCADE). `blob` on SQLite, `bytea` on
 * PostgreSQL. No entity declares this table (no entity column type maps to both): see
 * `src/attachments/attachment-content.ts`.
 *
 * Attachments uploaded before this migration keep their file in `$DATA_DIR/archive-attachments/` and get no
 * row here: a migration does not know DATA_DIR, so the read path falls back to the file.
 */
export class ReleaseAttachmentContent1700000004300 implements MigrationInterface {
  name = "ReleaseAttachmentContent1700000004300";

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: "release_attachment_content",
        columns: [
          { name: "attachmentId", type: "varchar", length: "36", isPrimary: true },
          { name: "content", type: runner.connection.driver.options.type === "postgres" ? "bytea" : "blob", isNullable: false },
        ],
        foreignKeys: [{ columnNames: ["attachmentId"], referencedTableName: "release_attachment", referencedColumnNames: ["id"], onDelete: "CASCADE" }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("release_attachment_content");
  }
}
