import type { MigrationInterface, QueryRunner } from "typeorm";
import { createSearchIndex, dropSearchIndex } from "@vardportal/kit";
import { archiveHoldingSearchIndex } from "../search.js";

/** The FTS5 index of holdings, its triggers and vocabulary, filled from the holdings already there (decision 022). */
export class ArchiveHoldingSearch1700000004100 implements MigrationInterface {
  name = "ArchiveHoldingSearch1700000004100";

  async up(runner: QueryRunner): Promise<void> {
    await createSearchIndex(runner, archiveHoldingSearchIndex);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropSearchIndex(runner, archiveHoldingSearchIndex);
  }
}
