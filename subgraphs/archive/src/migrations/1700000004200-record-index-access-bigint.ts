import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * `record_index_access.atMs` holds milliseconds since 1970 (about 1.8 × 10¹²): SQLite's INTEGER is 64-bit
 * and always held it, PostgreSQL's `integer` is 32-bit and cannot (decision 026). Declared `bigint` on
 * both so the entity says the same everywhere; on SQLite this copies the table (an access log with two
 * indices and no triggers), on PostgreSQL it is one ALTER.
 */
export class RecordIndexAccessBigint1700000004200 implements MigrationInterface {
  name = "RecordIndexAccessBigint1700000004200";

  async up(runner: QueryRunner): Promise<void> {
    await this.retype(runner, "bigint");
  }

  async down(runner: QueryRunner): Promise<void> {
    await this.retype(runner, "integer");
  }

  private async retype(runner: QueryRunner, type: "bigint" | "integer"): Promise<void> {
    // Not changeColumn on PostgreSQL: for a new type TypeORM drops and re-adds the column (its rows and index lost).
    if (runner.connection.driver.options.type === "postgres") {
      await runner.query(`ALTER TABLE "record_index_access" ALTER COLUMN "atMs" TYPE ${type}`);
    } else {
      await runner.changeColumn("record_index_access", "atMs", new TableColumn({ name: "atMs", type }));
    }
  }
}
