import type { MigrationInterface, QueryRunner } from "typeorm";
import { createSearchIndex, dropSearchIndex } from "@vardportal/kit";
import { feeItemSearchIndex } from "../search.js";

/** The FTS5 index of fee lines, its triggers and vocabulary, filled from the lines already there (decision 022). */
export class FeeItemSearch1700000002100 implements MigrationInterface {
  name = "FeeItemSearch1700000002100";

  async up(runner: QueryRunner): Promise<void> {
    await createSearchIndex(runner, feeItemSearchIndex);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropSearchIndex(runner, feeItemSearchIndex);
  }
}
