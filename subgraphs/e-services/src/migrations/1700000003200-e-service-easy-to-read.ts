import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An easy-to-read (lättläst) summary, Swedish and English, both nullable: services written before
 * have none, and a migration does not invent one (the seed writes them for an empty database).
 *
 * Plain `ALTER TABLE … ADD COLUMN` rather than TypeORM's `addColumns`: on SQLite that copies the
 * table, which drops the search index's triggers (decision 022). Adding a nullable column in place
 * keeps them, and the new text is not indexed, so the index needs nothing.
 */
export class EServiceEasyToRead1700000003200 implements MigrationInterface {
  name = "EServiceEasyToRead1700000003200";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "e_service" ADD COLUMN "easyToReadSv" text`);
    await runner.query(`ALTER TABLE "e_service" ADD COLUMN "easyToReadEn" text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "e_service" DROP COLUMN "easyToReadEn"`);
    await runner.query(`ALTER TABLE "e_service" DROP COLUMN "easyToReadSv"`);
  }
}
